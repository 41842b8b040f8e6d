/**
 * The search shards written by Pagefind for a tiny built site in a temporary folder, one bucket a
 * page (pagesPerShard 1, so that five pages make several shards): one all-languages index and no
 * per-language shards, rebuilding only the shards an update touches gives the very files a full
 * rebuild gives, a shard that lost its last page disappears, an older site's /pagefind/ goes, and
 * the search page's backend finds pages across the merged shards.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees } from '../../tools/gates/compare-trees.ts';
import type { Lang } from '../../src/lib/lang.ts';
import { buildSearchIndexes } from '../../src/lib/search/build-search-indexes.ts';
import { runSearch } from '../../src/lib/search/run-search.ts';
import { EMPTY_SEARCH } from '../../src/lib/search/search-query.ts';
import { articlePageShards, searchShardOf } from '../../src/lib/search/search-shards.ts';
import { siteBackend } from '../support/search-backend.ts';

const root = mkdtempSync(path.join(tmpdir(), 'song-song-search-shards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Article ids by bucket. The site has 5 pages, so with one page a bucket the index has 5 buckets:
 * a1, a2, c and d are each in a bucket of their own (so an update's shards are known exactly).
 */
const ONE_PAGE_A_SHARD = { pagesPerShard: 1 };
const COUNTS = { all: 5 };
const candidates = Array.from({ length: 512 }, (_, i) => `bai-viet-${i}`);
const inOwnBucket = (...taken: string[]) =>
  candidates.find((id) => !taken.some((t) => searchShardOf(t, 5) === searchShardOf(id, 5)))!;
const a1 = candidates[0]!;
const a2 = inOwnBucket(a1);
const c = inOwnBucket(a1, a2);
const d = inOwnBucket(a1, a2, c);
const bucketOf = (article: string) => `5-${searchShardOf(article, 5)}`;

/** The site's /data/manifest.json lists its versions: the search index reads them from it. */
function listVersion(site: string, lang: Lang, article: string, listed: boolean): void {
  const manifest = path.join(site, 'data', 'manifest.json');
  mkdirSync(path.dirname(manifest), { recursive: true });
  type Entry = { article: string; lang: Lang };
  const versions = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { versions: Entry[] }).versions
    : [];
  const others = versions.filter((v) => v.article !== article || v.lang !== lang);
  writeFileSync(manifest, JSON.stringify({ versions: listed ? [...others, { article, lang }] : others }));
}

function removePage(site: string, lang: Lang, article: string): void {
  rmSync(path.join(site, lang, 'articles', article), { recursive: true });
  listVersion(site, lang, article, false);
}

function writePage(site: string, lang: Lang, article: string, text: string): void {
  listVersion(site, lang, article, true);
  const folder = path.join(site, lang, 'articles', article);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${article}</title></head><body>` +
      `<nav>Menu</nav><article data-pagefind-body><span hidden data-pagefind-meta="article:${article}"></span>` +
      `<span hidden data-pagefind-meta="lang:${lang}"></span><span hidden data-pagefind-filter="lang:${lang}"></span>` +
      `<span hidden data-pagefind-filter="province:Phú Thọ"></span>` +
      `<h1 data-pagefind-ignore>${article}</h1><p>${text}</p></article></body></html>`,
  );
}

function site(name: string): string {
  const dir = path.join(root, name);
  writePage(dir, 'en', a1, 'The provincial committee met the districts.');
  writePage(dir, 'de', a1, 'Der Provinzausschuss traf die Bezirke.');
  writePage(dir, 'en', a2, 'Ministers discussed the new wards.');
  writePage(dir, 'vi', c, 'Ban Thường vụ Tỉnh ủy làm việc với các huyện.');
  writePage(dir, 'ru', d, 'Комитет провинции обсудил новые кварталы.');
  // Not an article version page: never indexed.
  mkdirSync(path.join(dir, 'en', 'search'), { recursive: true });
  writeFileSync(
    path.join(dir, 'en', 'search', 'index.html'),
    '<html lang="en"><body><article data-pagefind-body>Search</article></body></html>',
  );
  return dir;
}

/** The page URLs a bundle's result fragments carry (gzip, after Pagefind's 12-byte signature). */
const fragmentUrls = (bundle: string) =>
  readdirSync(path.join(bundle, 'fragment'))
    .map(
      (file) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(path.join(bundle, 'fragment', file)))
              .subarray('pagefind_dcd'.length)
              .toString('utf8'),
          ) as { url: string }
        ).url,
    )
    .sort();

const shardsJson = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'search', 'shards.json'), 'utf8')) as unknown;

/** The languages a bundle's pages were indexed as (Pagefind's pagefind-entry.json). */
const indexLanguages = (bundle: string) =>
  Object.keys(
    (
      JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, unknown>;
      }
    ).languages,
  );

describe('buildSearchIndexes', () => {
  it('writes one bundle per shard with pages, the same bytes on every run, and lists them in shards.json', async () => {
    const first = site('first');
    const reports = await buildSearchIndexes(first, ONE_PAGE_A_SHARD);
    const pages = [
      { lang: 'en', article: a1 },
      { lang: 'de', article: a1 },
      { lang: 'en', article: a2 },
      { lang: 'vi', article: c },
      { lang: 'ru', article: d },
    ] as const;
    const expected = new Map<string, number>();
    for (const page of pages)
      for (const shard of articlePageShards(page, COUNTS)) expected.set(shard, (expected.get(shard) ?? 0) + 1);
    expect(reports.map((r) => [r.shard, r.pages, r.rebuilt]).sort()).toEqual(
      [...expected].map(([shard, n]) => [shard, n, true]).sort(),
    );
    expect(reports.map((r) => r.folder).sort()).toEqual(
      [a1, a2, c, d].map((article) => `pagefind-all/${bucketOf(article)}`).sort(),
    );
    // One index of every language, no per-language shards.
    expect(readdirSync(path.join(first, 'pagefind-all')).sort()).toEqual([a1, a2, c, d].map(bucketOf).sort());
    expect(existsSync(path.join(first, 'pagefind'))).toBe(false);
    // Every page under its site URL, all versions of an article in its one bundle, the search page left out.
    expect(fragmentUrls(path.join(first, `pagefind-all/${bucketOf(a1)}`))).toEqual([
      `/de/articles/${a1}/`,
      `/en/articles/${a1}/`,
    ]);
    expect(fragmentUrls(path.join(first, `pagefind-all/${bucketOf(a2)}`))).toEqual([`/en/articles/${a2}/`]);
    expect(fragmentUrls(path.join(first, `pagefind-all/${bucketOf(c)}`))).toEqual([`/vi/articles/${c}/`]);
    expect(fragmentUrls(path.join(first, `pagefind-all/${bucketOf(d)}`))).toEqual([`/ru/articles/${d}/`]);
    // Indexed as the forced language (no stemmer), whatever the page's own language.
    for (const article of [a1, c, d])
      expect(indexLanguages(path.join(first, `pagefind-all/${bucketOf(article)}`))).toEqual(['vi']);
    expect(shardsJson(first)).toEqual({
      format: 'song-song/search-shards@3',
      all: [a1, a2, c, d].map(bucketOf).sort(),
    });

    const second = site('second');
    await buildSearchIndexes(second, ONE_PAGE_A_SHARD);
    expect(compareTrees(first, second)).toEqual([]);
  }, 60_000);

  it('searches a scope across all its shards, merged (Pagefind mergeIndex)', async () => {
    const dir = site('merged');
    await buildSearchIndexes(dir, ONE_PAGE_A_SHARD);
    const found = async (q: string, scope: 'all' | 'page', pageLang: Lang) => {
      const result = await runSearch({ ...EMPTY_SEARCH, q, scope }, siteBackend(dir, pageLang));
      return result.kind === 'text'
        ? result.articles.flatMap((a) => a.versions.map((v) => `${a.article}/${v.lang}`)).sort()
        : [];
    };
    // The two English versions are in different shards: "this language only" finds both.
    expect(await found('the', 'page', 'en')).toEqual([`${a1}/en`, `${a2}/en`].sort());
    // All languages: every all-languages shard is searched, and only matching pages come back.
    expect(await found('huyện', 'all', 'en')).toEqual([`${c}/vi`]);
    expect(await found('Provinzausschuss', 'all', 'vi')).toEqual([`${a1}/de`]);
    expect(await found('кварталы', 'all', 'en')).toEqual([`${d}/ru`]);
  }, 60_000);

  it("rebuilding only touched shards gives a full rebuild's files; a shard without pages is removed", async () => {
    const full = site('full');
    const partial = site('partial');
    await buildSearchIndexes(full, ONE_PAGE_A_SHARD);
    await buildSearchIndexes(partial, ONE_PAGE_A_SHARD);
    const before = readFileSync(path.join(full, `pagefind-all/${bucketOf(a1)}/pagefind-entry.json`), 'utf8');

    // An update: one version's text changes, a German version is added to a2, and the only
    // version of c goes (the site keeps five pages, so five buckets).
    for (const dir of [full, partial]) {
      writePage(dir, 'en', a1, 'The provincial committee met the districts and the wards.');
      writePage(dir, 'de', a2, 'Die Minister sprachen über die neuen Stadtbezirke.');
      removePage(dir, 'vi', c);
    }
    await buildSearchIndexes(full, ONE_PAGE_A_SHARD);
    const changed = [
      { lang: 'en' as const, article: a1 },
      { lang: 'de' as const, article: a2 },
      { lang: 'vi' as const, article: c },
    ];
    const reports = await buildSearchIndexes(partial, { ...ONE_PAGE_A_SHARD, changed });
    // Just the shards of the changed articles; d's shard, untouched, is kept as it was.
    expect(
      reports
        .filter((r) => r.rebuilt)
        .map((r) => r.shard)
        .sort(),
    ).toEqual([`all/${bucketOf(a1)}`, `all/${bucketOf(a2)}`].sort());
    expect(reports.find((r) => r.shard === `all/${bucketOf(c)}`)).toMatchObject({ pages: 0, rebuilt: false });

    expect(readFileSync(path.join(full, `pagefind-all/${bucketOf(a1)}/pagefind-entry.json`), 'utf8')).not.toBe(before);
    expect(compareTrees(full, partial)).toEqual([]);
    // c's shard lost its only page: no folder, not listed.
    expect(existsSync(path.join(partial, `pagefind-all/${bucketOf(c)}`))).toBe(false);
    expect((shardsJson(partial) as { all: string[] }).all).not.toContain(bucketOf(c));
  }, 60_000);

  it('fails when a shard the update did not name no longer matches the site', async () => {
    // Three pages a bucket: 5 pages and then 6 make two buckets, so the forgotten page's shard is not c's.
    const dir = site('stale');
    await buildSearchIndexes(dir, { pagesPerShard: 3 });
    const forgotten = candidates.find(
      (id) => ![a1, a2, c, d].includes(id) && searchShardOf(id, 2) !== searchShardOf(c, 2),
    )!;
    writePage(dir, 'en', forgotten, 'A page the update forgot to name.');
    await expect(buildSearchIndexes(dir, { pagesPerShard: 3, changed: [{ lang: 'vi', article: c }] })).rejects.toThrow(
      `search shard all/2-${searchShardOf(forgotten, 2)} is stale`,
    );
  }, 60_000);

  it('an update over an older site removes its per-language shards (/pagefind/), as a full rebuild', async () => {
    const full = site('full-after-old');
    const updated = site('old-layout');
    await buildSearchIndexes(updated, ONE_PAGE_A_SHARD);
    // What the older build left: stemmed per-language bundles and a format @2 list.
    for (const bundle of ['pagefind/en/1-0', `pagefind/de/${bucketOf(a1)}`]) {
      mkdirSync(path.join(updated, bundle, 'fragment'), { recursive: true });
      writeFileSync(path.join(updated, bundle, 'pagefind.js'), '// an older bundle');
      writeFileSync(
        path.join(updated, bundle, 'pagefind-entry.json'),
        '{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":2}}}',
      );
    }
    writeFileSync(
      path.join(updated, 'search', 'shards.json'),
      '{"format":"song-song/search-shards@2","all":[],"lang":{"ar":[],"de":[],"en":["1-0"],"ru":[],"vi":[]}}\n',
    );
    expect(existsSync(path.join(updated, 'pagefind/en/1-0/pagefind.js'))).toBe(true);

    for (const dir of [full, updated]) writePage(dir, 'en', a2, 'Ministers discussed the new wards again.');
    await buildSearchIndexes(full, ONE_PAGE_A_SHARD);
    const reports = await buildSearchIndexes(updated, { ...ONE_PAGE_A_SHARD, changed: [{ lang: 'en', article: a2 }] });
    expect(reports.filter((r) => r.rebuilt).map((r) => r.shard)).toEqual([`all/${bucketOf(a2)}`]);
    expect(existsSync(path.join(updated, 'pagefind'))).toBe(false);
    expect(compareTrees(full, updated)).toEqual([]);
  }, 60_000);
});
