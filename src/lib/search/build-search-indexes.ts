/**
 * Builds the Pagefind search shards after the site is built (see search-shards.ts for the
 * layout), through Pagefind's Node API, checking every response and failing loudly:
 *   /pagefind-all/<n>-<b>/   all languages of bucket b (of n) in one index, unstemmed (forced
 *                            language without a stemmer; word forms are the search's own work,
 *                            and "this language only" is a `lang` filter on it);
 *   /search/shards.json      which shards exist, for the search page.
 * Only article version pages (`<lang>/articles/<article>/index.html`) are indexed, by their
 * <article data-pagefind-body>, each under its URL `/<lang>/articles/<article>/`. Every shard is
 * its own createIndex → addHTMLFile (pages in URL order, one at a time, so the output depends on
 * the page set only) → writeFiles → deleteIndex, so Pagefind never holds more than one shard.
 *
 * `changed` (the article pages an update wrote or removed) rebuilds just their shards, and any
 * shard that does not exist yet (the site grew a bucket); the other shards are kept but checked:
 * a kept shard must hold as many pages as the site has for it, otherwise a change was not
 * reported and the build fails. A rebuilt shard's folder is deleted first (no stale fragments),
 * and a shard without pages has no folder. Whatever else is under /pagefind-all/ goes, and so
 * does /pagefind/ (the per-language stemmed shards of older sites). shards.json is derived from
 * the pages, so it is the same file whichever shards were rebuilt.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Lang } from '../lang.ts';
import { withSearchForms } from './search-forms.ts';
import {
  SEARCH_SHARDS_FILE,
  SHARD_PAGES,
  articlePageShards,
  shardCounts,
  shardFolder,
  shardList,
  shardName,
  type SearchShard,
  type ShardCounts,
} from './search-shards.ts';

/** Pagefind has no stemmer for Vietnamese, so forcing `vi` indexes every language unstemmed. */
export const ALL_LANGUAGES_INDEX_LANGUAGE = 'vi';

/**
 * Files Pagefind writes into every bundle that the site never loads: its ready-made UIs and the
 * Web Worker (the search page runs Pagefind's API without a worker). About 470 kB per shard.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

export interface ArticlePage {
  lang: Lang;
  article: string;
  /** Site URL, as search results link it: `/en/articles/<article>/`. */
  url: string;
  file: string;
}

export interface SearchShardReport {
  /** `all/3-1`. */
  shard: string;
  /** Bundle folder in the site: `pagefind-all/3-1`. */
  folder: string;
  pages: number;
  /** Written in this run (else kept from an earlier run, or deleted when `pages` is 0). */
  rebuilt: boolean;
}

/**
 * The article version pages of a built site (what the indexes must hold), in URL order: each
 * version's own page `/<lang>/articles/<article>/`, as the site's manifest lists the versions.
 * The same URL under another interface language shows a version of another language and is not
 * indexed: every version is found once.
 */
export function articlePages(dist: string): ArticlePage[] {
  const manifestFile = path.join(dist, 'data', 'manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(`${manifestFile} is missing: the search index lists the versions from it`);
  const { versions } = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    versions: { article: string; lang: Lang }[];
  };
  const pages = versions.map(({ article, lang }) => {
    const file = path.join(dist, lang, 'articles', article, 'index.html');
    if (!existsSync(file)) throw new Error(`/${lang}/articles/${article}/ is in the manifest but not in ${dist}`);
    return { lang, article, url: `/${lang}/articles/${article}/`, file };
  });
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Every possible shard, by bucket. */
function allShards(counts: ShardCounts): SearchShard[] {
  return Array.from({ length: counts.all }, (_, bucket) => ({ scope: 'all', count: counts.all, bucket }));
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

interface BundleEntry {
  languages: Record<string, { page_count: number; wasm: string | null }>;
}

/** A written bundle's pagefind-entry.json, or null when there is no bundle. */
function bundleEntry(bundleDir: string): BundleEntry | null {
  const file = path.join(bundleDir, 'pagefind-entry.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BundleEntry) : null;
}

/** Pages a written bundle holds (null when there is no bundle). */
export function bundlePageCount(bundleDir: string): number | null {
  const entry = bundleEntry(bundleDir);
  return entry ? Object.values(entry.languages).reduce((n, info) => n + info.page_count, 0) : null;
}

async function writeShard(dist: string, shard: SearchShard, pages: ArticlePage[]): Promise<void> {
  const name = shardName(shard);
  const outputPath = path.join(dist, shardFolder(shard));
  const created = await pagefind.createIndex({ forceLanguage: ALL_LANGUAGES_INDEX_LANGUAGE });
  check(`createIndex (${name})`, created.errors);
  const index = created.index;
  if (!index) throw new Error(`Pagefind createIndex (${name}) returned no index`);
  try {
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      // The all-languages index is unstemmed: Arabic pages add their words' bare forms (search-forms.ts).
      const content = page.lang === 'ar' ? withSearchForms(html, page.lang, html.replace(/<[^>]*>/g, ' ')) : html;
      const added = await index.addHTMLFile({ url: page.url, content });
      check(`addHTMLFile (${name}, ${page.url})`, added.errors);
    }
    const written = await index.writeFiles({ outputPath });
    check(`writeFiles (${name})`, written.errors);
  } finally {
    await index.deleteIndex();
  }
  for (const file of UNUSED_BUNDLE_FILES) rmSync(path.join(outputPath, file), { force: true });
  // Pagefind writes the WebAssembly of every stemmer it knows of; the bundle's languages use one.
  const used = new Set(
    Object.values(bundleEntry(outputPath)?.languages ?? {}).map((info) => `wasm.${info.wasm ?? 'unknown'}.pagefind`),
  );
  for (const file of readdirSync(outputPath))
    if (/^wasm\..*\.pagefind$/.test(file) && !used.has(file)) rmSync(path.join(outputPath, file));
  const count = bundlePageCount(outputPath);
  if (count !== pages.length)
    throw new Error(
      `Pagefind wrote ${count ?? 'no'} pages into /${shardFolder(shard)}/, ` +
        `but shard ${name} has ${pages.length} article versions`,
    );
}

/**
 * Deletes whatever under /pagefind-all/ is not the bundle of a shard with pages (files of an
 * earlier layout, shards of an earlier bucket count), and the whole /pagefind/ folder: the
 * per-language shards of older sites, which nothing reads any more.
 */
function removeStrays(dist: string, keep: ReadonlySet<string>): void {
  rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
  const folder = path.join(dist, 'pagefind-all');
  if (!existsSync(folder)) return;
  let kept = false;
  for (const entry of readdirSync(folder)) {
    if (keep.has(`pagefind-all/${entry}`)) kept = true;
    else rmSync(path.join(folder, entry), { recursive: true, force: true });
  }
  if (!kept) rmSync(folder, { recursive: true, force: true });
}

/** Shards indexed concurrently (2,000 versions, 2 cores: 16.9 s one at a time, 11.6 s four at a time). */
const SHARDS_AT_ONCE = 4;
/** Pages of the shards being indexed at once, beyond the first (bounds Pagefind's memory). */
const PAGES_IN_FLIGHT = 12000;

export interface SearchIndexOptions {
  /** Article pages written or removed since the site in `dist` was indexed; all shards are built when absent. */
  changed?: readonly { lang: Lang; article: string }[];
  /** Pages per bucket (SHARD_PAGES; tests use small sites). */
  pagesPerShard?: number;
}

export async function buildSearchIndexes(dist: string, options: SearchIndexOptions = {}): Promise<SearchShardReport[]> {
  const pages = articlePages(dist);
  const counts = shardCounts(pages, options.pagesPerShard ?? SHARD_PAGES);
  const pagesByShard = new Map<string, ArticlePage[]>();
  for (const page of pages) {
    for (const name of articlePageShards(page, counts)) {
      const list = pagesByShard.get(name);
      if (list) list.push(page);
      else pagesByShard.set(name, [page]);
    }
  }
  const only = options.changed
    ? new Set(options.changed.flatMap((page) => articlePageShards(page, counts)))
    : undefined;

  const reports: SearchShardReport[] = [];
  const toWrite: { shard: SearchShard; pages: ArticlePage[] }[] = [];
  for (const shard of allShards(counts)) {
    const name = shardName(shard);
    const folder = shardFolder(shard);
    const pages = pagesByShard.get(name) ?? [];
    const rebuild = !only || only.has(name) || !existsSync(path.join(dist, folder));
    if (rebuild || pages.length === 0) rmSync(path.join(dist, folder), { recursive: true, force: true });
    if (pages.length > 0) {
      if (rebuild) toWrite.push({ shard, pages });
      else {
        const count = bundlePageCount(path.join(dist, folder));
        if (count !== pages.length) {
          throw new Error(
            `search shard ${name} is stale: /${folder}/ holds ${count ?? 'no'} pages, ` +
              `the site has ${pages.length} for it (rebuild it)`,
          );
        }
      }
    }
    if (pages.length > 0 || only?.has(name))
      reports.push({ shard: name, folder, pages: pages.length, rebuilt: rebuild && pages.length > 0 });
  }
  try {
    // A few shards at a time: each one's pages go in one by one (Pagefind keeps the order pages
    // are added in, and the bundle's bytes depend on it), so a single shard waits on round trips
    // to Pagefind's service; shards are independent indexes. Pagefind holds a shard's whole index
    // in memory while writing it (≈ 0.3 MB a page), so shards run together only while the pages
    // in flight stay under a bound; largest first.
    const queue = [...toWrite].sort((a, b) => b.pages.length - a.pages.length);
    let inFlight = 0;
    let running = 0;
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const startNext = () => {
        if (failed) return;
        if (queue.length === 0 && running === 0) return resolve();
        while (
          queue.length > 0 &&
          running < SHARDS_AT_ONCE &&
          (running === 0 || inFlight + queue[0]!.pages.length <= PAGES_IN_FLIGHT)
        ) {
          const { shard, pages } = queue.shift()!;
          running++;
          inFlight += pages.length;
          writeShard(dist, shard, pages).then(
            () => {
              running--;
              inFlight -= pages.length;
              startNext();
            },
            (error: unknown) => {
              failed = true;
              reject(error);
            },
          );
        }
      };
      startNext();
    });
  } finally {
    await pagefind.close();
  }
  removeStrays(
    dist,
    new Set(
      allShards(counts)
        .filter((shard) => pagesByShard.has(shardName(shard)))
        .map(shardFolder),
    ),
  );

  const listFile = path.join(dist, SEARCH_SHARDS_FILE);
  mkdirSync(path.dirname(listFile), { recursive: true });
  // A new file, not written through: the site may be assembled from hard links to the published one.
  rmSync(listFile, { force: true });
  const existing = allShards(counts).filter((shard) => pagesByShard.has(shardName(shard)));
  writeFileSync(listFile, `${JSON.stringify(shardList(existing))}\n`);
  return reports;
}
