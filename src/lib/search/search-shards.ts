/**
 * How the Pagefind full-text indexes are split into shards, shared by the build (which writes
 * them) and the search page (which loads them). One whole-site index does not scale: at 50,000
 * article versions Pagefind's writer needs many GB for the all-languages index, and any update
 * re-indexes everything. But every shard also costs every word search one more index chunk
 * (Pagefind writes ≈ 25 KB chunks whatever the shard's size: at 10,000 versions, 8 shards made a
 * cold word search 411 KB instead of 216 KB), and every shard an update touches is re-indexed
 * whole (Pagefind writes ≈ 2.3 ms a page). So the site has one bucket per SHARD_PAGES article
 * versions, at most MAX_BUCKETS, the same count n in every scope (all languages; each language),
 * and every article goes to a bucket by a hash of its id:
 *   all/<n>-<b>     → /pagefind-all/<n>-<b>/      every language, unstemmed (the default search);
 *   <lang>/<n>-<b>  → /pagefind/<lang>/<n>-<b>/   one language, stemmed ("this language only").
 * n is part of the name: when the archive grows past a multiple of SHARD_PAGES, articles move to
 * new buckets, and the new shards are all built.
 * All versions of an article share the bucket, so an updated article touches one shard per
 * scope. A shard exists only if it has pages; /search/shards.json lists them, and the search
 * page loads the first shard of its scope and merges the others into it (Pagefind's mergeIndex).
 *
 * Imported by browser code: no node: modules here.
 */
import { LANGS, isLang, type Lang } from '../lang.ts';

/** Article versions per bucket (all-languages shard size; a language's shards are smaller). */
export const SHARD_PAGES = 2500;
/** Buckets a site has at most: a word search loads one index chunk per shard of its scope. */
export const MAX_BUCKETS = 8;
/** Buckets a name may carry (a bound for names read from files and URLs). */
export const MAX_SHARDS = 64;

/** Site path of the list of existing shards. */
export const SEARCH_SHARDS_FILE = '/search/shards.json';
export const SEARCH_SHARDS_FORMAT = 'song-song/search-shards@2';

/** Contents of /search/shards.json: the existing shards of each scope (`<n>-<b>`), in bucket order. */
export interface SearchShardList {
  format: typeof SEARCH_SHARDS_FORMAT;
  all: string[];
  /** Every language, in alphabetical order of its code; an empty list for a language without pages. */
  lang: Record<Lang, string[]>;
}

/** A shard's scope: all languages in one unstemmed index, or one language. */
export type ShardScope = 'all' | Lang;

export interface SearchShard {
  scope: ShardScope;
  /** Buckets of the scope. */
  count: number;
  bucket: number;
}

/** Buckets of each scope for a site with these article pages. */
export type ShardCounts = Record<ShardScope, number>;

/** Buckets for a site of `pages` article versions. */
export function shardCountFor(pages: number, pagesPerShard: number = SHARD_PAGES): number {
  return Math.min(MAX_BUCKETS, Math.max(1, Math.ceil(pages / pagesPerShard)));
}

/** Buckets of every scope for a site's article pages: the same count for all. */
export function shardCounts(pages: readonly { lang: Lang }[], pagesPerShard: number = SHARD_PAGES): ShardCounts {
  const count = shardCountFor(pages.length, pagesPerShard);
  return Object.fromEntries((['all', ...LANGS] as const).map((scope) => [scope, count])) as ShardCounts;
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

/** `all/2-1`, `en/1-0`. */
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
  if (!label || (scope !== 'all' && !isLang(scope))) return null;
  return { scope, ...label };
}

/** The shards an article version page is indexed in: `['all/2-1', 'en/1-0']`. */
export function articlePageShards({ lang, article }: { lang: Lang; article: string }, counts: ShardCounts): string[] {
  return (['all', lang] as const).map((scope) => shardName({ scope, count: counts[scope], bucket: searchShardOf(article, counts[scope]) }));
}

/** A shard's bundle folder relative to the site root, without slashes around: `pagefind-all/2-1`, `pagefind/en/1-0`. */
export function shardFolder({ scope, count, bucket }: SearchShard): string {
  return scope === 'all' ? `pagefind-all/${count}-${bucket}` : `pagefind/${scope}/${count}-${bucket}`;
}

/** A shard's bundle as a site path, as Pagefind's basePath wants it: `/pagefind-all/2-1/`. */
export function shardPath(shard: SearchShard): string {
  return `/${shardFolder(shard)}/`;
}

/** The bundles of a scope that exist, in bucket order (the first is loaded, the rest merged). */
export function scopeShardPaths(list: SearchShardList, scope: ShardScope): string[] {
  const labels = scope === 'all' ? list.all : list.lang[scope];
  return (labels ?? []).map((label) => shardPath({ scope, ...parseLabel(label)! }));
}

/** The shard list for a set of existing shards, sorted, so equal sets give equal files. */
export function shardList(shards: Iterable<SearchShard>): SearchShardList {
  const byScope = new Map<ShardScope, SearchShard[]>([['all', []], ...LANGS.map((lang) => [lang, []] as [Lang, SearchShard[]])]);
  for (const shard of shards) byScope.get(shard.scope)!.push(shard);
  const labels = (scope: ShardScope) =>
    byScope
      .get(scope)!
      .sort((a, b) => a.count - b.count || a.bucket - b.bucket)
      .map((s) => `${s.count}-${s.bucket}`)
      .filter((label, i, all) => all.indexOf(label) === i);
  return {
    format: SEARCH_SHARDS_FORMAT,
    all: labels('all'),
    lang: Object.fromEntries([...LANGS].sort().map((lang) => [lang, labels(lang)])) as Record<Lang, string[]>,
  };
}

/** A fetched shards.json, checked; null when it is missing or not this format. */
export function readShardList(value: unknown): SearchShardList | null {
  if (typeof value !== 'object' || value === null) return null;
  const list = value as Partial<SearchShardList>;
  if (list.format !== SEARCH_SHARDS_FORMAT || !Array.isArray(list.all) || typeof list.lang !== 'object' || list.lang === null) return null;
  const labels = (v: unknown) => Array.isArray(v) && v.every((label) => typeof label === 'string' && parseLabel(label) !== null);
  if (!labels(list.all) || !LANGS.every((lang) => list.lang![lang] === undefined || labels(list.lang![lang]))) return null;
  return list as SearchShardList;
}
