import { describe, expect, it } from 'vitest';
import { ltr, partsText, uiParts } from '../../src/lib/i18n/ui-parts.ts';
import { translator } from '../../src/lib/i18n/ui-strings.ts';

const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('UI strings as parts (direction by markup)', () => {
  it('a left-to-right value is its own part; the rest is the translated text', () => {
    const parts = uiParts('ar', 'document.heading', { number: ltr('204-QĐ/TW') });
    expect(parts.filter((p) => p.ltr)).toEqual([{ text: '204-QĐ/TW', ltr: true }]);
    expect(partsText(parts)).toBe(translator('ar')('document.heading', { number: '204-QĐ/TW' }));
    expect(partsText(parts)).not.toMatch(BIDI_CONTROLS);
  });

  it('a list of codes gives one part per code, separated by the language’s comma', () => {
    const ar = uiParts('ar', 'consistency.onlyIn', { language: 'الألمانية', items: ltr(['177-KL/TW', '18-NQ/TW']) });
    expect(ar.filter((p) => p.ltr).map((p) => p.text)).toEqual(['177-KL/TW', '18-NQ/TW']);
    expect(partsText(ar)).toContain('177-KL/TW، 18-NQ/TW');
    const en = uiParts('en', 'consistency.onlyIn', { language: 'German', items: ltr(['177-KL/TW', '18-NQ/TW']) });
    expect(partsText(en)).toBe('only in German: 177-KL/TW, 18-NQ/TW');
  });

  it('plain values stay text, and plurals still take their count', () => {
    const parts = uiParts('en', 'article.headlineMismatch', { title: ltr(['204-QĐ/TW']), text: '—' });
    const [before, after] = translator('en')('article.headlineMismatch', { title: '@', text: '—' }).split('@');
    expect(parts).toEqual([{ text: before }, { text: '204-QĐ/TW', ltr: true }, { text: after }]);
    expect(partsText(uiParts('ru', 'provinces.articles', { count: 5 }))).toBe(
      translator('ru')('provinces.articles', { count: 5 }),
    );
  });

  it('isolates a Latin code written into a string (one line); in left-to-right text only one with a digit', () => {
    for (const lang of ['ar', 'en', 'vi'] as const) {
      const parts = uiParts(lang, 'search.hint');
      expect(parts.filter((p) => p.ltr)).toEqual([{ text: '204-QĐ/TW', ltr: true }]);
      expect(partsText(parts)).toBe(translator(lang)('search.hint'));
    }
    expect(uiParts('en', 'article.byline', { name: 'side-by-side' })).toEqual([{ text: 'By side-by-side' }]);
    expect(uiParts('ar', 'article.byline', { name: 'QĐ-UBND' }).filter((p) => p.ltr)).toEqual([
      { text: 'QĐ-UBND', ltr: true },
    ]);
  });

  it('a value is never read as a slot or as markup', () => {
    const parts = uiParts('en', 'article.byline', { name: '<b>\uE0000\uE001</b>' });
    expect(partsText(parts)).toBe('By <b>\uE0000\uE001</b>');
  });
});
