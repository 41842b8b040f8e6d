/**
 * Word search on tiny texts with exact verdicts: word forms in each language (word-forms.ts),
 * what the index is asked (retrievalTerms, dSpellings), and the verifier's tiers and excerpts
 * (match-text.ts) — near misses the index returns must not become results.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/lang.ts';
import { matchText } from '../../src/lib/search/match-text.ts';
import { SEARCH_FORMS_MARK, textBeforeSearchForms } from '../../src/lib/search/search-forms-mark.ts';
import { searchForms, withSearchForms } from '../../src/lib/search/search-forms.ts';
import { parseTextQuery } from '../../src/lib/search/text-query.ts';
import { dSpellings } from '../../src/lib/search/text-search.ts';
import { arabicBareForms, foldWord, retrievalTerms } from '../../src/lib/search/word-forms.ts';

const verdict = (text: string, lang: Lang, q: string, options: Parameters<typeof matchText>[3] = {}) => {
  const match = matchText(text, lang, parseTextQuery(q), options);
  return match && { tier: match.tier, excerpt: match.excerpt.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('') };
};

describe('parseTextQuery', () => {
  it('reads words and quoted phrases, in any quotes', () => {
    expect(parseTextQuery('"Hòa Bình" tỉnh')).toEqual({ words: ['Hòa', 'Bình', 'tỉnh'], phrases: [[0, 1]] });
    expect(parseTextQuery('„Ständigen Ausschusses“')).toEqual({
      words: ['Ständigen', 'Ausschusses'],
      phrases: [[0, 1]],
    });
    expect(parseTextQuery('«резолюции» 18')).toEqual({ words: ['резолюции', '18'], phrases: [[0]] });
    expect(parseTextQuery('"unclosed phrase')).toEqual({ words: ['unclosed', 'phrase'], phrases: [[0, 1]] });
  });
});

describe('word forms', () => {
  it('folds tone marks, đ, umlauts, ё and Arabic letter variants', () => {
    expect(['Đảng', 'Ständigen', 'ещё', 'اللجنة', 'إدارة'].map(foldWord)).toEqual([
      'dang',
      'standigen',
      'еще',
      'اللجنه',
      'اداره',
    ]);
  });

  it('takes Arabic attached prefixes off in every reading', () => {
    expect(arabicBareForms(foldWord('للمرسوم'))).toEqual(['مرسوم', 'لمرسوم']);
    expect(arabicBareForms(foldWord('والمرسوم'))).toEqual(['مرسوم', 'المرسوم']);
    expect(arabicBareForms(foldWord('قرار'))).toEqual([]);
  });

  it('asks the index for the beginning all forms share', () => {
    expect(retrievalTerms('decrees')).toEqual(['decre']);
    expect(retrievalTerms('Beschlüssen')).toEqual(['beschluss']);
    expect(retrievalTerms('резолюциям')).toEqual(['резолюц']);
    expect(retrievalTerms('المرسوم')).toEqual(['المرسوم', 'مرسوم']);
    expect(retrievalTerms('Bình')).toEqual(['binh']);
  });

  it('adds đ only where Vietnamese has it: first letter, or inside a short capitalised code', () => {
    expect(dSpellings('duc', 'Duc')).toEqual(['duc', 'đuc']);
    expect(dSpellings('bcdtw', 'BCDTW')).toEqual(['bcdtw', 'bcđtw']);
    expect(dSpellings('bcdtw', 'bcđtw')).toEqual(['bcdtw', 'bcđtw']);
    expect(dSpellings('dang', 'đảng')).toEqual(['dang', 'đang']);
    expect(dSpellings('headquarters', 'headquarters')).toEqual(['headquarters']);
    expect(dSpellings('auslandsreisen', 'Auslandsreisen')).toEqual(['auslandsreisen']);
  });
});

describe('matchText: only what was searched, best first', () => {
  it('a phrase as typed beats a folded one, which beats the words apart', () => {
    expect(verdict('Die Provinz Hòa Bình arbeitet.', 'de', 'Hòa Bình')).toEqual({
      tier: 4,
      excerpt: 'Die Provinz [Hòa] [Bình] arbeitet.',
    });
    expect(verdict('Die Provinz Hoa Binh arbeitet.', 'de', 'Hòa Bình')).toEqual({
      tier: 3,
      excerpt: 'Die Provinz [Hoa] [Binh] arbeitet.',
    });
    expect(verdict('Gemeinden Binh Gia und Quy Hoa.', 'de', 'Hòa Bình')).toEqual({
      tier: 2,
      excerpt: 'Gemeinden [Binh] Gia und Quy [Hoa].',
    });
    expect(verdict('Gemeinden Binh Gia und Tan Van.', 'de', 'Hòa Bình')).toEqual({
      tier: 1,
      excerpt: 'Gemeinden [Binh] Gia und Tan Van.',
    });
  });

  it('quoted phrases must be there word for word, with or without diacritics', () => {
    expect(verdict('Gemeinden Binh Gia und Quy Hoa.', 'de', '"Hoa Binh"')).toBeNull();
    expect(verdict('Die Provinz Hòa Bình.', 'de', '"Hoa Binh"')).toEqual({
      tier: 3,
      excerpt: 'Die Provinz [Hòa] [Bình].',
    });
    expect(verdict('Die Provinz Hoa Binh.', 'de', '"Hòa Bình"')).toEqual({
      tier: 3,
      excerpt: 'Die Provinz [Hoa] [Binh].',
    });
  });

  it('a word is never found inside another word', () => {
    expect(verdict('Yen Phuc, Tan Thanh', 'de', 'Phu Tho')).toBeNull();
    expect(verdict('a decrease in taxes', 'en', 'decrees')).toBeNull();
  });

  it('finds inflected and clitic forms in ar, ru, de, en', () => {
    expect(verdict('وفقا للمرسوم رقم 179', 'ar', 'المرسوم')).toEqual({ tier: 3, excerpt: 'وفقا [للمرسوم] رقم 179' });
    expect(verdict('وفقا للمرسوم رقم 179', 'ar', 'مرسوم')).toEqual({ tier: 3, excerpt: 'وفقا [للمرسوم] رقم 179' });
    expect(verdict('В соответствии с резолюцией № 18', 'ru', 'резолюция')).toEqual({
      tier: 3,
      excerpt: 'В соответствии с [резолюцией] № 18',
    });
    expect(verdict('gemäß den Beschlüssen des Politbüros', 'de', 'Beschluss')).toEqual({
      tier: 3,
      excerpt: 'gemäß den [Beschlüssen] des Politbüros',
    });
    expect(verdict('issued two decrees and a decree', 'en', 'decrees')).toEqual({
      tier: 4,
      excerpt: 'issued two [decrees] and a [decree]',
    });
  });

  it('a number alone does not answer a query that has words', () => {
    expect(verdict('وفقا للمرسوم الحكومي 178', 'ar', 'Kết luận 178')).toBeNull();
    expect(verdict('the Decree No. 178 on staffing', 'en', 'Decree 178')).toEqual({
      tier: 2,
      excerpt: 'the [Decree] No. [178] on staffing',
    });
    expect(verdict('in 2025 the province', 'en', '2025')).toEqual({ tier: 4, excerpt: 'in [2025] the province' });
  });

  it('a quoted word is that word, not its forms', () => {
    expect(verdict('issued two decrees', 'en', '"decree"')).toBeNull();
  });

  it('a place matches only as a whole, in any of its spellings', () => {
    expect(verdict('Gemeinden Binh Gia und Quy Hoa.', 'de', 'Hoa Binh', { phraseOnly: true })).toBeNull();
    expect(
      verdict('Партком провинции Хоабинь утвердил', 'ru', 'Hoa Binh', {
        phraseOnly: true,
        alternatives: [['Хоабинь']],
      }),
    ).toEqual({
      tier: 3,
      excerpt: 'Партком провинции [Хоабинь] утвердил',
    });
  });

  it('excerpts are cut around the match', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[40] = 'Beschluss';
    expect(verdict(words.join(' '), 'de', 'Beschluss')?.excerpt).toBe(
      `… ${words.slice(30, 40).join(' ')} [Beschluss] ${words.slice(41, 60).join(' ')}`,
    );
  });
});

describe('search forms of Arabic pages', () => {
  it('are added after a mark, and cut off again', () => {
    expect(searchForms('قرار للمرسوم', 'ar')).toEqual(['مرسوم', 'لمرسوم']);
    expect(searchForms('the decree', 'en')).toEqual([]);
    const html = '<html><article data-pagefind-body><p>للمرسوم</p></article></html>';
    expect(withSearchForms(html, 'ar', 'للمرسوم')).toBe(
      `<html><article data-pagefind-body><p>للمرسوم</p><p>${SEARCH_FORMS_MARK} مرسوم لمرسوم</p></article></html>`,
    );
    expect(textBeforeSearchForms(`للمرسوم ${SEARCH_FORMS_MARK} مرسوم`)).toBe('للمرسوم');
  });
});
