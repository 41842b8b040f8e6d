/**
 * The one folding of text for matching (src/lib/text/fold.ts), shared by search (foldWord), place
 * lookup (placeKey) and the province finder: what it folds, the two options the province finder
 * uses, and that folding cluster by cluster equals folding the whole text.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/text/fold.ts';
import { foldWord } from '../../src/lib/search/word-forms.ts';
import { placeKey } from '../../src/lib/provinces/place-spellings.ts';

describe('foldText', () => {
  it('drops every combining mark, NFC or NFD, and lower-cases', () => {
    expect(foldText('Hòa Bình, Hoà Bình')).toBe('hoa binh, hoa binh');
    expect(foldText('Hòa Bình'.normalize('NFD'))).toBe('hoa binh');
    expect(foldText('Quảng Ngãi ỘỸ')).toBe('quang ngai oy');
    expect(foldText('Beschlüssen Ärger')).toBe('beschlussen arger');
    expect(foldText('Ханой Хоабинь Ёлка')).toBe('ханои хоабинь елка');
    expect(foldText('مَرْسُومٌ أإآ')).toBe('مرسوم ااا');
  });

  it('folds the letters decomposition leaves whole: đ, ß, Arabic letter forms, tatweel', () => {
    expect(foldText('Đà Nẵng đường')).toBe('da nang duong');
    expect(foldText('Straße STRAẞE')).toBe('strasse strasse');
    expect(foldText('ٱلمدينة مستشفى ی ڤيتنام گ کتاب مـرسـوم')).toBe('المدينه مستشفي ي فيتنام غ كتاب مرسوم');
  });

  it('keeps case with keepCase, and Cyrillic й with keepShortI (other marks still go)', () => {
    expect(foldText('Hòa Bình ĐẮK LẮK Straße STRAẞE', { keepCase: true })).toBe('Hoa Binh DAK LAK Strasse STRASSE');
    expect(foldText('Ханой ЙЕНМИ Ёлка', { keepShortI: true })).toBe('ханой йенми елка');
    expect(foldText('Ханой'.normalize('NFD'), { keepShortI: true })).toBe('ханой');
    expect(foldText('Ханой Ёлка и́', { keepCase: true, keepShortI: true })).toBe('Ханой Елка и');
    expect(foldText('Ханой', { keepCase: true })).toBe('Ханои');
  });

  it('folds a text cluster by cluster exactly as it folds it whole', () => {
    const text = 'Tỉnh ủy Hòa Bình — Straße ĐẮK Ханой Ёлка والمرسوم ٱلمدينة'.normalize('NFD');
    for (const options of [{}, { keepCase: true, keepShortI: true }]) {
      const byCluster = [...text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)].map((m) => foldText(m[0], options)).join('');
      expect(byCluster).toBe(foldText(text, options));
    }
  });
});

describe('its users', () => {
  it('search compares words folded', () => {
    expect(['Nghị', 'quyết', 'BESCHLÜSSE', 'Ёлка', 'Ханой', 'المرسوم', 'کتاب'].map(foldWord)).toEqual([
      'nghi',
      'quyet',
      'beschlusse',
      'елка',
      'ханои',
      'المرسوم',
      'كتاب',
    ]);
  });

  it('place lookup folds, drops invisible controls and collapses separators', () => {
    expect(placeKey('  Hà\u200B Nội – ')).toBe('ha noi');
    expect(placeKey('Bà Rịa-Vũng Tàu')).toBe('ba ria vung tau');
    expect(placeKey('Хоабинь')).toBe('хоабинь');
    expect(placeKey('ثانه هوا')).toBe('ثانه هوا');
    expect(placeKey('هانوی')).toBe('هانوي');
  });
});
