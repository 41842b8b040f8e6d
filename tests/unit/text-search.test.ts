/**
 * searchText over a small in-memory index that behaves like Pagefind where it matters: it matches
 * word beginnings (folded, đ kept apart from d), returns word positions, and may return a page
 * with no position at all (a metadata match). The verdict, order, reading budget and `more` are
 * search's own.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/lang.ts';
import {
  listPages,
  searchText,
  type IndexHit,
  type IndexPage,
  type TextIndex,
} from '../../src/lib/search/text-search.ts';

interface FakePage {
  url: string;
  lang: Lang;
  text: string;
  /** Returned for every term with no positions, as Pagefind does for a metadata match. */
  metaOnly?: boolean;
  province?: string;
}

/** Pagefind's folding: marks and case dropped, đ kept. */
const indexFold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');

function fakeIndex(pages: FakePage[]): TextIndex & { loads: string[] } {
  const loads: string[] = [];
  const page = (p: FakePage): IndexPage => ({
    url: p.url,
    article: p.url.split('/')[3]!,
    lang: p.lang,
    title: '',
    date: null,
    province: p.province ?? null,
    named: p.province ?? null,
    outlet: null,
    text: p.text,
  });
  const hit = (p: FakePage, locations: number[]): IndexHit => ({
    id: p.url,
    score: locations.length,
    locations,
    load: async () => {
      loads.push(p.url);
      return page(p);
    },
  });
  return {
    loads,
    async search(term, { exact = false, filters }) {
      const allowed = pages.filter(
        (p) =>
          (!filters.lang || filters.lang.includes(p.lang)) &&
          (!filters.province || filters.province.includes(p.province ?? '')),
      );
      if (term === null) return allowed.map((p) => hit(p, []));
      return allowed.flatMap((p) => {
        const words = p.text
          .split(/[^\p{L}\p{M}\p{N}]+/u)
          .filter(Boolean)
          .map(indexFold);
        const locations = words.flatMap((w, i) => ((exact ? w === term : w.startsWith(term)) ? [i] : []));
        return locations.length > 0 || p.metaOnly ? [hit(p, locations)] : [];
      });
    },
  };
}

const urls = (r: { results: { url: string }[] }) => r.results.map((x) => x.url);

describe('searchText', () => {
  const pages: FakePage[] = [
    { url: '/de/articles/lang-son/', lang: 'de', text: 'Die Gemeinden Yen Phuc, Binh Gia und Quy Hoa.' },
    {
      url: '/vi/articles/phu-tho/',
      lang: 'vi',
      text: 'Ban Thường vụ Tỉnh ủy Phú Thọ họp, đồng chí Đinh Văn Đức chủ trì.',
    },
    { url: '/en/articles/hoa-binh/', lang: 'en', text: 'The province of Hoa Binh met. Binh and Hoa.' },
    { url: '/ru/articles/meta/', lang: 'ru', text: 'Совещание прошло.', metaOnly: true },
    { url: '/en/articles/decrees/', lang: 'en', text: 'Two decrees and a decrease.' },
  ];

  it('keeps only pages that contain what was searched, best tier first', async () => {
    const index = fakeIndex(pages);
    expect(urls(await searchText(index, 'Hòa Bình', { filters: {}, limit: 10 }))).toEqual([
      '/en/articles/hoa-binh/',
      '/de/articles/lang-son/',
    ]);
    // "Phu" is the beginning of "Phuc" for the index, not for search.
    expect(urls(await searchText(index, 'Phu Tho', { filters: {}, limit: 10 }))).toEqual(['/vi/articles/phu-tho/']);
    // The metadata-only page is read but never a result.
    expect(urls(await searchText(index, 'Binh', { filters: {}, limit: 10 }))).not.toContain('/ru/articles/meta/');
  });

  it('asks for đ where Vietnamese has it, and finds Đức from Duc', async () => {
    expect(urls(await searchText(fakeIndex(pages), 'Duc', { filters: {}, limit: 10 }))).toEqual([
      '/vi/articles/phu-tho/',
    ]);
  });

  it('word forms through the shared beginning: decrees finds the page once, not decrease', async () => {
    const result = await searchText(fakeIndex(pages), 'decree', { filters: {}, limit: 10 });
    expect(urls(result)).toEqual(['/en/articles/decrees/']);
    expect(result.results[0]!.excerpt!.filter((p) => p.mark).map((p) => p.text)).toEqual(['decrees']);
  });

  it('phrase-only searches drop pages with the words apart; alternatives count as the phrase', async () => {
    const index = fakeIndex([
      ...pages,
      { url: '/ru/articles/hoabinh/', lang: 'ru', text: 'Провинция Хоабинь отчиталась.' },
    ]);
    const result = await searchText(index, 'Hoa Binh', {
      filters: {},
      limit: 10,
      phraseOnly: true,
      alternatives: (lang) => (lang === 'ru' ? [['Хоабинь']] : []),
      alternativeWords: ['Хоабинь'],
    });
    expect(urls(result)).toEqual(['/en/articles/hoa-binh/', '/ru/articles/hoabinh/']);
  });

  it('reads pages only until the results are certain, and says when more may follow', async () => {
    const many: FakePage[] = Array.from({ length: 25 }, (_, i) => ({
      url: `/en/articles/a${String(i).padStart(2, '0')}/`,
      lang: 'en',
      text: `Report ${i} on the committee.`,
    }));
    const index = fakeIndex(many);
    const first = await searchText(index, 'committee', { filters: {}, limit: 10 });
    expect(first.results).toHaveLength(10);
    expect(first.more).toBe(true);
    expect(index.loads).toHaveLength(10);
    const all = await searchText(fakeIndex(many), 'committee', { filters: {}, limit: 30 });
    expect(all).toMatchObject({ more: false });
    expect(all.results).toHaveLength(25);
  });

  it('filters reach the index, skipped pages are left out', async () => {
    expect(urls(await searchText(fakeIndex(pages), 'Binh', { filters: { lang: ['de'] }, limit: 10 }))).toEqual([
      '/de/articles/lang-son/',
    ]);
    expect(
      urls(
        await searchText(fakeIndex(pages), 'Binh', {
          filters: {},
          limit: 10,
          skip: new Set(['/en/articles/hoa-binh/']),
        }),
      ),
    ).toEqual(['/de/articles/lang-son/']);
  });
});

describe('listPages', () => {
  it('lists the pages a filter lets through, up to the limit', async () => {
    const index = fakeIndex([
      { url: '/ru/articles/a/', lang: 'ru', text: 'a', province: 'Hòa Bình' },
      { url: '/vi/articles/b/', lang: 'vi', text: 'b', province: 'Phú Thọ' },
      { url: '/en/articles/c/', lang: 'en', text: 'c', province: 'Hòa Bình' },
    ]);
    expect(await listPages(index, { filters: { province: ['Hòa Bình'] }, limit: 1 })).toMatchObject({
      results: [{ url: '/ru/articles/a/', tier: 0, excerpt: null }],
      more: true,
      total: 2,
    });
  });

  it("shows where a listed page names the place, in the page's own spelling", async () => {
    const index = fakeIndex([
      { url: '/ru/articles/a/', lang: 'ru', text: 'Партком провинции Хоабинь утвердил план.', province: 'Hòa Bình' },
      { url: '/en/articles/c/', lang: 'en', text: 'The province met.', province: 'Hòa Bình' },
    ]);
    const listed = await listPages(index, {
      filters: { province: ['Hòa Bình'] },
      limit: 10,
      excerptOf: { text: 'Hoa Binh', alternatives: (lang) => (lang === 'ru' ? [['Хоабинь']] : []) },
    });
    expect(listed.results.map((r) => r.excerpt?.filter((p) => p.mark).map((p) => p.text) ?? null)).toEqual([
      ['Хоабинь'],
      null,
    ]);
  });
});
