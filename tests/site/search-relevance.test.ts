/**
 * Search relevance on the fixture site (tests/fixtures/search/ and the other fixture texts), as a
 * researcher meets it: a table of queries with the exact article versions each must return, in
 * order — phrases, inflected and clitic forms in ar/ru/de, near misses that must not be results
 * (communes named like provinces, 180-NQ/TW beside 18-NQ/TW, `Phu` inside `Phuc`, metadata-only
 * hits), places, and type-word-and-number queries in five languages. Prints precision at 10 and
 * recall over the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/lang.ts';
import { runSearch, type SearchOutcome } from '../../src/lib/search/run-search.ts';
import { EMPTY_SEARCH, type SearchParams } from '../../src/lib/search/search-query.ts';
import { fixtureDistDir, requireBuild } from '../support/built-site.ts';
import { siteBackend } from '../support/search-backend.ts';

const langSon = 'to-cong-tac-lam-viec-voi-cac-xa-binh-gia-quy-hoa-yen-phuc';
const thanhHoa = 'thanh-hoa-trien-khai-nghi-quyet-18-nq-tw';
const hoaBinh = 'hoa-binh-thuc-hien-nghi-quyet-18-nq-tw';
const phuQuoc = 'phu-quoc-to-chuc-lai-bo-may';
const phuTho = 'ban-thuong-vu-tinh-uy-danh-gia-thuc-hien-nghi-quyet-18';
const chiLang = 'to-cong-tac-so-2-lam-viec-voi-xa-chi-lang';
const hostile = 'hostile-text-for-the-quality-gates';

beforeAll(() => requireBuild(fixtureDistDir));

async function search(q: string, params: Partial<SearchParams> = {}, pageLang: Lang = 'en'): Promise<SearchOutcome> {
  return runSearch({ ...EMPTY_SEARCH, q, ...params }, siteBackend(fixtureDistDir, pageLang), { pageLang });
}

/** Versions in result order: articles in rank order, each article's versions in portal order. */
function ranked(outcome: SearchOutcome): string[] {
  return outcome.kind === 'empty'
    ? []
    : outcome.articles.flatMap((a) => a.versions.map((v) => `${a.article}/${v.lang}`));
}

/** Precision at 10 and recall of each table row, printed at the end. */
const scores: { query: string; precision: number; recall: number }[] = [];
function score(query: string, got: string[], relevant: string[]): void {
  const top = got.slice(0, 10);
  const hits = top.filter((v) => relevant.includes(v)).length;
  scores.push({
    query,
    precision: top.length === 0 ? (relevant.length === 0 ? 1 : 0) : hits / top.length,
    recall: relevant.length === 0 ? 1 : hits / relevant.length,
  });
}
afterAll(() => {
  if (scores.length === 0) return;
  const mean = (key: 'precision' | 'recall') => scores.reduce((n, s) => n + s[key], 0) / scores.length;
  console.log(
    `search relevance on ${scores.length} queries: ` +
      `precision@10 ${mean('precision').toFixed(3)}, recall ${mean('recall').toFixed(3)}`,
  );
});

describe('results contain what was searched, best first', () => {
  it.each([
    // Word forms and attached prefixes, in the default all-languages search.
    ['decrees', [`${langSon}/en`]],
    ['Beschluss', [`${thanhHoa}/de`]],
    ['Beschlüsse', [`${thanhHoa}/de`]],
    ['резолюция', [`${hoaBinh}/ru`]],
    ['резолюции', [`${hoaBinh}/ru`]],
    ['المرسوم', [`${phuQuoc}/ar`]],
    ['مرسوم', [`${phuQuoc}/ar`]],
    ['بالمرسوم', [`${phuQuoc}/ar`]],
    // d and đ are one letter; never split inside a word.
    ['Duc', [`${phuTho}/vi`]],
    ['Đức', [`${phuTho}/vi`]],
    ['headquarters', [`${langSon}/en`]],
    ['Auslandsreisen', [`${thanhHoa}/de`]],
    // Phrases, quoted or not, with and without diacritics.
    ['"Binh Gia"', [`${langSon}/en`]],
    ['"Gia Binh"', []],
    ['"Bình Gia"', [`${langSon}/en`]],
    ['commune headquarters', [`${langSon}/en`, `${chiLang}/en`]],
    // A syllable is not the beginning of another word: Phu is not Phuc, Phuong.
    ['Phu', [`${phuTho}/vi`]],
  ])('%s', async (query, expected) => {
    const got = ranked(await search(query));
    score(query, got, expected);
    expect(got).toEqual(expected);
  });

  it('a phrase as typed ranks first, then all the words, then some', async () => {
    const got = ranked(await search('Quy Hoa'));
    expect(got[0]).toBe(`${langSon}/en`);
    const outcome = await search('Quy Hoa');
    expect(
      outcome.kind === 'text' && outcome.articles[0]!.versions[0]!.excerpt!.filter((p) => p.mark).map((p) => p.text),
    ).toEqual(['Quy', 'Hoa']);
  });

  it('"this language only" keeps word forms', async () => {
    expect(ranked(await search('резолюцию', { scope: 'page' }, 'ru'))).toEqual([`${hoaBinh}/ru`]);
    expect(ranked(await search('резолюцию', { scope: 'page' }, 'de'))).toEqual([]);
  });
});

describe('places: the place first, then its articles, and never its syllables apart', () => {
  it.each([
    ['Hòa Bình', [`${hoaBinh}/ru`]],
    ['Hoa Binh', [`${hoaBinh}/ru`]],
    ['"Hòa Bình"', [`${hoaBinh}/ru`]],
    ['Хоабинь', [`${hoaBinh}/ru`]],
    ['tỉnh Hòa Bình', [`${hoaBinh}/ru`]],
    // Lạng Sơn's commune text has Thanh (Quan Thanh) and Hoa (Quy Hoa): not Thanh Hóa.
    ['Thanh Hóa', [`${thanhHoa}/de`]],
    // Places below province level: the article that names the town, filed under its province.
    ['Phú Quốc', [`${phuQuoc}/ar`]],
    ['Phu Quoc', [`${phuQuoc}/ar`]],
    ['Sầm Sơn', [`${thanhHoa}/de`]],
    // A province no article is filed under or names: no unrelated hits.
    ['Bạc Liêu', []],
  ])('%s', async (query, expected) => {
    const outcome = await search(query);
    expect(outcome.kind === 'text' && outcome.place).toBeTruthy();
    const got = ranked(outcome);
    score(query, got, expected);
    expect(got).toEqual(expected);
  });

  it('the card says what the place is now', async () => {
    const former = await search('Hoa Binh');
    expect(former.kind === 'text' && former.place).toMatchObject({
      kind: 'province-former',
      merged: true,
      names: { vi: 'Hòa Bình' },
      current: { names: { vi: 'Phú Thọ' } },
    });
    const district = await search('Phú Quốc');
    expect(district.kind === 'text' && district.place).toMatchObject({
      kind: 'district',
      province: { names: { vi: 'Kiên Giang' } },
      current: { names: { vi: 'An Giang' } },
    });
    // The article naming Phú Quốc was filed under Kiên Giang at ingest.
    expect(district.kind === 'text' && district.articles[0]).toMatchObject({
      named: 'Kiên Giang',
      province: 'An Giang',
    });
  });

  it('a current province lists the articles of the provinces merged into it', async () => {
    expect(ranked(await search('Phú Thọ')).sort()).toEqual([`${hoaBinh}/ru`, `${phuTho}/vi`].sort());
  });
});

describe('type word and number: the documents the portal knows, above the text hits', () => {
  it.each([
    ['Nghị quyết 18', '18-NQ/TW'],
    ['NQ 18', '18-NQ/TW'],
    ['Resolution 18', '18-NQ/TW'],
    ['Beschluss 18', '18-NQ/TW'],
    ['Резолюция 18', '18-NQ/TW'],
    ['القرار 18', '18-NQ/TW'],
    ['QĐ 204', '204-QĐ/TW'],
    ['Decision 204', '204-QĐ/TW'],
    ['Kết luận 177', '177-KL/TW'],
    ['Nghị định 179/2024', '179/2024/NĐ-CP'],
  ])('%s → %s', async (query, number) => {
    const outcome = await search(query);
    expect(outcome.kind).toBe('text');
    const numbers = outcome.kind === 'text' ? outcome.suggestions.map((s) => s.number) : [];
    score(query, numbers, [number]);
    expect(numbers).toEqual([number]);
  });

  it('a number that begins another number is not it: 18 is not 180-NQ/TW', async () => {
    const outcome = await search('Resolution 18');
    expect(outcome.kind === 'text' && outcome.suggestions.map((s) => s.number)).toEqual(['18-NQ/TW']);
    expect(outcome.kind === 'text' && outcome.suggestions[0]).toMatchObject({ articles: 4 });
    // Its citing articles come first; the 180-NQ/TW article only after them (it has the word, not the number).
    expect(ranked(outcome).slice(0, 4).sort()).toEqual(
      [`${hoaBinh}/ru`, `${phuQuoc}/ar`, `${phuTho}/vi`, `${thanhHoa}/de`].sort(),
    );
    expect(ranked(outcome).indexOf(`${langSon}/en`)).toBe(4);
  });

  it('a number alone suggests nothing (a year is not a document)', async () => {
    const outcome = await search('2025');
    expect(outcome.kind === 'text' && outcome.suggestions).toEqual([]);
  });
});

describe('results worth scanning', () => {
  it('each result carries its province, outlet and date', async () => {
    const outcome = await search('Chi Lang');
    const article = outcome.kind === 'text' ? outcome.articles.find((a) => a.article === chiLang) : undefined;
    expect(article).toMatchObject({ province: 'Lạng Sơn', named: 'Lạng Sơn', outlet: 'Báo Lạng Sơn' });
    expect(article?.versions.find((v) => v.lang === 'en')?.date).toBe('2025-08-12');
  });

  it('the hostile fixture stays text in excerpts', async () => {
    const outcome = await search('204-QĐ/TW Officials');
    expect(outcome.kind).toBe('text');
    for (const article of outcome.kind === 'text' ? outcome.articles : []) {
      for (const v of article.versions) for (const part of v.excerpt ?? []) expect(typeof part.text).toBe('string');
    }
    expect(ranked(outcome)).toContain(`${hostile}/en`);
  });
});
