import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { atomFeed, FEED_ENTRIES } from '../../src/lib/publishing/atom-feed.ts';
import { buildCorpusIndex } from '../../src/lib/corpus/corpus-index.ts';
import { csvField, toCsv } from '../../src/lib/publishing/csv.ts';
import { articlesCsv, articlesOpenData, documentsCsv, documentsOpenData } from '../../src/lib/publishing/open-data.ts';
import { sitePages } from '../../src/lib/routes/site-pages.ts';
import { SITEMAP_URLS_PER_FILE, sitemapChunks, sitemapIndexXml, sitemapXml } from '../../src/lib/publishing/sitemap.ts';

const versions = loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url)));
const corpus = buildCorpusIndex(versions);
/** The same corpus with publication dates: the seeds have none. */
const datedCorpus = (dates: Record<string, { date: string; from: 'line' | 'byline' | 'url' } | null>) =>
  buildCorpusIndex(
    versions.map((v) => {
      const dated = dates[`${v.data.article}/${v.data.lang}`];
      return dated === undefined
        ? v
        : { ...v, data: { ...v.data, published: dated && { ...dated, text: dated.date } } };
    }),
  );
const site = new URL('https://songsong.example.org');
const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';

describe('open data', () => {
  it('articles.json lists every article with its versions', () => {
    const data = articlesOpenData(corpus, site);
    expect(data.format).toBe('song-song/articles@1');
    expect(data.articles.map((a) => a.versions.length).reduce((a, b) => a + b, 0)).toBe(corpus.versionCount);
    const article = data.articles.find((a) => a.id === phuTho)!;
    expect(article.province).toEqual({ named: 'Phú Thọ', current: 'Phú Thọ' });
    expect(article.outlet).toBe('Báo Phú Thọ');
    expect(article.headlineDocuments).toEqual(['178-KL/TW']);
    expect(article.versions.map((v) => [v.lang, v.url])).toEqual([
      ['en', `https://songsong.example.org/en/articles/${phuTho}/`],
      ['de', `https://songsong.example.org/de/articles/${phuTho}/`],
    ]);
    expect(article.versions[0]!.documents).toContain('204-QĐ/TW');
    // The consistency check: both versions agree, and both differ from the headline's 178-KL/TW.
    expect(article.consistency).toEqual([{ a: 'en', b: 'de', document: 0, date: 0, number: 0, total: 0, rows: [] }]);
    expect(article.versions.map((v) => v.headlineMismatch?.headline)).toEqual([['178-KL/TW'], ['178-KL/TW']]);
    expect(article.versions[1]!.headlineMismatch?.cited[0]).toBe('177-KL/TW');
    expect(data.articles.find((a) => a.versions.length === 1)!.consistency).toEqual([]);
  });

  it('gives each version its publication date and where it was read, or null', () => {
    const undated = articlesOpenData(corpus, site, { consistency: false });
    expect(undated.articles.flatMap((a) => a.versions.map((v) => [v.published, v.publishedFrom]))).toEqual(
      Array(corpus.versionCount).fill([null, null]),
    );
    const dated = articlesOpenData(datedCorpus({ [`${phuTho}/en`]: { date: '2025-07-22', from: 'byline' } }), site, {
      consistency: false,
    });
    expect(
      dated.articles.find((a) => a.id === phuTho)!.versions.map((v) => [v.lang, v.published, v.publishedFrom]),
    ).toEqual([
      ['en', '2025-07-22', 'byline'],
      ['de', null, null],
    ]);
    const csv = articlesCsv(datedCorpus({ [`${phuTho}/en`]: { date: '2025-07-22', from: 'byline' } }), site).split(
      '\r\n',
    );
    expect(csv.find((row) => row.startsWith(`${phuTho},en,`))).toMatch(/,2025-07-22,byline$/);
    expect(csv.find((row) => row.startsWith(`${phuTho},de,`))).toMatch(/,,$/);
  });

  it('documents.json explains each document and lists its citing versions', () => {
    const data = documentsOpenData(corpus, site);
    const doc = data.documents.find((d) => d.id === '204-qd-tw')!;
    expect(doc).toMatchObject({ number: '204-QĐ/TW', province: null, type: 'QĐ', issuer: 'TW' });
    expect(doc.citations.map((c) => `${c.article}/${c.lang}`)).toEqual([`${phuTho}/en`, `${phuTho}/de`]);
    const local = data.documents.find((d) => d.id === '02-kh-tu-phu-tho')!;
    expect(local.province).toBe('Phú Thọ');
    expect(data.documents.find((d) => d.id === '178-kl-tw')!.citations).toEqual([]);
  });

  it('CSV twins have one row per version and per citation', () => {
    const articles = articlesCsv(corpus, site).trimEnd().split('\r\n');
    expect(articles[0]).toBe(
      'article,lang,url,title,title_derived,province_named,province_current,outlet,source_url,documents,' +
        'published,published_from',
    );
    expect(articles).toHaveLength(corpus.versionCount + 1);
    const documents = documentsCsv(corpus, site).trimEnd().split('\r\n');
    expect(documents[0]).toBe(
      'document,number,type,issuer,province,article,lang,url,count,date,date_disputed,implements',
    );
    // One row per citing version; a document no version cites (178-KL/TW, named only in a
    // headline) still has its row, with the citation fields empty.
    const rows = documents.slice(1).map((row) => row.split(','));
    const arArticle = 'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy';
    const both = (id: string) => [
      [id, phuTho, 'en'],
      [id, phuTho, 'de'],
    ];
    expect(rows.map((row) => [row[0], row[5], row[6]])).toEqual([
      ...both('02-kh-bcdtw'),
      ...both('9068-cv-btctw'),
      ['177-2024-nd-cp', arArticle, 'ar'],
      ['178-2024-nd-cp', arArticle, 'ar'],
      ['179-2024-nd-cp', arArticle, 'ar'],
      ...both('02-kh-tu-phu-tho'),
      ...both('04-kh-tu-phu-tho'),
      ...both('177-kl-tw'),
      ['178-kl-tw', '', ''],
      ['18-nq-tw', arArticle, 'ar'],
      ...both('204-qd-tw'),
      ...both('253-qd-tw'),
      ...both('255-qd-tw'),
    ]);
    expect(documents.find((row) => row.startsWith('178-kl-tw,'))).toBe('178-kl-tw,178-KL/TW,KL,TW,,,,,0,,no,');
  });
});

describe('csv', () => {
  it('quotes and defuses as RFC 4180 and spreadsheets need', () => {
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('sitemap', () => {
  const xml = sitemapXml(sitePages(corpus), site);
  it('lists every article version with reciprocal alternates', () => {
    const block = (loc: string) =>
      new RegExp(
        `<url>\\n {4}<loc>${loc.replace(/[.?]/g, '\\$&')}</loc>\\n((?: {4}<xhtml:link [^\\n]*\\n)*) {2}</url>`,
      ).exec(xml)?.[1] ?? '';
    const de = block(`https://songsong.example.org/de/articles/${phuTho}/`);
    const en = block(`https://songsong.example.org/en/articles/${phuTho}/`);
    expect(de).toContain(`hreflang="en" href="https://songsong.example.org/en/articles/${phuTho}/"`);
    expect(en).toContain(`hreflang="de" href="https://songsong.example.org/de/articles/${phuTho}/"`);
    expect(de).not.toContain('x-default');
    expect(block('https://songsong.example.org/ar/documents/204-qd-tw/')).toContain('hreflang="x-default"');
  });
  it('does not list redirect pages', () => {
    expect(xml).not.toContain('/provinces/hoa-binh/');
    expect(xml).toContain('/provinces/phu-tho/');
  });
  it('splits a large site into files under the protocol limit, listed by the index', () => {
    const many = Array.from({ length: 2 * SITEMAP_URLS_PER_FILE + 1 }, (_, i) => i);
    expect(sitemapChunks(many).map((c) => c.length)).toEqual([SITEMAP_URLS_PER_FILE, SITEMAP_URLS_PER_FILE, 1]);
    expect(sitemapChunks([])).toEqual([[]]);
    expect(sitemapIndexXml(2, site)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <sitemap>\n    <loc>https://songsong.example.org/sitemaps/1.xml</loc>\n  </sitemap>\n' +
        '  <sitemap>\n    <loc>https://songsong.example.org/sitemaps/2.xml</loc>\n  </sitemap>\n</sitemapindex>\n',
    );
  });
});

describe('atom feed', () => {
  it('lists the versions of its language, escaped, with its language', () => {
    const feed = atomFeed(corpus, 'de', { site, title: 'Song Song <de> & co', updated: '2025-07-20T00:00:00.000Z' });
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(feed).toContain('<title>Song Song &lt;de&gt; &amp; co</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(corpus.articles.filter((a) => a.langs.includes('de')).length);
    expect(feed).toContain(`<id>https://songsong.example.org/de/articles/${phuTho}/</id>`);
    expect(feed).not.toMatch(/<summary>[^<]*[<>][^<]*<\/summary>/);
  });

  const updated = '2025-11-01T00:00:00.000Z';
  const entryIds = (feed: string) =>
    [...feed.matchAll(/<id>https:\/\/songsong\.example\.org\/de\/articles\/([^/]+)\/<\/id>/g)].map((m) => m[1]);
  const deArticles = corpus.articles.filter((a) => a.langs.includes('de')).map((a) => a.id);

  it('gives undated entries and the feed the fixed date passed in, never the clock', () => {
    const feed = atomFeed(corpus, 'de', { site, title: 'x', updated });
    expect(feed).not.toContain('<published>');
    expect([...feed.matchAll(/<updated>([^<]*)<\/updated>/g)].map((m) => m[1])).toEqual(
      Array(deArticles.length + 1).fill(updated),
    );
    expect(entryIds(feed)).toEqual(deArticles);
  });

  it('lists dated entries newest first with published and updated from their date, undated last', () => {
    const [first, second] = deArticles as [string, string];
    const dated = datedCorpus({
      [`${first}/de`]: { date: '2025-06-30', from: 'line' },
      [`${second}/de`]: { date: '2025-07-22', from: 'url' },
    });
    const feed = atomFeed(dated, 'de', { site, title: 'x', updated: '2025-07-01T00:00:00.000Z' });
    expect(entryIds(feed)).toEqual([second, first]);
    expect(feed).toContain('<published>2025-07-22T00:00:00Z</published>\n    <updated>2025-07-22T00:00:00Z</updated>');
    expect(feed).toContain('<published>2025-06-30T00:00:00Z</published>\n    <updated>2025-06-30T00:00:00Z</updated>');
    // The feed's own date: its newest entry's.
    expect(/^ {2}<updated>([^<]*)<\/updated>$/m.exec(feed)![1]).toBe('2025-07-22T00:00:00Z');
    // With an undated entry, the feed is as new as the fixed date when that is newer.
    const mixed = datedCorpus({ [`${first}/de`]: { date: '2025-06-30', from: 'line' } });
    const mixedFeed = atomFeed(mixed, 'de', { site, title: 'x', updated });
    expect(entryIds(mixedFeed)).toEqual([first, ...deArticles.filter((id) => id !== first)]);
    expect(/^ {2}<updated>([^<]*)<\/updated>$/m.exec(mixedFeed)![1]).toBe(updated);
  });

  it('holds at most the newest FEED_ENTRIES entries', () => {
    expect(FEED_ENTRIES).toBe(50);
    const [first] = deArticles as [string];
    const feed = atomFeed(datedCorpus({ [`${first}/de`]: { date: '2025-06-30', from: 'line' } }), 'de', {
      site,
      title: 'x',
      updated,
      limit: 1,
    });
    expect(entryIds(feed)).toEqual([first]);
  });
});
