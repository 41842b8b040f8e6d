/**
 * The search backend of the built site, in Node: the same pagefindBackend the search page uses,
 * with files read from dist/ instead of fetched, and Pagefind's own pagefind.js loaded from
 * dist/ (a fresh module instance per scope's first shard and language, as a page would have;
 * the scope's other shards are merged into it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../src/lib/lang.ts';
import { pagefindBackend, type PagefindApi } from '../../src/lib/search/pagefind-backend.ts';
import type { SearchBackend } from '../../src/lib/search/run-search.ts';
import { distDir } from './built-site.ts';

const ORIGIN = 'http://song-song.test';
let installed = false;

/** Pagefind fetches its index with fetch(): serve ORIGIN/… from dist/. */
function installFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== ORIGIN) return realFetch(input, init);
    const file = path.join(distDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(distDir) || !existsSync(file)) return new Response('not found', { status: 404 });
    return new Response(readFileSync(file), { status: 200 });
  };
}

let instance = 0;

export function builtSiteBackend(pageLang: Lang): SearchBackend {
  installFetch();
  return pagefindBackend(
    {
      async fetchJson(sitePath) {
        const file = path.join(distDir, sitePath);
        return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
      },
      async loadPagefind(bundlePath) {
        // Pagefind picks the index of <html lang>; give it the page's language.
        (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => pageLang }) };
        const moduleUrl = `${pathToFileURL(path.join(distDir, bundlePath, 'pagefind.js')).href}?instance=${++instance}`;
        return (await import(moduleUrl)) as PagefindApi;
      },
      pagefindOptions: (bundlePath) => ({ basePath: `${ORIGIN}${bundlePath}`, baseUrl: '/' }),
    },
    { pageLang },
  );
}
