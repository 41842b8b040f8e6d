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
 * Every key says what it holds, in the corpus index's and the open data's words (`article`,
 * `lang`, `title`, `published`, `outlet`, `province: { named, current }`, `headlineArticles`);
 * the files carry DOCUMENT_LOOKUP_FORMAT, so a reader never misreads an older site's files.
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

/** The format of the lookup files: changes whenever a reader of the old one would misread them. */
export const DOCUMENT_LOOKUP_FORMAT = 'song-song/document-lookup@2';

/** One citing version; the names are those of the corpus index and /data/articles.json. */
export interface ShardVersion {
  /** Article id. */
  article: string;
  /** Version language. */
  lang: Lang;
  /** Version title. */
  title: string;
  /** Version publication date (`YYYY-MM-DD`), only when dated. */
  published?: string;
  /** The outlet (outlets.tsv name), only when known. */
  outlet?: string;
  /** The article's province as named then and since 2025 (for filtering), null when unknown. */
  province: { named: string; current: string } | null;
}

export interface ShardEntry {
  /** Document page id (`204-qd-tw`, `02-kh-tu-phu-tho`). */
  id: string;
  number: string;
  /** Province of a local document; null for a central one. */
  province: string | null;
  versions: ShardVersion[];
  /** How many versions cite it in all (the first file may hold only some). */
  total?: number;
  /** Articles whose original's headline names the document (only when some do). */
  headlineArticles?: string[];
}

export interface DocumentShard {
  format: typeof DOCUMENT_LOOKUP_FORMAT;
  /** The key every spelling of the number folds to (`204-QD/TW`). */
  key: string;
  entries: ShardEntry[];
  /** Further files of versions (`<name>.2.json` …); 0 when this file holds them all. */
  more?: number;
}

/** A further file of a shard: versions, each with the index of its entry in the first file. */
export interface ShardPage {
  format: typeof DOCUMENT_LOOKUP_FORMAT;
  key: string;
  versions: (ShardVersion & { entry: number })[];
}

/** A fetched lookup file: null when missing (404); an error when it is not this format (an older site's). */
export function readDocumentLookup<T extends DocumentShard | ShardPage>(value: unknown, path: string): T | null {
  if (value === null) return null;
  if (typeof value !== 'object' || (value as { format?: unknown }).format !== DOCUMENT_LOOKUP_FORMAT) {
    throw new Error(`${path} is not a document lookup file of format ${DOCUMENT_LOOKUP_FORMAT}`);
  }
  return value as T;
}

export const FIRST_FILE_VERSIONS = 25;
export const LATER_FILE_VERSIONS = 400;

/** The files of one shard: the first (name) and the further pages (`name.2` …). */
export function shardFiles(name: string, shard: DocumentShard): [string, DocumentShard | ShardPage][] {
  const all = shard.entries.flatMap((entry, e) => entry.versions.map((v) => ({ ...v, entry: e })));
  const first: DocumentShard = {
    format: DOCUMENT_LOOKUP_FORMAT,
    key: shard.key,
    entries: shard.entries.map((entry, e) => ({
      ...entry,
      total: entry.versions.length,
      versions: all
        .slice(0, FIRST_FILE_VERSIONS)
        .filter((v) => v.entry === e)
        .map(({ entry: _, ...v }) => v),
    })),
    more: Math.ceil(Math.max(0, all.length - FIRST_FILE_VERSIONS) / LATER_FILE_VERSIONS),
  };
  const files: [string, DocumentShard | ShardPage][] = [[name, first]];
  for (let k = 0; k < first.more!; k++) {
    const start = FIRST_FILE_VERSIONS + k * LATER_FILE_VERSIONS;
    files.push([
      `${name}.${k + 2}`,
      { format: DOCUMENT_LOOKUP_FORMAT, key: shard.key, versions: all.slice(start, start + LATER_FILE_VERSIONS) },
    ]);
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
    const shard: DocumentShard = shards.get(name) ?? {
      format: DOCUMENT_LOOKUP_FORMAT,
      key: documentKey(doc.number),
      entries: [],
    };
    shard.entries.push({
      id: doc.id,
      number: doc.number,
      province: doc.province,
      versions: doc.citations.map((c) => {
        const article = corpus.article(c.article);
        const province = article?.province ?? null;
        const outlet = article?.source?.outlet ?? null;
        return {
          article: c.article,
          lang: c.lang,
          title: c.title,
          ...(c.published ? { published: c.published } : {}),
          ...(outlet ? { outlet } : {}),
          province: province ? { named: province.named, current: province.current } : null,
        };
      }),
      ...(doc.headlineArticles.length > 0 ? { headlineArticles: [...doc.headlineArticles] } : {}),
    });
    shards.set(name, shard);
  }
  for (const shard of shards.values())
    shard.entries.sort((a, b) => (a.province ?? '').localeCompare(b.province ?? '', 'vi'));
  return shards;
}
