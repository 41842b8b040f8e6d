/**
 * The search backend over real files: document lookup files under /search/documents/ and the two
 * Pagefind bundles. How a file is fetched and how Pagefind is loaded is passed in, so the browser
 * (fetch, dynamic import) and Node tests (files from dist/) share this code.
 */
import { isLang } from '../lang.ts';
import type { DocumentShard, ShardPage } from './document-shards.ts';
import type { SearchBackend, TextHit } from './run-search.ts';

/** The part of Pagefind's JavaScript API that search uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options: { filters?: Record<string, string[]> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] } | null>;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface BackendIo {
  /** Parsed JSON at a site path, or null when the file does not exist (404). */
  fetchJson(path: string): Promise<unknown>;
  /** Pagefind's API from the bundle at a site path (`/pagefind-all/`). */
  loadPagefind(bundlePath: string): Promise<PagefindApi>;
}

export const BUNDLES = { all: '/pagefind-all/', page: '/pagefind/' } as const;

export function pagefindBackend(io: BackendIo): SearchBackend {
  const loaded = new Map<string, Promise<PagefindApi>>();
  const bundle = (scope: 'all' | 'page') => {
    const path = BUNDLES[scope];
    let api = loaded.get(path);
    if (!api) {
      api = io.loadPagefind(path);
      loaded.set(path, api);
    }
    return api;
  };
  return {
    async documentShard(name) {
      if (!/^[a-z0-9-]+$/.test(name)) return null;
      return (await io.fetchJson(`/search/documents/${name}.json`)) as DocumentShard | null;
    },
    async documentShardPage(name, page) {
      if (!/^[a-z0-9-]+$/.test(name) || !Number.isInteger(page) || page < 2) return null;
      return (await io.fetchJson(`/search/documents/${name}.${page}.json`)) as ShardPage | null;
    },
    async textSearch(term, { scope, filters, limit }) {
      const pagefind = await bundle(scope);
      const search = await pagefind.search(term, { filters });
      if (!search) return { hits: [], total: 0 };
      // Each shown result costs one fragment download: only `limit` of them, fetched in parallel.
      const shown = search.results.slice(0, limit);
      const data = await Promise.all(shown.map((result) => result.data()));
      const hits: TextHit[] = [];
      data.forEach((d, i) => {
        const lang = d.meta.lang ?? '';
        if (isLang(lang) && d.meta.article) hits.push({ url: d.url, article: d.meta.article, lang, title: d.meta.title ?? '', excerpt: d.excerpt, score: shown[i]!.score });
      });
      return { hits, total: search.results.length };
    },
  };
}
