/**
 * A small run of the benchmark harness (scripts/bench.ts) on a few hundred synthetic versions:
 * every stage runs on the real pipeline and reports its figures, and content/ is left untouched.
 * Figures are printed, never asserted against budgets (see BENCHMARKS.md).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const contentState = () =>
  execFileSync('git', ['status', '--porcelain', '--', 'content'], { cwd: root, encoding: 'utf8' }) +
  execFileSync('git', ['ls-files', '-s', 'content'], { cwd: root, encoding: 'utf8' });

describe('benchmark harness smoke run', () => {
  it('runs every stage on 250 synthetic versions and reports figures', { timeout: 600_000 }, () => {
    const before = contentState();
    const run = spawnSync(process.execPath, [tsx, 'scripts/bench.ts', '--versions', '250'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const stage = (name: string) => lines.find((l) => l.stage === name)!;
    const updates = [
      'update: nothing changed',
      'update: add one article (2 versions)',
      'update: change one version',
      'update: delete one version',
    ];
    expect(lines.filter((l) => l.kind === undefined).map((l) => l.stage)).toEqual([
      'generate',
      'ingest',
      'build (cold)',
      ...updates,
      'cold document search',
      'warm document search',
      'cold word search',
      'warm word search',
      'home page',
      'article page',
    ]);
    expect(stage('generate')).toMatchObject({ versions: 250, files: 250 });
    expect(stage('ingest')).toMatchObject({ files: 250 });
    // Every build reports its mode and its pages per page type; updates render a part of the site.
    expect(stage('build (cold)')).toMatchObject({ mode: 'cold' });
    const coldRendered = (stage('build (cold)') as { rendered: number }).rendered;
    for (const name of updates) {
      expect(stage(name)).toMatchObject({ mode: 'update' });
      expect((stage(name) as { rendered: number }).rendered).toBeLessThan(coldRendered);
      expect(stage(`${name} · article`)).toMatchObject({ kind: 'article' });
    }
    expect((stage('update: add one article (2 versions) · article') as { pages: number }).pages).toBeGreaterThanOrEqual(
      2,
    );
    expect((stage('update: delete one version') as { removed: number }).removed).toBeGreaterThan(0);
    // Every article under each of the five interface languages.
    const articles = (stage('generate') as { articles: number }).articles;
    expect(stage('build (cold) · article')).toMatchObject({ pages: 5 * articles, total: 5 * articles });
    for (const name of ['generate', 'ingest', 'build (cold)', ...updates]) {
      const { wallMs, cpuMs, peakRssMb } = stage(name) as { wallMs: number; cpuMs: number; peakRssMb: number };
      expect(wallMs).toBeGreaterThan(0);
      expect(cpuMs).toBeGreaterThan(0);
      expect(peakRssMb).toBeGreaterThan(20);
    }
    const build = stage('build (cold)') as { outputFiles: number; searchIndexBytes: number };
    expect(build.outputFiles).toBeGreaterThan(250);
    expect(build.searchIndexBytes).toBeGreaterThan(0);
    for (const name of [
      'cold document search',
      'warm document search',
      'cold word search',
      'warm word search',
      'home page',
      'article page',
    ]) {
      expect((stage(name) as { bytes: number }).bytes).toBeGreaterThan(0);
    }
    expect(stage('article page')).toMatchObject({ scripts: 0 });
    // The summary table follows the JSON lines; show it in the test log.
    expect(run.stdout).toMatch(/\nstage +wallMs +cpuMs +peakRssMb/);
    console.log(run.stdout.slice(run.stdout.indexOf('\nstage')));
    // The synthetic corpus never touched content/, and the temporary folder is gone.
    expect(contentState()).toBe(before);
    const work = /bench: \d+ versions in (\S+)/.exec(run.stderr)?.[1];
    expect(work && existsSync(work)).toBe(false);
  });

  it('refuses a work folder inside content/', () => {
    const run = spawnSync(process.execPath, [tsx, 'scripts/bench.ts', '--versions', '5', '--work', 'content/bench'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("must be outside the project's content/");
    expect(existsSync(path.join(root, 'content/bench'))).toBe(false);
  });
});
