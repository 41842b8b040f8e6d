/**
 * The document-number lookup behind search: one small JSON file per document number (all its
 * spellings share the file), listing every article version that cites it. A query that is a
 * document number fetches exactly one of these (a few hundred bytes) instead of the full-text
 * index, and a number no article cites is simply a missing file — no prefix neighbours, no
 * `177` matching `1770-KL/TW`.
 *
 * A local number (`02-KH/TU`) is reused by every province, so its file holds one entry per
 * province; a central one has a single entry.
 *
 * Every document the portal has a page for gets its file, including one that no version cites
 * but an original's headline names (`178-KL/TW` in a URL slug): its entry has no versions and
 * lists the headline's articles, so search leads to the document page instead of "no article
 * cites it".
 *
 * A much-cited number (thousands of versions in a large archive) would make that file large, so
 * the first file holds only the first FIRST_FILE_VERSIONS citing versions (with each entry's
 * total), and the rest follow in files `<name>.2.json`, `<name>.3.json`… of LATER_FILE_VERSIONS
 * each, fetched only when the reader asks for all results or filters them.
 */
import { documentKey } from '../documents/document-identity.ts';
import type { Lang } from '../lang.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { slugify } from '../text/normalize.ts';

export interface ShardVersion {
  /** Article id. */
  a: string;
  /** Version language. */
  l: Lang;
  /** Version title. */
  t: string;
  /** Version publication date (`YYYY-MM-DD`), only when dated. */
  d?: string;
  /** The outlet (outlets.tsv name), only when known. */
  o?: string;
}

export interface ShardEntry {
  /** Document page id (`204-qd-tw`, `02-kh-tu-phu-tho`). */
  id: string;
  number: string;
  /** Province of a local document; null for a central one. */
  province: string | null;
  /** Current province of the article (for filtering), per article id. */
  versions: (ShardVersion & { p: string | null; pn: string | null })[];
  /** How many versions cite it in all (the first file may hold only some). */
  total?: number;
  /** Articles whose original's headline names the document (only when some do). */
  headline?: string[];
}

export interface DocumentShard {
  /** The key every spelling of the number folds to (`204-QD/TW`). */
  key: string;
  entries: ShardEntry[];
  /** Further files of versions (`<name>.2.json` …); 0 when this file holds them all. */
  more?: number;
}

/** A further file of a shard: versions, each with the index of its entry in the first file. */
export interface ShardPage {
  key: string;
  versions: (ShardEntry['versions'][number] & { e: number })[];
}

export const FIRST_FILE_VERSIONS = 25;
export const LATER_FILE_VERSIONS = 400;

/** The files of one shard: the first (name) and the further pages (`name.2` …). */
export function shardFiles(name: string, shard: DocumentShard): [string, DocumentShard | ShardPage][] {
  const all = shard.entries.flatMap((entry, e) => entry.versions.map((v) => ({ ...v, e })));
  const first: DocumentShard = {
    key: shard.key,
    entries: shard.entries.map((entry, e) => ({ ...entry, total: entry.versions.length, versions: all.slice(0, FIRST_FILE_VERSIONS).filter((v) => v.e === e).map(({ e: _, ...v }) => v) })),
    more: Math.ceil(Math.max(0, all.length - FIRST_FILE_VERSIONS) / LATER_FILE_VERSIONS),
  };
  const files: [string, DocumentShard | ShardPage][] = [[name, first]];
  for (let k = 0; k < first.more!; k++) {
    const start = FIRST_FILE_VERSIONS + k * LATER_FILE_VERSIONS;
    files.push([`${name}.${k + 2}`, { key: shard.key, versions: all.slice(start, start + LATER_FILE_VERSIONS) }]);
  }
  return files;
}

/** File name (without `.json`) of the shard for a document number, in any spelling. */
export function shardName(number: string): string {
  return slugify(documentKey(number));
}

export function buildDocumentShards(corpus: CorpusIndex): Map<string, DocumentShard> {
  const shards = new Map<string, DocumentShard>();
  for (const doc of corpus.documents) {
    const name = shardName(doc.number);
    const shard = shards.get(name) ?? { key: documentKey(doc.number), entries: [] };
    shard.entries.push({
      id: doc.id,
      number: doc.number,
      province: doc.province,
      versions: doc.citations.map((c) => {
        const article = corpus.article(c.article);
        const province = article?.province ?? null;
        const outlet = article?.source?.outlet ?? null;
        return { a: c.article, l: c.lang, t: c.title, ...(c.published ? { d: c.published } : {}), ...(outlet ? { o: outlet } : {}), p: province?.current ?? null, pn: province?.named ?? null };
      }),
      ...(doc.headlineOf.length > 0 ? { headline: [...doc.headlineOf] } : {}),
    });
    shards.set(name, shard);
  }
  for (const shard of shards.values()) shard.entries.sort((a, b) => (a.province ?? '').localeCompare(b.province ?? '', 'vi'));
  return shards;
}
