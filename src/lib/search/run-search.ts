/**
 * One search, from parameters to results grouped by article, independent of the browser: the
 * document lookup and Pagefind are passed in as a backend, so Node tests run the same code on the
 * built index that the search page runs in Chromium.
 */
import { codeKey } from '../documents/document-codes.ts';
import { parseDocumentNumber } from '../documents/document-identity.ts';
import { LANGS, type Lang } from '../lang.ts';
import type { DocumentShard, ShardPage } from './document-shards.ts';
import type { Suggestion } from './document-suggestions.ts';
import type { TextMatch } from './match-text.ts';
import type { PlaceIndex, PlaceMatch } from './place-query.ts';
import { documentQuery, parseQuery, type DocumentQuery, type SearchParams } from './search-query.ts';
import type { TextIndex, TextResult } from './text-search.ts';

/**
 * Word search's code (stemmers, verdicts, places, suggestions) is loaded when a query needs it, so a
 * document-number search downloads none of it.
 */
const wordSearch = () =>
  Promise.all([import('./text-search.ts'), import('./place-query.ts'), import('./document-suggestions.ts')]).then(
    ([text, place, suggestions]) => ({ ...text, ...place, ...suggestions }),
  );

export interface SearchBackend {
  /** The lookup file of a document number, or null when no article cites it. */
  documentShard(name: string): Promise<DocumentShard | null>;
  /** A further file of a shard's versions (`<name>.<page>.json`, page ≥ 2). */
  documentShardPage(name: string, page: number): Promise<ShardPage | null>;
  /** The all-languages word index (text-search.ts). */
  textIndex: TextIndex;
  /** A JSON file of the site (`/search/numbers/18.json`), null when it does not exist. */
  siteJson(path: string): Promise<unknown>;
}

export interface VersionHit {
  lang: Lang;
  title: string;
  /** Publication date `YYYY-MM-DD`, null when undated. */
  date: string | null;
  /** The passage that matched, matched words marked; null for document results. */
  excerpt: TextMatch['excerpt'] | null;
}

export interface ArticleHit {
  article: string;
  /** Current province and the province as named then, when known. */
  province: string | null;
  named: string | null;
  /** The outlet (outlets.tsv name), when known. */
  outlet: string | null;
  versions: VersionHit[];
}

type GroupedHit = {
  article: string;
  province?: string | null;
  named?: string | null;
  outlet?: string | null;
  version: VersionHit;
};

export interface DocumentResult {
  number: string;
  /** Document page ids found (one per province for a local number); empty when nobody cites it. */
  ids: { id: string; province: string | null }[];
  /** Citing versions in all, and how many of them this outcome holds (fewer until all are asked for). */
  total: number;
  loaded: number;
  /**
   * Articles whose original's headline names the document. A document with page ids, headline
   * articles and total 0 is named only in headlines: it has a page but no citing version.
   */
  headlineArticles: string[];
}

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'documents'; documents: DocumentResult[]; articles: ArticleHit[] }
  | {
      kind: 'text';
      /** Documents the portal knows that a type word and number name (`Nghị quyết 18`), shown above the text hits. */
      suggestions: (Suggestion & {
        /** Type and issuer named in the page's language. */ labels: { type: string | null; issuer: string | null };
      })[];
      /**
       * The place the whole query names (`Hòa Bình`, `Хоабинь`, `Phú Quốc`), shown first; its articles lead the hits.
       */
      place: PlaceMatch | null;
      articles: ArticleHit[];
      /** More matching versions than were loaded. */
      more: boolean;
    };

const byLang = (a: VersionHit, b: VersionHit) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang);

function group(hits: GroupedHit[]): ArticleHit[] {
  const articles = new Map<string, ArticleHit>();
  for (const { article, version, ...about } of hits) {
    const entry = articles.get(article) ?? {
      article,
      province: about.province ?? null,
      named: about.named ?? null,
      outlet: about.outlet ?? null,
      versions: [],
    };
    if (!entry.versions.some((v) => v.lang === version.lang)) entry.versions.push(version);
    articles.set(article, entry);
  }
  for (const entry of articles.values()) entry.versions.sort(byLang);
  return [...articles.values()];
}

/** Matching versions shown (and their fragments downloaded) at first; "more" adds as many again. */
export const TEXT_RESULTS_PER_PAGE = 10;

export async function runSearch(
  params: SearchParams,
  backend: SearchBackend,
  { limit = TEXT_RESULTS_PER_PAGE, pageLang = 'en' as Lang } = {},
): Promise<SearchOutcome> {
  const query = parseQuery(params.q);
  if (query.kind === 'empty') return { kind: 'empty' };

  if (query.kind === 'documents') {
    const { documents, hits } = await documentHits(query.documents, params, params.lang, backend);
    return { kind: 'documents', documents, articles: group(hits) };
  }

  const filters: Record<string, string[]> = {};
  // "This language only" is the page's language as a filter on the one all-languages index.
  const lang = params.lang ?? (params.scope === 'page' ? pageLang : null);
  if (lang) filters.lang = [lang];
  if (params.province) filters.province = [params.province];
  if (params.type) filters.type = [params.type];
  // The index loads while the code and the place list arrive.
  backend.textIndex.warm?.();
  const { lookupDocumentSuggestions, searchText, suggestionLabels } = await wordSearch();
  const place = await findPlace(query.text, backend);
  if (place)
    return { kind: 'text', suggestions: [], place, ...(await placeHits(place, query.text, filters, limit, backend)) };
  const [suggested, { results, more }] = await Promise.all([
    lookupDocumentSuggestions(query.text, (path) => backend.siteJson(path)),
    searchText(backend.textIndex, query.text, { filters, limit }),
  ]);
  // A number alone (`2025`) is too often not a document number to suggest documents for.
  const suggestions = (suggested && suggested.hint.types.length > 0 ? suggested.suggestions : []).map((s) => ({
    ...s,
    labels: suggestionLabels(s, pageLang),
  }));
  // The articles citing the documents suggested come first, then the text hits.
  const cited = await documentHits(
    suggestions.slice(0, MAX_SUGGESTED_DOCUMENTS).map((s) => documentQuery(s.number)),
    params,
    lang,
    backend,
  );
  return { kind: 'text', suggestions, place: null, more, articles: group([...cited.hits, ...results.map(textHit)]) };
}

const textHit = (r: TextResult): GroupedHit => ({
  article: r.article,
  province: r.province,
  named: r.named,
  outlet: r.outlet,
  version: { lang: r.lang, title: r.title, date: r.date, excerpt: r.excerpt },
});

/** Site path of the place index (search/place-query.ts). */
export const PLACES_FILE = '/search/places.json';
/** Words a place name has at most, with a type word (`thành phố Phan Rang - Tháp Chàm`). */
const MAX_PLACE_WORDS = 7;

/** The place the whole query names; the place index is fetched only for queries that could be one. */
async function findPlace(text: string, backend: SearchBackend): Promise<PlaceMatch | null> {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > MAX_PLACE_WORDS || /\d/.test(text)) return null;
  const [{ matchPlaceQuery, PLACE_INDEX_FORMAT }, index] = await Promise.all([
    wordSearch(),
    backend.siteJson(PLACES_FILE) as Promise<PlaceIndex | null>,
  ]);
  return index?.format === PLACE_INDEX_FORMAT ? matchPlaceQuery(text, index) : null;
}

/**
 * A place's results: the articles filed under it (a province, as named then or since 2025), then
 * the articles whose text names it — in any of its spellings in the page's language, and only as a
 * whole name (`Thanh Hóa` is not `Quan Thanh … Quy Hoa`).
 */
async function placeHits(
  place: PlaceMatch,
  text: string,
  filters: Record<string, string[]>,
  limit: number,
  backend: SearchBackend,
): Promise<{ articles: ArticleHit[]; more: boolean }> {
  const { listPages, placeSpellings, searchText } = await wordSearch();
  const filedUnder = place.kind === 'district' ? null : place.names.vi;
  const alternatives = (lang: Lang) => placeSpellings(place, lang);
  const filed =
    filedUnder && !filters.province
      ? await listPages(backend.textIndex, {
          filters: { ...filters, province: [filedUnder] },
          limit,
          excerptOf: { text, alternatives },
        })
      : { results: [], more: false };
  const named = await searchText(backend.textIndex, text, {
    filters,
    limit,
    phraseOnly: true,
    alternatives,
    alternativeWords: LANGS.flatMap((lang) => placeSpellings(place, lang).flat()),
    skip: new Set(filed.results.map((r) => r.url)),
  });
  return { articles: group([...filed.results, ...named.results].map(textHit)), more: filed.more || named.more };
}

/** Suggested documents whose citing articles are listed above the text hits. */
const MAX_SUGGESTED_DOCUMENTS = 3;

/** The lookup files of document numbers: what each is, and its citing versions that the filters let through. */
async function documentHits(
  queries: DocumentQuery[],
  params: SearchParams,
  lang: Lang | null,
  backend: SearchBackend,
): Promise<{ documents: DocumentResult[]; hits: GroupedHit[] }> {
  const documents: DocumentResult[] = [];
  const hits: GroupedHit[] = [];
  for (const doc of queries) {
    const shard = await backend.documentShard(doc.shard);
    const entries =
      shard && shard.key === doc.key ? shard.entries.map((e) => ({ ...e, versions: [...e.versions] })) : [];
    // Filters and "all" need every citing version: fetch the further files of a large shard.
    if (shard && entries.length > 0 && (params.all || lang || params.province)) {
      const pages = await Promise.all(
        Array.from({ length: shard.more ?? 0 }, (_, k) => backend.documentShardPage(doc.shard, k + 2)),
      );
      for (const page of pages) for (const { entry, ...v } of page?.versions ?? []) entries[entry]?.versions.push(v);
    }
    const total = entries.reduce((n, e) => n + (e.total ?? e.versions.length), 0);
    const loaded = entries.reduce((n, e) => n + e.versions.length, 0);
    const headlineArticles = [...new Set(entries.flatMap((e) => e.headlineArticles ?? []))];
    documents.push({
      number: doc.number,
      ids: entries.map((e) => ({ id: e.id, province: e.province })),
      total,
      loaded,
      headlineArticles,
    });
    const type = parseDocumentNumber(doc.number)?.type ?? null;
    if (params.type && (type === null || codeKey(type) !== codeKey(params.type))) continue;
    for (const entry of entries) {
      for (const v of entry.versions) {
        if (lang && v.lang !== lang) continue;
        if (params.province && v.province?.current !== params.province && v.province?.named !== params.province)
          continue;
        const province = v.province?.current ?? null;
        const named = v.province?.named ?? null;
        hits.push({
          article: v.article,
          province,
          named,
          outlet: v.outlet ?? null,
          version: { lang: v.lang, title: v.title, date: v.published ?? null, excerpt: null },
        });
      }
    }
  }
  return { documents, hits };
}
