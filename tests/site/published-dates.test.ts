/**
 * Publication dates on the built sites. The fixture site's article (tests/fixtures/compare-site) is
 * dated by a date line (en, ar) and a dated byline (vi), its German version undated; the corpus's
 * seeds are all undated. Article pages show a `<time datetime>` in the UI language's format (or
 * say the version is undated), search gets a `date` meta, lists put dated articles first, the
 * feeds and open data carry the date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/run-search.ts';
import { EMPTY_SEARCH } from '../../src/lib/search/search-query.ts';
import { select, selectOne, textOf, type QueryScope } from '../../tools/gates/page-query.ts';
import type { ParsedPage } from '../../tools/gates/site-files.ts';
import { distDir, fixtureDistDir, parsedPage, readPage, requireBuild } from '../support/built-site.ts';
import { siteBackend } from '../support/search-backend.ts';

const article = 'to-cong-tac-so-2-lam-viec-voi-xa-chi-lang';
const hostile = 'hostile-text-for-the-quality-gates';
/** A file of the fixture site, as text (feeds, open data). */
const fixture = (sitePath: string) => readPage(sitePath, fixtureDistDir);
/** A page of the fixture site, parsed. */
const fixturePage = (sitePath: string) => parsedPage(sitePath, fixtureDistDir);
/** The article-meta list of an article page. */
const meta = (page: ParsedPage) => selectOne(page, 'dl.article-meta');
/** The texts of the publication dates (<time class="published">) on 2025-08-12 in a page or part of one. */
const publishedOn20250812 = (scope: QueryScope) => select(scope, 'time.published[datetime="2025-08-12"]').map(textOf);

beforeAll(() => {
  requireBuild(fixtureDistDir);
  requireBuild(distDir);
});

describe('publication dates on article pages', () => {
  it("shows a dated version's date as <time datetime> in the UI language", () => {
    expect(publishedOn20250812(meta(fixturePage(`/en/articles/${article}/`)))).toContain('August 12, 2025');
    expect(publishedOn20250812(meta(fixturePage(`/vi/articles/${article}/`)))).toContain('12 tháng 8, 2025');
    expect(publishedOn20250812(meta(fixturePage(`/ar/articles/${article}/`)))).toContain('12 أغسطس 2025');
    // The dated byline's name is the byline; its date is not repeated in it.
    expect(
      fixturePage(`/vi/articles/${article}/`).elements.some((e) => textOf(e).endsWith('Tác giả: Báo Lạng Sơn')),
    ).toBe(true);
  });

  it('says an undated version is undated, never showing another date', () => {
    const de = meta(fixturePage(`/de/articles/${article}/`));
    expect(textOf(de)).toContain('ohne Datumsangabe');
    expect(select(de, 'time')).toEqual([]);
    for (const page of [
      '/en/articles/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu/',
      '/ru/articles/hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap/',
    ]) {
      expect(select(parsedPage(page), 'time'), page).toEqual([]);
    }
    expect(
      textOf(meta(parsedPage('/en/articles/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu/'))),
    ).toContain('no date given');
  });

  it("gives search the date as meta of the version's own page only, and search results carry it", async () => {
    expect(select(fixturePage(`/en/articles/${article}/`), '[data-pagefind-meta="date:2025-08-12"]')).not.toEqual([]);
    expect(select(fixturePage(`/de/articles/${article}/`), '[data-pagefind-meta^="date:"]')).toEqual([]);
    for (const q of ['Chi Lang', '204-QĐ/TW']) {
      const outcome = await runSearch({ ...EMPTY_SEARCH, q }, siteBackend(fixtureDistDir, 'en'));
      const hit = outcome.kind === 'empty' ? undefined : outcome.articles.find((a) => a.article === article);
      expect(
        hit?.versions.map((v) => [v.lang, v.date]),
        q,
      ).toEqual(
        expect.arrayContaining([
          ['en', '2025-08-12'],
          ['de', null],
        ]),
      );
    }
  });
});

describe('publication dates in lists, feeds and open data', () => {
  it('lists dated articles first on a province page and on the home page, with their date', () => {
    for (const page of ['/en/provinces/lang-son/', '/en/']) {
      const parsed = fixturePage(page);
      // The links in document order: the dated article's first, then the undated one's.
      const links = select(parsed, '[href]').map((e) => e.attrs.get('href')!);
      const dated = links.findIndex((href) => href.includes(`/articles/${article}/`));
      const undated = links.findIndex((href) => href.includes(`/articles/${hostile}/`));
      expect(dated, page).toBeGreaterThanOrEqual(0);
      expect(dated, page).toBeLessThan(undated);
      expect(publishedOn20250812(parsed), page).not.toEqual([]);
    }
  });

  it('dates the feed entries from the text, not the clock', () => {
    const feed = fixture('/en/feed.xml');
    expect(feed).toContain('<published>2025-08-12T00:00:00Z</published>\n    <updated>2025-08-12T00:00:00Z</updated>');
    const de = fixture('/de/feed.xml');
    expect(de).not.toContain('<published>');
  });

  it("publishes each version's date and where it was read in /data/articles.json", () => {
    const data = JSON.parse(fixture('/data/articles.json')) as {
      articles: { id: string; versions: { lang: string; published: string | null; publishedFrom: string | null }[] }[];
    };
    expect(
      data.articles.find((a) => a.id === article)!.versions.map((v) => [v.lang, v.published, v.publishedFrom]),
    ).toEqual([
      ['vi', '2025-08-12', 'byline'],
      ['en', '2025-08-12', 'line'],
      ['de', null, null],
      ['ar', '2025-08-12', 'line'],
    ]);
  });
});
