/**
 * npm run bench -- --versions N [--keep] [--work DIR] [--no-browser] [--no-incremental] [--reuse]
 *
 * The benchmark harness: generates a synthetic corpus of N article versions (bench/synthetic-
 * corpus.ts) in a temporary folder — never content/ — and runs the real pipeline on it: ingest
 * (scripts/ingest.ts), a cold `astro build` (pages, open data, Pagefind indexes), then adding one
 * article and building again with the cache kept. Then, in headless Chromium on loopback, the
 * cost of searches (scripts/measure-search.ts) and of reading pages (scripts/measure-pages.ts).
 * Prints one JSON line per stage and a summary table. Figures go into BENCHMARKS.md.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
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
  console.error('usage: npm run bench -- --versions N [--keep] [--work DIR] [--no-browser] [--no-incremental] [--reuse]');
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
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
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

let failed = false;
try {
  console.error(`bench: ${versions} versions in ${work} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB)`);
  let articles: number;
  if (values.reuse && existsSync(path.join(content, 'articles'))) {
    // --reuse: the corpus generated and ingested by an earlier run kept in --work.
    articles = readdirSync(path.join(content, 'articles')).length;
    rmSync(dist, { recursive: true, force: true });
    rmSync(path.join(work, 'cache'), { recursive: true, force: true });
  } else {
    const generated = await stage('generate', process.execPath, [...tsx, 'scripts/bench/generate.ts', '--versions', String(versions), '--out', raw]);
    articles = (JSON.parse(generated.stdout) as { articles: number }).articles;
    report({ stage: 'generate', ...pick(generated), articles, ...folderSize(raw) });

    const ingested = await stage('ingest', process.execPath, [...tsx, 'scripts/ingest.ts', '--content', content, raw]);
    report({ stage: 'ingest', ...pick(ingested), perVersionMs: +(ingested.wallMs / versions).toFixed(2), ...folderSize(content) });
  }

  const built = await stage('build', process.execPath, [astro, 'build'], buildEnv);
  const site = folderSize(dist);
  const searchIndex = ['pagefind', 'pagefind-all', 'search'].map((d) => folderSize(path.join(dist, d))).reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }));
  report({
    stage: 'build (cold)',
    ...pick(built),
    perVersionMs: +(built.wallMs / versions).toFixed(2),
    outputBytes: site.bytes,
    outputFiles: site.files,
    searchIndexBytes: searchIndex.bytes,
    searchIndexFiles: searchIndex.files,
  });

  // One more article (two versions) into the built site, the cache kept from the cold build.
  if (!values['no-incremental']) {
    await stage('generate one more', process.execPath, [...tsx, 'scripts/bench/generate.ts', '--versions', '2', '--out', path.join(work, 'raw-more'), '--seed', '99', '--first-article', String(articles + 1000)]);
    const more = await stage('ingest one more', process.execPath, [...tsx, 'scripts/ingest.ts', '--content', content, path.join(work, 'raw-more')]);
    const rebuilt = await stage('build', process.execPath, [astro, 'build'], buildEnv);
    report({ stage: 'add one article', ...pick(rebuilt), ingestMs: more.wallMs, ofColdBuild: +(rebuilt.wallMs / built.wallMs).toFixed(2) });
  }

  if (!values['no-browser']) {
    const documents = JSON.parse(readFileSync(path.join(dist, 'data/documents.json'), 'utf8')) as { documents: { number: string; citations: unknown[] }[] };
    const cited = [...documents.documents].sort((a, b) => b.citations.length - a.citations.length);
    const search = await stage('search', process.execPath, [...tsx, 'scripts/measure-search.ts', '--dist', dist, '--document', cited[0]!.number.replace(/Đ/g, 'D'), '--document2', cited[1]!.number]);
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
const columns = ['stage', 'wallMs', 'cpuMs', 'peakRssMb', 'perVersionMs', 'bytes', 'outputBytes', 'outputFiles', 'searchIndexBytes', 'requests', 'ms', 'ofColdBuild', 'cumulativeLayoutShift'];
const used = columns.filter((c) => rows.some((r) => r[c] !== undefined));
const cell = (v: unknown) => (v === undefined ? '' : String(v));
const widths = used.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
console.log(`\n${used.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`);
for (const r of rows) console.log(used.map((c, i) => cell(r[c]).padEnd(widths[i]!)).join('  '));
process.exit(failed ? 1 : 0);
