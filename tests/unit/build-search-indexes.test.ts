/**
 * The search shards written by Pagefind for a tiny built site in a temporary folder: rebuilding
 * only the shards an update touches gives the very files a full rebuild gives, and a shard that
 * lost its last page disappears.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees } from '../../scripts/gates/reproducible.ts';
import type { Lang } from '../../src/lib/lang.ts';
import { buildSearchIndexes } from '../../src/lib/search/build-search-indexes.ts';
import { articlePageShards, searchShardOf } from '../../src/lib/search/search-shards.ts';

const root = mkdtempSync(path.join(tmpdir(), 'song-song-search-shards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Article ids by bucket: two sharing one bucket, a third alone in another. */
const candidates = Array.from({ length: 64 }, (_, i) => `bai-viet-${i}`);
const [a1, a2] = candidates.filter((id) => searchShardOf(id) === searchShardOf(candidates[0]!));
const c = candidates.find((id) => searchShardOf(id) !== searchShardOf(a1!))!;
const shared = searchShardOf(a1!);
const alone = searchShardOf(c);

function writePage(site: string, lang: Lang, article: string, text: string): void {
  const folder = path.join(site, lang, 'articles', article);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${article}</title></head><body>` +
      `<nav>Menu</nav><article data-pagefind-body><span hidden data-pagefind-meta="article:${article}"></span>` +
      `<span hidden data-pagefind-meta="lang:${lang}"></span><span hidden data-pagefind-filter="province:Phú Thọ"></span>` +
      `<h1 data-pagefind-ignore>${article}</h1><p>${text}</p></article></body></html>`,
  );
}

function site(name: string): string {
  const dir = path.join(root, name);
  writePage(dir, 'en', a1!, 'The provincial committee met the districts.');
  writePage(dir, 'de', a1!, 'Der Provinzausschuss traf die Bezirke.');
  writePage(dir, 'en', a2!, 'Ministers discussed the new wards.');
  writePage(dir, 'vi', c, 'Ban Thường vụ Tỉnh ủy làm việc với các huyện.');
  // Not an article version page: never indexed.
  mkdirSync(path.join(dir, 'en', 'search'), { recursive: true });
  writeFileSync(path.join(dir, 'en', 'search', 'index.html'), '<html lang="en"><body><article data-pagefind-body>Search</article></body></html>');
  return dir;
}

/** The page URLs a bundle's result fragments carry (gzip, after Pagefind's 12-byte signature). */
const fragmentUrls = (bundle: string) =>
  readdirSync(path.join(bundle, 'fragment'))
    .map((file) => (JSON.parse(gunzipSync(readFileSync(path.join(bundle, 'fragment', file))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string }).url)
    .sort();

const shardsJson = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'search', 'shards.json'), 'utf8')) as unknown;

describe('buildSearchIndexes', () => {
  it('writes one bundle per shard with pages, the same bytes on every run, and lists them in shards.json', async () => {
    const first = site('first');
    const reports = await buildSearchIndexes(first);
    expect(reports.map((r) => [r.shard, r.pages, r.rebuilt]).sort()).toEqual(
      [
        [`all/${shared}`, 3, true],
        [`all/${alone}`, 1, true],
        [`vi/${alone}`, 1, true],
        [`en/${shared}`, 2, true],
        [`de/${shared}`, 1, true],
      ].sort(),
    );
    expect(existsSync(path.join(first, `pagefind-all/${shared}/pagefind.js`))).toBe(true);
    expect(existsSync(path.join(first, `pagefind/en/${shared}/pagefind.js`))).toBe(true);
    expect(existsSync(path.join(first, 'pagefind/pagefind.js'))).toBe(false);
    // Every page under its site URL, the search page left out.
    expect(fragmentUrls(path.join(first, `pagefind-all/${shared}`))).toEqual([`/de/articles/${a1}/`, `/en/articles/${a1}/`, `/en/articles/${a2}/`]);
    expect(fragmentUrls(path.join(first, `pagefind/en/${shared}`))).toEqual([`/en/articles/${a1}/`, `/en/articles/${a2}/`]);
    expect(fragmentUrls(path.join(first, `pagefind/vi/${alone}`))).toEqual([`/vi/articles/${c}/`]);
    expect(shardsJson(first)).toEqual({
      format: 'song-song/search-shards@1',
      all: [shared, alone].sort(),
      lang: { ar: [], de: [shared], en: [shared], ru: [], vi: [alone] },
    });

    const second = site('second');
    await buildSearchIndexes(second);
    expect(compareTrees(first, second)).toEqual([]);
  }, 60_000);

  it('rebuilding only the touched shards gives the files of a full rebuild; a shard without pages is removed', async () => {
    const full = site('full');
    const partial = site('partial');
    await buildSearchIndexes(full);
    await buildSearchIndexes(partial);
    const before = readFileSync(path.join(full, `pagefind-all/${shared}/pagefind-entry.json`), 'utf8');

    // An update: one version's text changes, the only version of the lone article goes.
    for (const dir of [full, partial]) {
      writePage(dir, 'en', a1!, 'The provincial committee met the districts and the wards.');
      rmSync(path.join(dir, 'vi', 'articles', c), { recursive: true });
    }
    await buildSearchIndexes(full);
    const only = new Set([...articlePageShards({ lang: 'en', article: a1! }), ...articlePageShards({ lang: 'vi', article: c })]);
    const reports = await buildSearchIndexes(partial, { only });
    expect(reports.map((r) => [r.shard, r.pages, r.rebuilt]).sort()).toEqual(
      [
        [`all/${shared}`, 3, true],
        [`en/${shared}`, 2, true],
        [`de/${shared}`, 1, false],
        [`all/${alone}`, 0, false],
        [`vi/${alone}`, 0, false],
      ].sort(),
    );

    expect(readFileSync(path.join(full, `pagefind-all/${shared}/pagefind-entry.json`), 'utf8')).not.toBe(before);
    expect(compareTrees(full, partial)).toEqual([]);
    expect(existsSync(path.join(partial, `pagefind-all/${alone}`))).toBe(false);
    expect(existsSync(path.join(partial, 'pagefind/vi'))).toBe(false);
    expect(shardsJson(partial)).toEqual({ format: 'song-song/search-shards@1', all: [shared], lang: { ar: [], de: [shared], en: [shared], ru: [], vi: [] } });
  }, 60_000);

  it('fails when a shard left out of `only` no longer matches the site, or a name is not a shard', async () => {
    const dir = site('stale');
    await buildSearchIndexes(dir);
    rmSync(path.join(dir, 'en', 'articles', a2!), { recursive: true });
    await expect(buildSearchIndexes(dir, { only: new Set([`all/${shared}`]) })).rejects.toThrow(`search shard en/${shared} is stale`);
    await expect(buildSearchIndexes(dir, { only: new Set(['en/99']) })).rejects.toThrow('not a search shard name');
  }, 60_000);
});
