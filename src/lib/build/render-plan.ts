/**
 * Which pages a build renders. Every dynamic route declares each of its pages with the file it
 * writes and the key of its inputs (`selectPages`); the build orchestrator (run-build.ts) passes
 * the keys of the published site through the environment, and only pages whose key is new or
 * different are rendered. Each route's whole list of files and keys is written out, so the
 * orchestrator learns the new site's pages, removes those that vanished and keeps the keys for the
 * next build. A page type plugs into incremental builds by declaring its inputs here; without a
 * plan (a plain `astro build`) every page is rendered.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const RENDER_PLAN_ENV = 'SONG_SONG_RENDER_PLAN';

export interface RenderPlan {
  /** Keys of the pages in the published site (file → key); null renders every page. */
  previous: Record<string, string | null> | null;
  /** Where each route writes its page list (`<route>.json`: [file, key][]); null for all but one worker. */
  keysFolder: string | null;
  /** This Astro process renders every `count`-th page of each route, from `index` (cold builds use several). */
  worker: { index: number; count: number };
}

export interface PlannedPage<T> {
  /** The file the page writes, relative to the output folder (`en/articles/x/index.html`). */
  file: string;
  /**
   * inputKey() of everything the page shows; null for a page rendered by every build (home, indexes, feeds: they
   * show the whole corpus).
   */
  key: string | null;
  page: T;
}

let plan: RenderPlan | null | undefined;

function renderPlan(): RenderPlan | null {
  if (plan !== undefined) return plan;
  const file = process.env[RENDER_PLAN_ENV];
  plan = file ? (JSON.parse(readFileSync(file, 'utf8')) as RenderPlan) : null;
  return plan;
}

/** The output file of a page URL (`/en/articles/x/` → `en/articles/x/index.html`). */
export function pageFile(url: string): string {
  const clean = url.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** The pages of `route` to render in this build; records every page of the route. */
export function selectPages<T>(route: string, pages: readonly PlannedPage<T>[]): T[] {
  const current = renderPlan();
  if (!current) return pages.map((p) => p.page);
  if (!/^[a-z0-9-]+$/.test(route)) throw new Error(`route name ${JSON.stringify(route)}: use a-z, 0-9 and -`);
  if (current.keysFolder) {
    mkdirSync(current.keysFolder, { recursive: true });
    writeFileSync(path.join(current.keysFolder, `${route}.json`), JSON.stringify(pages.map((p) => [p.file, p.key])));
  }
  const { previous, worker } = current;
  return pages
    .filter((p, i) => i % worker.count === worker.index && (!previous || p.key === null || previous[p.file] !== p.key))
    .map((p) => p.page);
}

/** Read the page lists the routes wrote: file → key, failing on a file claimed by two routes. */
export function readPageKeys(keysFolder: string): Map<string, string | null> {
  const keys = new Map<string, string | null>();
  const owner = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(keysFolder)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return keys;
  }
  for (const name of names) {
    const route = name.replace(/\.json$/, '');
    for (const [file, key] of JSON.parse(readFileSync(path.join(keysFolder, name), 'utf8')) as [
      string,
      string | null,
    ][]) {
      const other = owner.get(file);
      if (other) throw new Error(`${file} is written by two routes: ${other} and ${route}`);
      owner.set(file, route);
      keys.set(file, key);
    }
  }
  return keys;
}
