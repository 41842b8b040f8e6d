/**
 * Search over the built index, in Node, through the same code the search page runs: a table of
 * queries with the exact set of article versions each must return.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/lang.ts';
import { runSearch, type SearchOutcome } from '../../src/lib/search/run-search.ts';
import { EMPTY_SEARCH, type SearchParams } from '../../src/lib/search/search-query.ts';
import { requireBuild } from '../support/built-site.ts';
import { builtSiteBackend } from '../support/search-backend.ts';

const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const ninhThuan = 'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy';
const hoaBinh = 'hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap';
const toCongTac = 'to-cong-tac-so-1-cua-tinh-lam-viec-voi-4-phuong-e-tinh-hinh-van-hanh-mo-hinh-chinh-quyen-abba3b87';

beforeAll(() => requireBuild());

/** The article versions a search returns, as `article/lang`, sorted. */
function versions(outcome: SearchOutcome): string[] {
  if (outcome.kind === 'empty') return [];
  return outcome.articles.flatMap((a) => a.versions.map((v) => `${a.article}/${v.lang}`)).sort();
}

async function search(q: string, params: Partial<SearchParams> = {}, pageLang: Lang = 'en') {
  return runSearch({ ...EMPTY_SEARCH, q, ...params }, builtSiteBackend(pageLang), { pageLang });
}

describe('document-number search', () => {
  it.each([
    ['204-QD/TW', [`${phuTho}/de`, `${phuTho}/en`]],
    ['204-QĐ/TW', [`${phuTho}/de`, `${phuTho}/en`]],
    ['204 - QĐ / TW', [`${phuTho}/de`, `${phuTho}/en`]],
    ['204-qđ/tw', [`${phuTho}/de`, `${phuTho}/en`]],
    ['177-KL/TW', [`${phuTho}/de`, `${phuTho}/en`]],
    ['177 - kl/tw', [`${phuTho}/de`, `${phuTho}/en`]],
    ['02-KH/BCDTW', [`${phuTho}/de`, `${phuTho}/en`]],
    ['179/2024/ND-CP', [`${ninhThuan}/ar`]],
    ['177/2024/NĐ-CP', [`${ninhThuan}/ar`]],
    ['18-NQ/TW', [`${ninhThuan}/ar`]],
    ['1770-KL/TW', []],
    ['17-KL/TW', []],
    ['204-QĐ/TU', []],
  ])('%s', async (query, expected) => {
    const outcome = await search(query);
    expect(outcome.kind).toBe('documents');
    expect(versions(outcome)).toEqual(expected);
  });

  it('a number only the headline names is not cited by any version, and leads to its document page', async () => {
    const outcome = await search('178-KL/TW');
    expect(outcome).toEqual({
      kind: 'documents',
      documents: [
        {
          number: '178-KL/TW',
          ids: [{ id: '178-kl-tw', province: null }],
          total: 0,
          loaded: 0,
          headlineArticles: [phuTho],
        },
      ],
      articles: [],
    });
    expect(versions(outcome)).toEqual([]);
  });

  it('a local number lists one entry per province', async () => {
    const outcome = await search('02-KH/TU');
    expect(outcome).toMatchObject({
      kind: 'documents',
      documents: [{ number: '02-KH/TU', ids: [{ id: '02-kh-tu-phu-tho', province: 'Phú Thọ' }] }],
    });
    expect(versions(outcome)).toEqual([`${phuTho}/de`, `${phuTho}/en`]);
  });

  it('filters apply to document results', async () => {
    expect(versions(await search('204-QD/TW', { lang: 'de' }))).toEqual([`${phuTho}/de`]);
    expect(versions(await search('204-QD/TW', { province: 'Hòa Bình' }))).toEqual([]);
    expect(versions(await search('204-QD/TW', { province: 'Phú Thọ' }))).toEqual([`${phuTho}/de`, `${phuTho}/en`]);
    expect(versions(await search('204-QD/TW', { type: 'KL' }))).toEqual([]);
  });
});

describe('text search across all languages', () => {
  it('Đ and D are the same letter: BCDTW, BCĐTW, bcđtw', async () => {
    const expected = [`${phuTho}/de`, `${phuTho}/en`];
    for (const q of ['BCDTW', 'BCĐTW', 'bcđtw']) expect(versions(await search(q)), q).toEqual(expected);
  });

  it('folds umlauts: Standigen finds Ständigen', async () => {
    expect(versions(await search('Standigen'))).toEqual(versions(await search('Ständigen')));
    expect(versions(await search('Ständigen'))).toContain(`${phuTho}/de`);
  });

  it('finds a Russian word in the Russian version only', async () => {
    expect(versions(await search('Хоабинь'))).toEqual([`${hoaBinh}/ru`]);
  });

  it('finds an Arabic word in the Arabic version only', async () => {
    expect(versions(await search('التنظيمية'))).toEqual([`${ninhThuan}/ar`]);
  });

  it('a quoted phrase must appear as written', async () => {
    expect(versions(await search('"Standing Committee of the Provincial Party Committee"'))).toEqual([`${phuTho}/en`]);
    expect(versions(await search('"Provincial Standing Party Committee of the"'))).toEqual([]);
  });

  it('marks the matched words in excerpts, as text parts', async () => {
    const outcome = await search('Хоабинь');
    const excerpt = outcome.kind === 'text' ? outcome.articles[0]?.versions[0]?.excerpt : null;
    expect(excerpt?.filter((part) => part.mark).map((part) => part.text)).toEqual(['Хоабинь']);
  });

  it('language and province filters', async () => {
    expect(versions(await search('Provinz', { lang: 'de' }))).toEqual(
      (await search('Provinz')).kind === 'text'
        ? versions(await search('Provinz')).filter((v) => v.endsWith('/de'))
        : [],
    );
    expect(versions(await search('Хоабинь', { province: 'Phú Thọ' }))).toEqual([`${hoaBinh}/ru`]);
    expect(versions(await search('Хоабинь', { province: 'Hòa Bình' }))).toEqual([`${hoaBinh}/ru`]);
    expect(versions(await search('Хоабинь', { province: 'Lạng Sơn' }))).toEqual([]);
  });

  it('shows a limited number of versions first and says when there are more', async () => {
    // "2025" is in every version's text; a limit below that count must cut and flag the rest.
    const all = await runSearch({ ...EMPTY_SEARCH, q: '2025' }, builtSiteBackend('en'), { limit: 100 });
    expect(all).toMatchObject({ kind: 'text', more: false });
    expect(versions(all).length).toBeGreaterThanOrEqual(3);
    const first = await runSearch({ ...EMPTY_SEARCH, q: '2025' }, builtSiteBackend('en'), { limit: 2 });
    expect(first).toMatchObject({ kind: 'text', more: true });
    expect(versions(first)).toHaveLength(2);
    expect(versions(all)).toEqual(expect.arrayContaining(versions(first)));
  });

  it('the page-language scope is the page language as a filter, with word forms', async () => {
    expect(versions(await search('committees', { scope: 'page' }, 'en'))).toEqual([`${phuTho}/en`]);
    expect(versions(await search('committee', { scope: 'page' }, 'de'))).toEqual([]);
    expect(versions(await search('Provinz', { scope: 'page' }, 'de'))).toEqual(
      [`${toCongTac}/de`, `${phuTho}/de`].sort(),
    );
    expect(await search('Provinz', { scope: 'page' }, 'vi')).toMatchObject({ kind: 'text', more: false, articles: [] });
  });
});
