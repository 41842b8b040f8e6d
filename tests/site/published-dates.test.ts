/**
 * Publication dates on the built sites. The fixture site's article (tests/fixtures/compare-site) is
 * dated by a date line (en, ar) and a dated byline (vi), its German version undated; the corpus's
 * seeds are all undated. Article pages show a `<time datetime>` in the UI language's format (or
 * say the version is undated), search gets a `date` meta, lists put dated articles first, the
 * feeds and open data carry the date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/run-search.ts';
import { EMPTY_SEARCH } from '../../src/lib/search/search-query.ts';
import { distDir, fixtureDistDir, readPage, requireBuild } from '../support/built-site.ts';
import { siteBackend } from '../support/search-backend.ts';

const article = 'to-cong-tac-so-2-lam-viec-voi-xa-chi-lang';
const hostile = 'hostile-text-for-the-quality-gates';
const fixture = (sitePath: string) => readFileSync(path.join(fixtureDistDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8');
/** The article-meta list of an article page. */
const meta = (html: string) => /<dl class="article-meta"[\s\S]*?<\/dl>/.exec(html)?.[0] ?? '';

beforeAll(() => {
  requireBuild(fixtureDistDir);
  requireBuild(distDir);
});

describe('publication dates on article pages', () => {
  it('shows a dated version\'s date as <time datetime> in the UI language', () => {
    expect(meta(fixture(`/en/articles/${article}/`))).toMatch(/<time class="published" datetime="2025-08-12"[^>]*>August 12, 2025<\/time>/);
    expect(meta(fixture(`/vi/articles/${article}/`))).toMatch(/<time class="published" datetime="2025-08-12"[^>]*>12 tháng 8, 2025<\/time>/);
    expect(meta(fixture(`/ar/articles/${article}/`))).toMatch(/<time class="published" datetime="2025-08-12"[^>]*>12 أغسطس 2025<\/time>/);
    // The dated byline's name is the byline; its date is not repeated in it.
    expect(fixture(`/vi/articles/${article}/`)).toMatch(/Tác giả: Báo Lạng Sơn</);
  });

  it('says an undated version is undated, never showing another date', () => {
    const de = meta(fixture(`/de/articles/${article}/`));
    expect(de).toContain('ohne Datumsangabe');
    expect(de).not.toContain('<time');
    for (const page of ['/en/articles/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu/', '/ru/articles/hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap/']) {
      expect(readPage(page), page).not.toContain('<time');
    }
    expect(meta(readPage('/en/articles/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu/'))).toContain('no date given');
  });

  it('gives search the date as meta of the version\'s own page only, and search results carry it', async () => {
    expect(fixture(`/en/articles/${article}/`)).toContain('data-pagefind-meta="date:2025-08-12"');
    expect(fixture(`/de/articles/${article}/`)).not.toContain('data-pagefind-meta="date:');
    for (const q of ['Chi Lang', '204-QĐ/TW']) {
      const outcome = await runSearch({ ...EMPTY_SEARCH, q }, siteBackend(fixtureDistDir, 'en'));
      const hit = outcome.kind === 'empty' ? undefined : outcome.articles.find((a) => a.article === article);
      expect(hit?.versions.map((v) => [v.lang, v.date]), q).toEqual(expect.arrayContaining([['en', '2025-08-12'], ['de', null]]));
    }
  });
});

describe('publication dates in lists, feeds and open data', () => {
  it('lists dated articles first on a province page and on the home page, with their date', () => {
    for (const page of ['/en/provinces/lang-son/', '/en/']) {
      const html = fixture(page);
      const dated = html.indexOf(`/articles/${article}/`);
      const undated = html.indexOf(`/articles/${hostile}/`);
      expect(dated, page).toBeGreaterThan(0);
      expect(dated, page).toBeLessThan(undated);
      expect(html, page).toContain('<time class="published" datetime="2025-08-12"');
    }
  });

  it('dates the feed entries from the text, not the clock', () => {
    const feed = fixture('/en/feed.xml');
    expect(feed).toContain('<published>2025-08-12T00:00:00Z</published>\n    <updated>2025-08-12T00:00:00Z</updated>');
    const de = fixture('/de/feed.xml');
    expect(de).not.toContain('<published>');
  });

  it('publishes each version\'s date and where it was read in /data/articles.json', () => {
    const data = JSON.parse(fixture('/data/articles.json')) as { articles: { id: string; versions: { lang: string; published: string | null; publishedFrom: string | null }[] }[] };
    expect(data.articles.find((a) => a.id === article)!.versions.map((v) => [v.lang, v.published, v.publishedFrom])).toEqual([
      ['vi', '2025-08-12', 'byline'],
      ['en', '2025-08-12', 'line'],
      ['de', null, null],
      ['ar', '2025-08-12', 'line'],
    ]);
  });
});
