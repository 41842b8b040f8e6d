/**
 * npm run bench -- --versions N [--keep] [--work DIR] [--no-browser] [--no-incremental] [--reuse]
 *
 * The benchmark harness: generates a synthetic corpus of N article versions (bench/synthetic-
 * corpus.ts) in a temporary folder — never content/ — and runs the real pipeline on it: ingest
 * (scripts/ingest.ts), a cold build (`npm run build`: pages, open data, search shards), then the
 * update kinds an editor causes, each followed by a build: nothing changed, one article added
 * (two versions), one version changed (re-ingested with --force), one version deleted. Each
 * build's own report (scripts/build.ts --report) gives the breakdown per page type: pages
 * rendered and Astro's render time. Then, in headless Chromium on loopback, the cost of searches
 * (scripts/measure-search.ts) and of reading pages (scripts/measure-pages.ts). Prints one JSON
 * line per stage and a summary table. Figures go into BENCHMARKS.md.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildReport } from '../src/lib/build/run-build.ts';
import { projectRoot } from '../src/lib/project-files.ts';
import { runMeasured, type Measured } from './bench/run-measured.ts';

const { values } = parseArgs({
  options: {
    versions: { type: 'string' },
    keep: { type: 'boolean', default: false },
    work: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const versions = Number(values.versions);
if (!Number.isInteger(versions) || versions < 1) {
  console.error(
    'usage: npm run bench -- --versions N [--keep] [--work DIR] [--no-browser] [--no-incremental] [--reuse]',
  );
  process.exit(2);
}

const root = projectRoot();
const work = values.work ? path.resolve(values.work) : mkdtempSync(path.join(tmpdir(), 'song-song-bench-'));
// The synthetic corpus must never mix with the real one.
if (!path.relative(path.join(root, 'content'), work).startsWith('..') || work === root) {
  console.error(`bench: the work folder ${work} must be outside the project's content/`);
  process.exit(2);
}
const raw = path.join(work, 'raw');
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const tsx = [path.join(root, 'node_modules/tsx/dist/cli.mjs')];
const buildReportFile = path.join(work, 'build-report.json');
const buildCommand = [...tsx, 'scripts/build.ts', '--quiet', '--report', buildReportFile];
const buildEnv = {
  ...process.env,
  SONG_SONG_CONTENT: path.join(content, 'articles'),
  SONG_SONG_OUT_DIR: dist,
  SONG_SONG_CACHE_DIR: path.join(work, 'cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
};

interface Row {
  stage: string;
  wallMs?: number;
  cpuMs?: number;
  peakRssMb?: number;
  [key: string]: unknown;
}
const rows: Row[] = [];
function report(row: Row): void {
  rows.push(row);
  console.log(JSON.stringify({ versions, ...row }));
}

async function stage(name: string, command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Measured> {
  const measured = await runMeasured(command, args, { cwd: root, env });
  if (measured.exitCode !== 0) {
    console.error(measured.stdout.slice(-4000));
    throw new Error(`bench: stage "${name}" failed with exit code ${measured.exitCode} (work folder kept: ${work})`);
  }
  return measured;
}

function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(folder)) return { bytes, files };
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
const pick = ({ wallMs, cpuMs, peakRssMb }: Measured) => ({ wallMs, cpuMs, peakRssMb });

/** A build, measured, with its own report (mode, pages rendered per kind, stage times). */
async function measuredBuild(): Promise<{ measured: Measured; build: BuildReport }> {
  rmSync(buildReportFile, { force: true });
  const measured = await stage('build', process.execPath, buildCommand, buildEnv);
  return { measured, build: JSON.parse(readFileSync(buildReportFile, 'utf8')) as BuildReport };
}

/** What a build did, as benchmark columns. */
function buildFigures(build: BuildReport) {
  const ms = (n: number) => Math.round(n);
  return {
    mode: build.mode,
    rendered: build.pages.rendered,
    removed: build.pages.removed,
    shardsRebuilt: build.shards.rebuilt,
    astroMs: ms(build.stagesMs.astro),
    assembleMs: ms(build.stagesMs.assemble),
    searchMs: ms(build.stagesMs.search),
    publishMs: ms(build.stagesMs.publish + build.stagesMs.headers),
  };
}

/** One row per page type: pages rendered of the site's total, Astro's render time. */
function reportKinds(prefix: string, build: BuildReport): void {
  for (const [kind, k] of Object.entries(build.byKind).sort(([a], [b]) => a.localeCompare(b))) {
    report({
      stage: `${prefix} · ${kind}`,
      kind,
      pages: k.pages,
      total: k.total,
      renderMs: Math.round(k.ms),
      msPerPage: k.pages > 0 ? +(k.ms / k.pages).toFixed(2) : undefined,
    });
  }
}

let failed = false;
try {
  console.error(
    `bench: ${versions} versions in ${work} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB)`,
  );
  let articles: number;
  if (values.reuse && existsSync(path.join(content, 'articles'))) {
    // --reuse: the corpus generated and ingested by an earlier run kept in --work.
    articles = readdirSync(path.join(content, 'articles')).length;
    rmSync(dist, { recursive: true, force: true });
    rmSync(path.join(work, 'cache'), { recursive: true, force: true });
  } else {
    const generated = await stage('generate', process.execPath, [
      ...tsx,
      'scripts/bench/generate.ts',
      '--versions',
      String(versions),
      '--out',
      raw,
    ]);
    articles = (JSON.parse(generated.stdout) as { articles: number }).articles;
    report({ stage: 'generate', ...pick(generated), articles, ...folderSize(raw) });

    const ingested = await stage('ingest', process.execPath, [...tsx, 'scripts/ingest.ts', '--content', content, raw]);
    report({
      stage: 'ingest',
      ...pick(ingested),
      perVersionMs: +(ingested.wallMs / versions).toFixed(2),
      ...folderSize(content),
    });
  }

  const { measured: built, build: coldBuild } = await measuredBuild();
  const site = folderSize(dist);
  const searchIndex = ['pagefind-all', 'search']
    .map((d) => folderSize(path.join(dist, d)))
    .reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }));
  report({
    stage: 'build (cold)',
    ...pick(built),
    perVersionMs: +(built.wallMs / versions).toFixed(2),
    ...buildFigures(coldBuild),
    outputBytes: site.bytes,
    outputFiles: site.files,
    searchIndexBytes: searchIndex.bytes,
    searchIndexFiles: searchIndex.files,
  });
  reportKinds('build (cold)', coldBuild);

  // The update kinds, each into the site just built (its cache and state kept).
  if (!values['no-incremental']) {
    const update = async (name: string, change: () => Promise<number | undefined> | number | undefined) => {
      const ingestMs = await change();
      const { measured, build } = await measuredBuild();
      report({
        stage: name,
        ...pick(measured),
        ofColdBuild: +(measured.wallMs / built.wallMs).toFixed(3),
        ...buildFigures(build),
        ingestMs,
      });
      reportKinds(name, build);
    };
    await update('update: nothing changed', () => undefined);
    await update('update: add one article (2 versions)', async () => {
      await stage('generate one more', process.execPath, [
        ...tsx,
        'scripts/bench/generate.ts',
        '--versions',
        '2',
        '--out',
        path.join(work, 'raw-more'),
        '--seed',
        '99',
        '--first-article',
        String(articles + 1000),
      ]);
      return (
        await stage('ingest one more', process.execPath, [
          ...tsx,
          'scripts/ingest.ts',
          '--content',
          content,
          path.join(work, 'raw-more'),
        ])
      ).wallMs;
    });
    // An archive article in the middle of the corpus: its raw text with one sentence added.
    const rawFiles = existsSync(raw) ? readdirSync(raw).sort() : [];
    if (rawFiles.length > 0) {
      await update('update: change one version', async () => {
        const original = path.join(raw, rawFiles[Math.floor(rawFiles.length / 2)]!);
        const lines = readFileSync(original, 'utf8').split('\n');
        const last = lines.findLastIndex((line) => line.trim().length > 40 && !/https?:\/\//.test(line));
        lines[last] = `${lines[last]} ${lines[last]!.split(' ').slice(0, 6).join(' ')}.`;
        const changed = path.join(work, 'raw-changed', path.basename(original));
        rmSync(path.dirname(changed), { recursive: true, force: true });
        mkdirSync(path.dirname(changed), { recursive: true });
        writeFileSync(changed, lines.join('\n'));
        return (
          await stage('ingest changed', process.execPath, [
            ...tsx,
            'scripts/ingest.ts',
            '--force',
            '--content',
            content,
            changed,
          ])
        ).wallMs;
      });
    }
    await update('update: delete one version', () => {
      // A version of a multi-version article a third of the way through the archive.
      const ids = readdirSync(path.join(content, 'articles')).sort();
      const id =
        ids.slice(Math.floor(ids.length / 3)).find((a) => readdirSync(path.join(content, 'articles', a)).length > 1) ??
        ids[0]!;
      const file = readdirSync(path.join(content, 'articles', id))
        .sort()
        .at(-1)!;
      rmSync(path.join(content, 'articles', id, file));
      return undefined;
    });
  }

  if (!values['no-browser']) {
    const documents = JSON.parse(readFileSync(path.join(dist, 'data/documents.json'), 'utf8')) as {
      documents: { number: string; citations: unknown[] }[];
    };
    const cited = [...documents.documents].sort((a, b) => b.citations.length - a.citations.length);
    const search = await stage('search', process.execPath, [
      ...tsx,
      'scripts/measure-search.ts',
      '--dist',
      dist,
      '--document',
      cited[0]!.number.replace(/Đ/g, 'D'),
      '--document2',
      cited[1]!.number,
    ]);
    for (const line of search.stdout.trim().split('\n')) {
      const { case: name, ...figures } = JSON.parse(line) as { case: string };
      report({ stage: name, ...figures });
    }
    const pages = await stage('pages', process.execPath, [...tsx, 'scripts/measure-pages.ts', '--dist', dist]);
    for (const line of pages.stdout.trim().split('\n')) {
      const { case: name, ...figures } = JSON.parse(line) as { case: string };
      report({ stage: name, ...figures });
    }
  }
} catch (error) {
  failed = true;
  console.error((error as Error).message);
} finally {
  if (!values.keep && !failed) rmSync(work, { recursive: true, force: true });
}

// Summary table (stderr-free, after the JSON lines).
const columns = [
  'stage',
  'wallMs',
  'cpuMs',
  'peakRssMb',
  'perVersionMs',
  'ofColdBuild',
  'rendered',
  'removed',
  'shardsRebuilt',
  'astroMs',
  'searchMs',
  'pages',
  'total',
  'renderMs',
  'msPerPage',
  'bytes',
  'outputBytes',
  'outputFiles',
  'searchIndexBytes',
  'requests',
  'ms',
  'cumulativeLayoutShift',
];
const used = columns.filter((c) => rows.some((r) => r[c] !== undefined));
const cell = (v: unknown) => (v === undefined ? '' : String(v));
const widths = used.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
console.log(`\n${used.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`);
for (const r of rows) console.log(used.map((c, i) => cell(r[c]).padEnd(widths[i]!)).join('  '));
process.exit(failed ? 1 : 0);
