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

/** Each served site gets its own origin: http://site<n>.song-song.test/ → its folder. */
const sites = new Map<string, string>();
let installed = false;

/** Pagefind fetches its index with fetch(): serve each site's origin from its folder. */
function installFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const root = sites.get(url.origin);
    if (!root) return realFetch(input, init);
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !existsSync(file)) return new Response('not found', { status: 404 });
    return new Response(readFileSync(file), { status: 200 });
  };
}

function originOf(siteDir: string): string {
  for (const [origin, dir] of sites) if (dir === siteDir) return origin;
  const origin = `http://site${sites.size}.song-song.test`;
  sites.set(origin, siteDir);
  return origin;
}

let instance = 0;

/** The search backend over a built site in `siteDir`, as seen from a page in `pageLang`. */
export function siteBackend(siteDir: string, pageLang: Lang): SearchBackend {
  installFetch();
  const origin = originOf(siteDir);
  return pagefindBackend({
    async fetchJson(sitePath) {
      const file = path.join(siteDir, sitePath);
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    },
    async loadPagefind(bundlePath) {
      // Pagefind picks the index of <html lang>; give it the page's language.
      (globalThis as { document?: unknown }).document = {
        currentScript: null,
        querySelector: () => ({ getAttribute: () => pageLang }),
      };
      const moduleUrl = `${pathToFileURL(path.join(siteDir, bundlePath, 'pagefind.js')).href}?instance=${++instance}`;
      return (await import(moduleUrl)) as PagefindApi;
    },
    pagefindOptions: (bundlePath) => ({ basePath: `${origin}${bundlePath}`, baseUrl: '/' }),
  });
}

/** The search backend of the built site (dist/). */
export function builtSiteBackend(pageLang: Lang): SearchBackend {
  return siteBackend(distDir, pageLang);
}
