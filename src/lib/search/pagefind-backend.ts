/**
 * The search backend over real files: document lookup files under /search/documents/ and the
 * Pagefind search shards (search-shards.ts). A scope's index is its shards put together the way
 * Pagefind supports: the first shard's pagefind.js is imported and every other shard merged into
 * it (mergeIndex: the merged indexes reuse the first one's WebAssembly and are searched
 * together). How a file is fetched and how Pagefind is loaded is passed in, so the browser
 * (fetch, dynamic import) and Node tests (files from dist/) share this code.
 */
import { isLang } from '../lang.ts';
import { readDocumentLookup, type DocumentShard, type ShardPage } from './document-shards.ts';
import type { SearchBackend } from './run-search.ts';
import { textBeforeSearchForms } from './search-forms-mark.ts';
import type { IndexPage, TextIndex } from './text-search.ts';
import {
  SEARCH_SHARDS_FILE,
  readShardList,
  scopeShardPaths,
  type SearchShardList,
  type ShardScope,
} from './search-shards.ts';

/** The part of Pagefind's JavaScript API that search uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, string[]> },
  ): Promise<{ results: { id: string; score: number; words?: number[]; data(): Promise<PagefindData> }[] } | null>;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
}

/** What word search reads of a page's index data; null for a page that is not an article version. */
export function indexPage(data: PagefindData): IndexPage | null {
  const lang = data.meta.lang ?? '';
  if (!isLang(lang) || !data.meta.article) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date ?? '') ? data.meta.date! : null;
  return {
    url: data.url,
    article: data.meta.article,
    lang,
    title: data.meta.title ?? '',
    date,
    province: data.meta.province || null,
    named: data.meta.named || null,
    outlet: data.meta.outlet || null,
    text: textBeforeSearchForms(data.content ?? ''),
  };
}

export interface BackendIo {
  /** Parsed JSON at a site path, or null when the file does not exist (404). */
  fetchJson(path: string): Promise<unknown>;
  /** Pagefind's API from the pagefind.js of the bundle at a site path (`/pagefind-all/3/`), not yet initialised. */
  loadPagefind(bundlePath: string): Promise<PagefindApi>;
  /**
   * Pagefind options for the bundle at a site path: given to options() for the first shard, to mergeIndex() for the
   * others.
   */
  pagefindOptions(bundlePath: string): Record<string, unknown>;
}

/**
 * The search backend over the site's files (one all-languages index: "this language only" is a filter, see
 * run-search.ts).
 */
export function pagefindBackend(io: BackendIo): SearchBackend {
  let shardList: Promise<SearchShardList> | null = null;
  const shards = () =>
    (shardList ??= io.fetchJson(SEARCH_SHARDS_FILE).then((value) => {
      const list = readShardList(value);
      if (!list) throw new Error(`${SEARCH_SHARDS_FILE} is missing or not a search shard list`);
      return list;
    })).catch((error: unknown) => {
      shardList = null; // a failed download is tried again by the next search
      throw error;
    });

  /** The scope's shards as one Pagefind, or null when the scope has no pages. */
  const open = async (scope: ShardScope): Promise<PagefindApi | null> => {
    const [first, ...others] = scopeShardPaths(await shards(), scope);
    if (first === undefined) return null;
    const api = await io.loadPagefind(first);
    await api.options(io.pagefindOptions(first));
    // Started together, merged in this order (Pagefind keeps the instances in call order).
    await Promise.all(others.map((bundlePath) => api.mergeIndex(bundlePath, io.pagefindOptions(bundlePath))));
    return api;
  };
  const opened = new Map<ShardScope, Promise<PagefindApi | null>>();
  const index = (scope: ShardScope) => {
    let api = opened.get(scope);
    if (!api) {
      api = open(scope);
      opened.set(scope, api);
      api.catch(() => opened.delete(scope));
    }
    return api;
  };
  const textIndex: TextIndex = {
    warm() {
      index('all').catch(() => undefined); // a failure is reported by the search that needs it
    },
    async search(term, { exact = false, filters }) {
      const pagefind = await index('all');
      if (!pagefind) return [];
      const search = await pagefind.search(term === null ? null : exact ? `"${term}"` : term, { filters });
      return (search?.results ?? []).map((result) => ({
        id: result.id,
        score: result.score,
        locations: result.words ?? [],
        load: async () => indexPage(await result.data()),
      }));
    },
  };
  return {
    textIndex,
    siteJson: (sitePath) => io.fetchJson(sitePath),
    async documentShard(name) {
      if (!/^[a-z0-9-]+$/.test(name)) return null;
      const path = `/search/documents/${name}.json`;
      return readDocumentLookup<DocumentShard>(await io.fetchJson(path), path);
    },
    async documentShardPage(name, page) {
      if (!/^[a-z0-9-]+$/.test(name) || !Number.isInteger(page) || page < 2) return null;
      const path = `/search/documents/${name}.${page}.json`;
      return readDocumentLookup<ShardPage>(await io.fetchJson(path), path);
    },
  };
}
