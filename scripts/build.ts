/**
 * npm run build [-- --cold] [--report FILE] [--quiet]
 *
 * Builds the site into dist/ (or SONG_SONG_OUT_DIR): cold the first time or after a code change,
 * otherwise only what the content changes since the last build touch (src/lib/build/run-build.ts).
 * Prints a summary — pages rendered per kind, search shards re-indexed, time per stage — with
 * every warning and error of Astro's shown; `--report` also writes it as JSON (the benchmark reads
 * it). Exits non-zero, naming the cause, on any failure; the published folder is then unchanged.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild, type BuildReport } from '../src/lib/build/run-build.ts';
import { projectRoot } from '../src/lib/project-files.ts';

let options: { cold: boolean; report?: string; quiet: boolean };
try {
  ({ values: options } = parseArgs({
    options: {
      cold: { type: 'boolean', default: false },
      report: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`build: ${(error as Error).message} (options: --cold, --report FILE, --quiet)`);
  process.exit(2);
}

const root = projectRoot();
const outDir = path.resolve(root, process.env.SONG_SONG_OUT_DIR ?? 'dist');
const cacheDir = path.resolve(root, process.env.SONG_SONG_CACHE_DIR ?? 'node_modules/.astro');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function summary(report: BuildReport): string[] {
  const lines = [`build: ${report.mode} (${report.why}) → ${path.relative(process.cwd(), outDir) || '.'}/`];
  const kinds = Object.entries(report.byKind).sort(([a], [b]) => a.localeCompare(b));
  for (const [kind, k] of kinds) {
    const rendered = `${String(k.pages).padStart(7)} rendered of ${String(k.total).padStart(7)}`;
    lines.push(`  ${kind.padEnd(16)} ${rendered}  ${seconds(k.ms).padStart(8)}`);
  }
  const { pages, content } = report;
  lines.push(
    `  files: ${pages.rendered} written, ${pages.removed} removed; ${pages.total} pages with input keys in the site`,
  );
  lines.push(
    `  search shards: ${report.shards.rebuilt} re-indexed${report.shards.total ? ` of ${report.shards.total}` : ''}`,
  );
  const s = report.stagesMs;
  const copied = `${content.copied} copied into the build's snapshot`;
  lines.push(`  content: ${content.files} versions, ${copied}, ${content.removed} removed`);
  const stages = [
    ['snapshot', s.snapshot],
    ['astro', s.astro],
    ['assemble', s.assemble],
    ['search', s.search],
    ['_headers', s.headers],
    ['publish', s.publish],
  ] as const;
  lines.push(`  time: ${stages.map(([stage, ms]) => `${stage} ${seconds(ms)}`).join(', ')}`);
  lines.push(report.warnings.length === 0 ? '  no warnings' : `  ${report.warnings.length} warning(s) above`);
  return lines;
}

try {
  const report = await runBuild({
    root,
    outDir,
    cacheDir,
    contentDir: process.env.SONG_SONG_CONTENT,
    cold: options.cold,
    log: (line) => console.error(line),
  });
  if (!options.quiet) for (const line of summary(report)) console.log(line);
  if (options.report) writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('the published site was not changed');
  process.exit(1);
}
