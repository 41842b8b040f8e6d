/**
 * How the Pagefind full-text index is split into shards, shared by the build (which writes them)
 * and the search page (which loads them). The site has one index, of every language, unstemmed
 * (word forms are the search's own work: word-forms.ts, text-search.ts), and "this language only"
 * is a `lang` filter on it. One whole-site index does not scale: at 50,000 article versions
 * Pagefind's writer needs many GB for it, and any update re-indexes everything. But every shard
 * also costs every word search one more index chunk (Pagefind writes ≈ 25 KB chunks whatever the
 * shard's size: at 10,000 versions, 8 shards made a cold word search 411 KB instead of 216 KB),
 * and every shard an update touches is re-indexed whole (Pagefind writes ≈ 2.3 ms a page). So the
 * site has one bucket per SHARD_PAGES article versions, at most MAX_BUCKETS, and every article
 * goes to a bucket by a hash of its id:
 *   all/<n>-<b>  →  /pagefind-all/<n>-<b>/   every language, unstemmed.
 * n is part of the name: when the archive grows past a multiple of SHARD_PAGES, articles move to
 * new buckets, and the new shards are all built.
 * All versions of an article share the bucket, so an updated article touches one shard. A shard
 * exists only if it has pages; /search/shards.json lists them, and the search page loads the
 * first shard and merges the others into it (Pagefind's mergeIndex).
 * (Until 2026-11-30 each language also had stemmed shards, /pagefind/<lang>/<n>-<b>/, listed by
 * format @2; the build deletes them from an older site.)
 *
 * Imported by browser code: no node: modules here.
 */
/** Article versions per bucket. */
export const SHARD_PAGES = 2500;
/** Buckets a site has at most: a word search loads one index chunk per shard. */
export const MAX_BUCKETS = 8;
/** Buckets a name may carry (a bound for names read from files and URLs). */
export const MAX_SHARDS = 64;

/** Site path of the list of existing shards. */
export const SEARCH_SHARDS_FILE = '/search/shards.json';
export const SEARCH_SHARDS_FORMAT = 'song-song/search-shards@3';

/** Contents of /search/shards.json: the existing shards (`<n>-<b>`), in bucket order. */
export interface SearchShardList {
  format: typeof SEARCH_SHARDS_FORMAT;
  all: string[];
}

/** A shard's scope: the one all-languages index (the name keeps the scope: `all/<n>-<b>`). */
export type ShardScope = 'all';

export interface SearchShard {
  scope: ShardScope;
  /** Buckets of the scope. */
  count: number;
  bucket: number;
}

/** Buckets of the index for a site's article pages: `{ all: n }`. */
export type ShardCounts = Record<ShardScope, number>;

/** Buckets for a site of `pages` article versions. */
export function shardCountFor(pages: number, pagesPerShard: number = SHARD_PAGES): number {
  return Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(pages / pagesPerShard)));
}

/** Buckets for a site's article pages. */
export function shardCounts(pages: readonly unknown[], pagesPerShard: number = SHARD_PAGES): ShardCounts {
  return { all: shardCountFor(pages.length, pagesPerShard) };
}

/**
 * FNV-1a, 32 bits, over the UTF-8 bytes of `text` (offset basis 2166136261, prime 16777619).
 * Tiny, pure and the same in Node and browsers; spreads short ids well enough for bucketing.
 * Not a cryptographic hash, and nothing depends on it being one.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The bucket of an article (all its language versions) among `count`: stable for the article id. */
export function searchShardOf(articleId: string, count: number): number {
  return fnv1a32(articleId) % count;
}

/** `all/2-1`. */
export function shardName({ scope, count, bucket }: SearchShard): string {
  return `${scope}/${count}-${bucket}`;
}

const LABEL = /^([1-9]\d*)-(0|[1-9]\d*)$/;

function parseLabel(label: string): { count: number; bucket: number } | null {
  const match = LABEL.exec(label);
  if (!match) return null;
  const count = Number(match[1]);
  const bucket = Number(match[2]);
  return count <= MAX_SHARDS && bucket < count ? { count, bucket } : null;
}

/** The shard a name stands for, or null for anything that is not a shard name. */
export function parseShardName(name: string): SearchShard | null {
  const slash = name.indexOf('/');
  const scope = name.slice(0, slash);
  const label = slash > 0 ? parseLabel(name.slice(slash + 1)) : null;
  if (!label || scope !== 'all') return null;
  return { scope, ...label };
}

/** The shards an article version page is indexed in: `['all/2-1']` (all versions of an article share it). */
export function articlePageShards({ article }: { article: string }, counts: ShardCounts): string[] {
  return [shardName({ scope: 'all', count: counts.all, bucket: searchShardOf(article, counts.all) })];
}

/** A shard's bundle folder relative to the site root, without slashes around: `pagefind-all/2-1`. */
export function shardFolder({ count, bucket }: SearchShard): string {
  return `pagefind-all/${count}-${bucket}`;
}

/** A shard's bundle as a site path, as Pagefind's basePath wants it: `/pagefind-all/2-1/`. */
export function shardPath(shard: SearchShard): string {
  return `/${shardFolder(shard)}/`;
}

/** The bundles of a scope that exist, in bucket order (the first is loaded, the rest merged). */
export function scopeShardPaths(list: SearchShardList, scope: ShardScope): string[] {
  return list[scope].map((label) => shardPath({ scope, ...parseLabel(label)! }));
}

/** The shard list for a set of existing shards, sorted, so equal sets give equal files. */
export function shardList(shards: Iterable<SearchShard>): SearchShardList {
  const labels = [...shards]
    .sort((a, b) => a.count - b.count || a.bucket - b.bucket)
    .map((s) => `${s.count}-${s.bucket}`)
    .filter((label, i, all) => all.indexOf(label) === i);
  return { format: SEARCH_SHARDS_FORMAT, all: labels };
}

/** A fetched shards.json, checked; null when it is missing or not this format (an older site's @2 included). */
export function readShardList(value: unknown): SearchShardList | null {
  if (typeof value !== 'object' || value === null) return null;
  const list = value as Partial<SearchShardList>;
  if (list.format !== SEARCH_SHARDS_FORMAT || !Array.isArray(list.all)) return null;
  if (!list.all.every((label: unknown) => typeof label === 'string' && parseLabel(label) !== null)) return null;
  return { format: list.format, all: list.all };
}
