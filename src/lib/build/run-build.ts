/**
 * The build: `npm run build` (scripts/build.ts). A cold build renders every page; after that, a
 * build renders only the pages whose inputs changed (render-plan.ts), re-indexes only the search
 * shards that hold changed article pages, and publishes the result by a swap (publish.ts), so the
 * cost of an update follows the change, and the published site is never half-updated. The result
 * is the same, file for file, as a cold build of the same content (scripts/gates/incremental.ts).
 *
 *   1. recover from an interrupted build; decide cold or update (same code digest, state present);
 *      copy the content into the build's snapshot under the content lock (content-snapshot.ts);
 *   2. `astro build` into a staging folder, routes selecting their changed pages;
 *   3. assemble `<out>.next`: links to the published files, minus vanished pages, plus new pages;
 *   4. search shards, _headers;
 *   5. swap in, remember the pages' keys.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang } from '../lang.ts';
import { buildSearchIndexes } from '../search/build-search-indexes.ts';
import { readMetaPolicy } from '../publishing/content-security-policy.ts';
import { runAstroBuild, type AstroRun, type KindFigures } from './astro-run.ts';
import { acquireBuildLock } from '../locks/build-lock.ts';
import { acquireContentLock } from '../locks/content-lock.ts';
import { describeHolder } from '../locks/pid-lock.ts';
import {
  BUILD_STATE_FORMAT,
  forgetBuildState,
  readBuildState,
  writeBuildState,
  type BuildState,
} from './build-state.ts';
import { contentSnapshotFolder, takeContentSnapshot } from './content-snapshot.ts';
import { writeDeployFiles } from './deploy-files.ts';
import { DERIVED_CACHE_ENV, DERIVED_DIGEST_ENV } from './derived-cache.ts';
import { pageKind } from './page-kinds.ts';
import { linkTree, listFiles, nextFolder, overlayTree, recoverPublished, removeFiles, swapIn } from './publish.ts';
import { readPageKeys, RENDER_PLAN_ENV, type RenderPlan } from './render-plan.ts';
import { sourceDigest } from './source-digest.ts';

export interface BuildOptions {
  root: string;
  /** The published folder (dist/). */
  outDir: string;
  /** Astro's cache folder; the build's state and derived values live beside Astro's. */
  cacheDir: string;
  /** Content folder (the articles), when not the committed corpus (`content/articles`). */
  contentDir?: string;
  /** Render everything even when an update is possible. */
  cold?: boolean;
  /** Astro processes rendering a cold build side by side (default: SONG_SONG_RENDER_WORKERS, else 2). */
  workers?: number;
  log?: (line: string) => void;
}

export interface BuildReport {
  mode: 'cold' | 'update';
  why: string;
  pages: { total: number; rendered: number; removed: number };
  byKind: Record<string, KindFigures & { total: number }>;
  shards: { rebuilt: number; total: number };
  content: { files: number; copied: number; removed: number };
  stagesMs: { snapshot: number; astro: number; assemble: number; search: number; headers: number; publish: number };
  warnings: string[];
}

/** What the pages are made with: a change here may change every page. */
const SITE_SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** What derived values are made with (rendered bodies, alignments, citing sentences). */
const DERIVATION_SOURCES = ['src/lib', 'src/data', 'src/content.config.ts', 'package-lock.json'];

const ARTICLE_PAGE = /^([a-z]{2})\/articles\/([^/]+)\/index\.html$/;

function articlePageOf(file: string): { lang: Lang; article: string } | null {
  const match = ARTICLE_PAGE.exec(file);
  return match && (LANGS as readonly string[]).includes(match[1]!)
    ? { lang: match[1] as Lang, article: match[2]! }
    : null;
}

/**
 * The start of a page, where Astro puts the policy <meta> (within the first kilobytes of <head>):
 * a cold build reads it from every page, and document pages can be large.
 */
function readHead(file: string, bytes = 16_384): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** One figure set from several Astro processes: pages and render times summed per kind. */
function mergeRuns(runs: readonly AstroRun[]): AstroRun {
  const byKind: AstroRun['byKind'] = {};
  for (const run of runs) {
    for (const [kind, figures] of Object.entries(run.byKind)) {
      const entry = (byKind[kind] ??= { pages: 0, ms: 0 });
      entry.pages += figures.pages;
      entry.ms += figures.ms;
    }
  }
  return { byKind, warnings: [...new Set(runs.flatMap((run) => run.warnings))] };
}

export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const release = acquireBuildLock(options.root);
  try {
    return await buildLocked(options);
  } finally {
    release();
  }
}

async function buildLocked(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { root, outDir, cacheDir } = options;
  const stateDir = path.join(cacheDir, 'song-song-build');
  const stateFile = path.join(stateDir, 'state.json');
  let started: number;
  // Inside the project: Astro writes its prerender chunks beside an output folder within the
  // working directory, but into <project>/.astro/ for one outside it, where workers would collide.
  const stagingRoot = path.join(root, '.astro', 'song-song-staging');
  const keysFolder = path.join(stateDir, 'keys');
  const next = nextFolder(outDir);

  for (const line of recoverPublished(outDir)) log(`build: ${line}`);
  rmSync(stagingRoot, { recursive: true, force: true });
  rmSync(keysFolder, { recursive: true, force: true });

  // SITE_URL is in every absolute URL; the feeds' date (SOURCE_DATE_EPOCH) only in pages rendered every build.
  const codeDigest = sourceDigest(root, SITE_SOURCES, { SITE_URL: process.env.SITE_URL });
  const derivedDigest = sourceDigest(root, DERIVATION_SOURCES);
  const state = readBuildState(stateFile);
  const why = options.cold
    ? 'asked for'
    : !state
      ? 'no earlier build'
      : state.outDir !== path.resolve(outDir) || !existsSync(outDir)
        ? 'the published site is not the one last built'
        : state.codeDigest !== codeDigest
          ? 'the code changed'
          : '';
  const mode = why === '' ? 'update' : 'cold';
  const previous = mode === 'update' ? state! : null;

  // The content as it is now, copied while no ingest writes: the whole build reads this copy.
  started = performance.now();
  const sourceArticles = path.resolve(root, options.contentDir ?? path.join('content', 'articles'));
  const releaseContent = acquireContentLock(path.dirname(sourceArticles), {
    task: 'build (copying the content)',
    onWait: (holder) =>
      log(`build: waiting for ${describeHolder(holder)} to finish writing ${path.dirname(sourceArticles)}`),
  });
  const snapshot = (() => {
    try {
      return takeContentSnapshot(sourceArticles, contentSnapshotFolder(outDir));
    } finally {
      releaseContent();
    }
  })();
  const snapshotMs = performance.now() - started;

  // 2. Astro renders the changed pages into staging folders. A cold build splits every route's
  // pages between several Astro processes (rendering is single-threaded JavaScript); an update has
  // few pages to render and runs one.
  const workers =
    mode === 'cold' ? Math.max(1, options.workers ?? (Number(process.env.SONG_SONG_RENDER_WORKERS) || 2)) : 1;
  mkdirSync(stateDir, { recursive: true });
  started = performance.now();
  // Syncing content, Astro writes `.astro/content-assets.mjs` and `content-modules.mjs` through one
  // fixed temporary name each; two processes writing at once can lose the rename (ENOENT). It writes
  // only what differs, and the loader stores no assets or modules, so the files, once there, are
  // never written again. Where one is missing (a fresh clone), the others start when the first has
  // synced (about 10 s at 10,000 versions); otherwise all start at once.
  let firstSynced!: () => void;
  const synced = new Promise<void>((resolve) => (firstSynced = resolve));
  const contentModules = ['content-assets.mjs', 'content-modules.mjs'].map((f) => path.join(root, '.astro', f));
  if (contentModules.every((file) => existsSync(file))) firstSynced();
  const start = (index: number) => {
    const planFile = path.join(stateDir, `plan-${index}.json`);
    const plan: RenderPlan = {
      previous: previous?.pages ?? null,
      keysFolder: index === 0 ? keysFolder : null,
      worker: { index, count: workers },
    };
    writeFileSync(planFile, JSON.stringify(plan));
    const env = {
      SONG_SONG_OUT_DIR: path.join(stagingRoot, String(index)),
      // Each process its own content store: Astro writes it through one fixed temporary name.
      SONG_SONG_CACHE_DIR: index === 0 ? cacheDir : `${cacheDir}-worker-${index}`,
      [RENDER_PLAN_ENV]: planFile,
      [DERIVED_CACHE_ENV]: path.join(cacheDir, 'song-song-derived'),
      [DERIVED_DIGEST_ENV]: derivedDigest,
      SONG_SONG_CONTENT: snapshot.articles,
    };
    return runAstroBuild(root, env, log, index === 0 ? { onContentSynced: firstSynced } : {});
  };
  const first = start(0);
  await synced;
  const runs = await Promise.all([first, ...Array.from({ length: workers - 1 }, (_, i) => start(i + 1))]);
  const astro = mergeRuns(runs);
  const astroMs = performance.now() - started;
  const pages = readPageKeys(keysFolder);

  // 3. The next site: the published one (linked), without vanished pages, with the new ones.
  started = performance.now();
  rmSync(next, { recursive: true, force: true });
  const stagings = Array.from({ length: workers }, (_, index) => path.join(stagingRoot, String(index)));
  // Pages without input keys (home, indexes, open data) are rendered by every worker, identically.
  const rendered = [...new Set(stagings.flatMap((folder) => listFiles(folder)))].sort();
  let removed: string[] = [];
  if (previous) {
    linkTree(outDir, next);
    removed = Object.keys(previous.pages).filter((file) => !pages.has(file));
    removeFiles(next, removed);
  } else {
    renameSync(stagings[0]!, next);
  }
  for (const folder of previous ? stagings : stagings.slice(1)) overlayTree(folder, next);
  const assembleMs = performance.now() - started;

  // 4a. Search shards holding a changed article page (all of them when cold).
  started = performance.now();
  let changed: { lang: Lang; article: string }[] | undefined;
  if (previous) {
    changed = [];
    for (const file of [...rendered, ...removed]) {
      const page = articlePageOf(file);
      if (page) changed.push(page);
    }
  }
  const shardReports =
    changed && changed.length === 0 ? null : await buildSearchIndexes(next, changed ? { changed } : {});
  const searchMs = performance.now() - started;

  // 4b. _headers, .htaccess, nginx and Caddy snippets (deploy-files.ts) from every HTML page's
  // policy: the new pages read, the others remembered.
  started = performance.now();
  const policies: string[] = previous ? [...previous.policies] : [];
  const policyIndex = new Map(policies.map((p, i) => [p, i]));
  const policyOf: Record<string, number> = {};
  const gone = new Set(removed);
  if (previous)
    for (const [file, index] of Object.entries(previous.policyOf)) if (!gone.has(file)) policyOf[file] = index;
  for (const file of rendered) {
    if (!file.endsWith('.html')) continue;
    const policy = readMetaPolicy(readHead(path.join(next, file)));
    if (!policy) throw new Error(`${file}: no Content-Security-Policy <meta>`);
    let index = policyIndex.get(policy);
    if (index === undefined) {
      index = policies.push(policy) - 1;
      policyIndex.set(policy, index);
    }
    policyOf[file] = index;
  }
  const used = [...new Set(Object.values(policyOf))].map((i) => policies[i]!);
  writeDeployFiles(next, used);
  const headersMs = performance.now() - started;

  // 5. Swap in; the state is gone while the swap happens, so an interrupted swap means a cold build next.
  started = performance.now();
  forgetBuildState(stateFile);
  swapIn(outDir, { removeInBackground: true });
  const nextState: BuildState = {
    format: BUILD_STATE_FORMAT,
    codeDigest,
    outDir: path.resolve(outDir),
    pages: Object.fromEntries(pages),
    policies,
    policyOf,
  };
  writeBuildState(stateFile, nextState);
  rmSync(keysFolder, { recursive: true, force: true });
  rmSync(stagingRoot, { recursive: true, force: true });
  const publishMs = performance.now() - started;

  const byKind: BuildReport['byKind'] = {};
  for (const file of pages.keys()) (byKind[pageKind(file)] ??= { pages: 0, ms: 0, total: 0 }).total++;
  for (const [kind, figures] of Object.entries(astro.byKind)) {
    const entry = (byKind[kind] ??= { pages: 0, ms: 0, total: 0 });
    entry.pages = figures.pages;
    entry.ms = figures.ms;
    if (entry.total < figures.pages) entry.total = figures.pages;
  }
  return {
    mode,
    why: why || 'same code, earlier build present',
    pages: { total: Math.max(pages.size, 0), rendered: rendered.length, removed: removed.length },
    byKind,
    shards: {
      rebuilt: shardReports ? shardReports.filter((r) => r.rebuilt).length : 0,
      total: shardReports ? shardReports.length : 0,
    },
    content: { files: snapshot.files, copied: snapshot.copied, removed: snapshot.removed },
    stagesMs: {
      snapshot: snapshotMs,
      astro: astroMs,
      assemble: assembleMs,
      search: searchMs,
      headers: headersMs,
      publish: publishMs,
    },
    warnings: astro.warnings,
  };
}
