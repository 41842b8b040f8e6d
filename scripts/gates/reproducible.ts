/**
 * npm run gate:reproducible
 *
 * Reproducible-build gate: copies the project's sources (src, content, public, configs; the
 * installed node_modules linked, not copied) into two temporary folders and builds each with a
 * fresh cache, a different time zone and a different locale, then compares the two dist/ trees
 * byte for byte. Fails naming every file that differs or exists on one side only. Both builds get
 * the same SOURCE_DATE_EPOCH (the last commit's time), the convention for dates in reproducible
 * builds; nothing else is shared.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listFiles } from '../../src/lib/build/publish.ts';
import { projectRoot } from '../../src/lib/project-files.ts';
import { compareTrees } from '../../tools/gates/compare-trees.ts';
import { formatProblems } from '../../tools/gates/site-files.ts';

const SOURCES = [
  'src',
  'scripts',
  'content',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function buildCopy(root: string, env: Record<string, string>): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'song-song-repro-'));
  for (const name of SOURCES) cpSync(path.join(root, name), path.join(copy, name), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  // The project's build (scripts/build.ts: Astro, search shards, _headers), cold in a fresh copy.
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ...env, SONG_SONG_CACHE_DIR: path.join(copy, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0)
    throw new Error(`build in ${copy} failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  return copy;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const root = projectRoot();
  const epoch = existsSync(path.join(root, '.git'))
    ? execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim()
    : '0';
  const first = buildCopy(root, { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', SOURCE_DATE_EPOCH: epoch });
  const second = buildCopy(root, {
    TZ: 'Asia/Ho_Chi_Minh',
    LANG: 'vi_VN.UTF-8',
    LC_ALL: 'de_DE.UTF-8',
    SOURCE_DATE_EPOCH: epoch,
  });
  const problems = compareTrees(path.join(first, 'dist'), path.join(second, 'dist'));
  const files = listFiles(path.join(first, 'dist')).length;
  for (const dir of [first, second]) rmSync(dir, { recursive: true, force: true });
  if (problems.length > 0) {
    console.error(formatProblems('gate reproducible', problems));
    process.exit(1);
  }
  console.log(`gate reproducible: ok (${files} files byte-identical across two builds, TZ and locale differing)`);
}
