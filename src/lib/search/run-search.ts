/**
 * One search, from parameters to results grouped by article, independent of the browser: the
 * document lookup and Pagefind are passed in as a backend, so Node tests run the same code on the
 * built index that the search page runs in Chromium.
 */
import { codeKey } from '../documents/document-codes.ts';
import { parseDocumentNumber } from '../documents/document-identity.ts';
import { LANGS, isLang, type Lang } from '../lang.ts';
import type { DocumentShard, ShardPage } from './document-shards.ts';
import { dVariants, parseQuery, type SearchParams } from './search-query.ts';

/** What the search page needs of Pagefind (see pagefind-backend.ts). */
export interface TextHit {
  url: string;
  article: string;
  lang: Lang;
  title: string;
  /** The version's publication date (`YYYY-MM-DD`, the page's `date` meta), null when undated. */
  date: string | null;
  /** Pagefind's excerpt: text with <mark> around matches (see excerptParts). */
  excerpt: string;
  score: number;
}

export interface SearchBackend {
  /** The lookup file of a document number, or null when no article cites it. */
  documentShard(name: string): Promise<DocumentShard | null>;
  /** A further file of a shard's versions (`<name>.<page>.json`, page ≥ 2). */
  documentShardPage(name: string, page: number): Promise<ShardPage | null>;
  /** Pagefind search in all languages (`all`) or in the page's language (`page`). */
  textSearch(term: string, options: { scope: 'all' | 'page'; filters: Record<string, string[]>; limit: number }): Promise<{ hits: TextHit[]; total: number }>;
}

export interface VersionHit {
  lang: Lang;
  title: string;
  /** Publication date `YYYY-MM-DD`, null when undated. */
  date: string | null;
  excerpt: string | null;
}

export interface ArticleHit {
  article: string;
  versions: VersionHit[];
}

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
  headline: string[];
}

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'documents'; documents: DocumentResult[]; articles: ArticleHit[] }
  | { kind: 'text'; articles: ArticleHit[]; /** More matching versions than were loaded. */ more: boolean };

const byLang = (a: VersionHit, b: VersionHit) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang);

function group(hits: { article: string; version: VersionHit }[]): ArticleHit[] {
  const articles = new Map<string, ArticleHit>();
  for (const { article, version } of hits) {
    const entry = articles.get(article) ?? { article, versions: [] };
    if (!entry.versions.some((v) => v.lang === version.lang)) entry.versions.push(version);
    articles.set(article, entry);
  }
  for (const entry of articles.values()) entry.versions.sort(byLang);
  return [...articles.values()];
}

/** Matching versions shown (and their fragments downloaded) at first; "more" adds as many again. */
export const TEXT_RESULTS_PER_PAGE = 10;

export async function runSearch(params: SearchParams, backend: SearchBackend, { limit = TEXT_RESULTS_PER_PAGE } = {}): Promise<SearchOutcome> {
  const query = parseQuery(params.q);
  if (query.kind === 'empty') return { kind: 'empty' };

  if (query.kind === 'documents') {
    const documents: DocumentResult[] = [];
    const hits: { article: string; version: VersionHit }[] = [];
    for (const doc of query.documents) {
      const shard = await backend.documentShard(doc.shard);
      const entries = shard && shard.key === doc.key ? shard.entries.map((e) => ({ ...e, versions: [...e.versions] })) : [];
      // Filters and "all" need every citing version: fetch the further files of a large shard.
      if (shard && entries.length > 0 && (params.all || params.lang || params.province)) {
        const pages = await Promise.all(Array.from({ length: shard.more ?? 0 }, (_, k) => backend.documentShardPage(doc.shard, k + 2)));
        for (const page of pages) for (const { e, ...v } of page?.versions ?? []) entries[e]?.versions.push(v);
      }
      const total = entries.reduce((n, e) => n + (e.total ?? e.versions.length), 0);
      const loaded = entries.reduce((n, e) => n + e.versions.length, 0);
      const headline = [...new Set(entries.flatMap((e) => e.headline ?? []))];
      documents.push({ number: doc.number, ids: entries.map((e) => ({ id: e.id, province: e.province })), total, loaded, headline });
      const type = parseDocumentNumber(doc.number)?.type ?? null;
      if (params.type && (type === null || codeKey(type) !== codeKey(params.type))) continue;
      for (const entry of entries) {
        for (const v of entry.versions) {
          if (params.lang && v.l !== params.lang) continue;
          if (params.province && v.p !== params.province && v.pn !== params.province) continue;
          hits.push({ article: v.a, version: { lang: v.l, title: v.t, date: v.d ?? null, excerpt: null } });
        }
      }
    }
    return { kind: 'documents', documents, articles: group(hits) };
  }

  const filters: Record<string, string[]> = {};
  if (params.lang) filters.lang = [params.lang];
  if (params.province) filters.province = [params.province];
  if (params.type) filters.type = [params.type];
  const variants = dVariants(query.text);
  const results = await Promise.all(variants.map((term) => backend.textSearch(term, { scope: params.scope, filters, limit })));
  // Merge the spellings' hits: one per URL, best score first, stable on URL.
  const best = new Map<string, TextHit>();
  for (const hit of results.flatMap((r) => r.hits)) {
    const known = best.get(hit.url);
    if (!known || hit.score > known.score) best.set(hit.url, hit);
  }
  const ordered = [...best.values()].sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : 1));
  return {
    kind: 'text',
    more: results.some((r) => r.total > limit),
    articles: group(
      ordered.filter((h) => isLang(h.lang)).map((h) => ({ article: h.article, version: { lang: h.lang, title: h.title, date: h.date, excerpt: h.excerpt } })),
    ),
  };
}

/**
 * Pagefind's excerpt as plain parts: text, and matched text inside <mark>. Any other markup is
 * dropped and entities decoded, so the page renders it with textContent — never as HTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? '';
  });
}
