/**
 * How the Pagefind full-text indexes are split into shards, shared by the build (which writes
 * them) and the search page (which loads them). One whole-site index does not scale: at 50,000
 * article versions Pagefind's writer needs many GB for the all-languages index, and any update
 * re-indexes everything. So every article goes to one of SEARCH_SHARD_COUNT buckets, fixed by a
 * hash of its id, and each bucket is a separate Pagefind bundle:
 *   all/<b>     → /pagefind-all/<b>/      every language, unstemmed (the default search);
 *   <lang>/<b>  → /pagefind/<lang>/<b>/   one language, stemmed ("this language only").
 * All versions of an article share the bucket, so an updated article touches exactly one
 * all-languages shard and one shard per changed language. A shard exists only if it has pages;
 * /search/shards.json lists the existing ones, and the search page loads the first shard of its
 * scope and merges the others into it (Pagefind's mergeIndex).
 *
 * Imported by browser code: no node: modules here.
 */
import { LANGS, isLang, type Lang } from '../lang.ts';

/** Buckets per scope. Changing it moves articles between shards: rebuild every shard. */
export const SEARCH_SHARD_COUNT = 8;

/** Site path of the list of existing shards. */
export const SEARCH_SHARDS_FILE = '/search/shards.json';
export const SEARCH_SHARDS_FORMAT = 'song-song/search-shards@1';

/** Contents of /search/shards.json: existing buckets per scope, ascending. */
export interface SearchShardList {
  format: typeof SEARCH_SHARDS_FORMAT;
  all: number[];
  /** Every language, in alphabetical order of its code; an empty list for a language without pages. */
  lang: Record<Lang, number[]>;
}

/** A shard's scope: all languages in one unstemmed index, or one language. */
export type ShardScope = 'all' | Lang;

export interface SearchShard {
  scope: ShardScope;
  bucket: number;
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

/** The bucket of an article (all its language versions): stable for the article id. */
export function searchShardOf(articleId: string): number {
  return fnv1a32(articleId) % SEARCH_SHARD_COUNT;
}

/** `all/3`, `en/3`. */
export function shardName({ scope, bucket }: SearchShard): string {
  return `${scope}/${bucket}`;
}

/** The shard a name stands for, or null for anything that is not a shard name. */
export function parseShardName(name: string): SearchShard | null {
  const match = /^([a-z]+)\/(\d+)$/.exec(name);
  if (!match) return null;
  const bucket = Number(match[2]);
  const scope = match[1]!;
  if (bucket >= SEARCH_SHARD_COUNT || String(bucket) !== match[2]) return null;
  if (scope !== 'all' && !isLang(scope)) return null;
  return { scope, bucket };
}

/** The shards an article version page is indexed in: `['all/3', 'en/3']`. */
export function articlePageShards({ lang, article }: { lang: Lang; article: string }): string[] {
  const bucket = searchShardOf(article);
  return [shardName({ scope: 'all', bucket }), shardName({ scope: lang, bucket })];
}

/** A shard's bundle folder relative to the site root, without slashes around: `pagefind-all/3`, `pagefind/en/3`. */
export function shardFolder({ scope, bucket }: SearchShard): string {
  return scope === 'all' ? `pagefind-all/${bucket}` : `pagefind/${scope}/${bucket}`;
}

/** A shard's bundle as a site path, as Pagefind's basePath wants it: `/pagefind-all/3/`. */
export function shardPath(shard: SearchShard): string {
  return `/${shardFolder(shard)}/`;
}

/** The bundles of a scope that exist, in bucket order (the first is loaded, the rest merged). */
export function scopeShardPaths(list: SearchShardList, scope: ShardScope): string[] {
  const buckets = scope === 'all' ? list.all : list.lang[scope];
  return (buckets ?? []).map((bucket) => shardPath({ scope, bucket }));
}

/** The shard list for a set of existing shards, sorted, so equal sets give equal files. */
export function shardList(shards: Iterable<SearchShard>): SearchShardList {
  const all = new Set<number>();
  const byLang = new Map<Lang, Set<number>>(LANGS.map((lang) => [lang, new Set()]));
  for (const { scope, bucket } of shards) (scope === 'all' ? all : byLang.get(scope)!).add(bucket);
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  const langs = [...LANGS].sort();
  return {
    format: SEARCH_SHARDS_FORMAT,
    all: sorted(all),
    lang: Object.fromEntries(langs.map((lang) => [lang, sorted(byLang.get(lang)!)])) as Record<Lang, number[]>,
  };
}

/** A fetched shards.json, checked; null when it is missing or not this format. */
export function readShardList(value: unknown): SearchShardList | null {
  if (typeof value !== 'object' || value === null) return null;
  const list = value as Partial<SearchShardList>;
  if (list.format !== SEARCH_SHARDS_FORMAT || !Array.isArray(list.all) || typeof list.lang !== 'object' || list.lang === null) return null;
  const buckets = (v: unknown) => Array.isArray(v) && v.every((b) => Number.isInteger(b) && b >= 0 && b < SEARCH_SHARD_COUNT);
  if (!buckets(list.all) || !LANGS.every((lang) => list.lang![lang] === undefined || buckets(list.lang![lang]))) return null;
  return list as SearchShardList;
}
