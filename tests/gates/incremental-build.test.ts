/**
 * The incremental build against cold builds (tools/gates/incremental-build.ts: add, add a version,
 * change, delete — each update byte-identical to a cold build of the same content), and a build
 * killed with SIGKILL at points spread over its run: the published folder always holds the old
 * site or the new one, whole (or, in the instant between the swap's two renames, nothing but the
 * old site beside it, which the next build puts back), and the next build completes the update.
 * And an ingest (`npm run ingest -- --force`) while `npm run build` runs: the build publishes the
 * content as it was when it started, whole — the nothing-lost gate passes against its snapshot —
 * and the next build publishes the ingested texts, whole.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSnapshotFolder } from '../../src/lib/build/content-snapshot.ts';
import { listFiles, oldFolder } from '../../src/lib/build/publish.ts';
import { runBuild } from '../../src/lib/build/run-build.ts';
import { ingestFiles } from '../../src/lib/ingest/ingest-files.ts';
import { LANGS } from '../../src/lib/lang.ts';
import { projectRoot } from '../../src/lib/project-files.ts';
import { checkIncrementalBuild, defaultSteps } from '../../tools/gates/incremental-build.ts';
import { compareTrees } from '../../tools/gates/compare-trees.ts';
import { select, textOf } from '../../tools/gates/page-query.ts';
import { parsePage } from '../../tools/gates/site-files.ts';

const root = projectRoot();
const work = mkdtempSync(path.join(tmpdir(), 'song-song-interrupt-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
process.env.SOURCE_DATE_EPOCH ??= '1700000000';

/** One digest for a whole tree (names and bytes). */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) hash.update(`${file}\0`).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex');
}

describe('incremental build', () => {
  it('updates to exactly what a cold build of the same content gives, rendering only what changed', async () => {
    const { problems, updates } = await checkIncrementalBuild(root);
    expect(problems).toEqual([]);
    expect(updates.map((u) => u.report.mode)).toEqual(['update', 'update', 'update', 'update']);
    // Deleting versions removes their pages (the German version, a whole Russian-only article).
    expect(updates[3]!.report.pages.removed).toBeGreaterThan(0);
    // An update renders the article's pages, not the archive: no province page of other provinces.
    const added = updates[0]!.report;
    expect(added.byKind.province!.pages).toBeLessThan(added.byKind.province!.total);
    // The new article (three versions) under each of the five interface languages.
    expect(added.byKind.article!.pages).toBe(LANGS.length);
  }, 600_000);

  it('never leaves the published site half-updated when killed, and the next build completes it', async () => {
    const content = path.join(work, 'content');
    const articles = path.join(content, 'articles');
    const site = path.join(work, 'site');
    const cache = path.join(work, 'cache');
    const { base } = defaultSteps(root);
    ingestFiles(base, { contentDir: content, dryRun: false, force: false });
    await runBuild({ root, outDir: site, cacheDir: cache, contentDir: articles, log: () => {} });
    const before = treeDigest(site);

    const fixture = path.join(root, 'tests/fixtures/compare-site');
    ingestFiles(
      ['vi.txt', 'en.txt', 'de.txt', 'ar.txt'].map((f) => path.join(fixture, f)),
      { contentDir: content, dryRun: false, force: false },
    );
    const expectedSite = path.join(work, 'expected');
    await runBuild({
      root,
      outDir: expectedSite,
      cacheDir: path.join(work, 'cache-expected'),
      contentDir: articles,
      log: () => {},
    });
    const after = treeDigest(expectedSite);

    const env = { ...process.env, SONG_SONG_OUT_DIR: site, SONG_SONG_CACHE_DIR: cache, SONG_SONG_CONTENT: articles };
    const build = (killAfterMs: number | null) =>
      new Promise<{ ms: number; killed: boolean }>((resolve) => {
        const started = performance.now();
        const child = spawn(
          process.execPath,
          [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--quiet'],
          { cwd: root, env, detached: true, stdio: 'ignore' },
        );
        const timer = killAfterMs === null ? null : setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), killAfterMs);
        child.on('exit', (code, signal) => {
          if (timer) clearTimeout(timer);
          resolve({ ms: performance.now() - started, killed: signal === 'SIGKILL' || code === null });
        });
      });

    // Kill points from the start to past the usual end of an update on this project (a few
    // seconds): a kill after the swap but before the state is written makes the next run cold, so
    // the later points interrupt cold builds too.
    const states = new Set<string>();
    for (const killAfterMs of [0, 400, 1500, 3000, 4500, 6000, 7000, 8000, 9500, 12000]) {
      await build(killAfterMs);
      if (existsSync(site)) {
        const digest = treeDigest(site);
        expect([before, after]).toContain(digest);
        states.add(digest === before ? 'old' : 'new');
      } else {
        // Killed between the two renames of the swap: the old site waits beside it.
        expect(treeDigest(oldFolder(site))).toBe(before);
        states.add('between');
      }
    }
    const finished = await build(null);
    expect(finished.killed).toBe(false);
    expect(compareTrees(site, expectedSite)).toEqual([]);
    expect(treeDigest(site)).toBe(after);
    expect(states.has('old') || states.has('new')).toBe(true);
  }, 900_000);

  it('publishes a build wholly without an ingest that ran during it, and the next build wholly with it', async () => {
    const content = path.join(work, 'during-content');
    const articles = path.join(content, 'articles');
    const site = path.join(work, 'during-site');
    const env = {
      ...process.env,
      SONG_SONG_OUT_DIR: site,
      SONG_SONG_CACHE_DIR: path.join(work, 'during-cache'),
      SONG_SONG_CONTENT: articles,
    };
    const { base } = defaultSteps(root);
    ingestFiles(base, { contentDir: content, dryRun: false, force: false });
    // Every version changed: a marker sentence in front of each seed.
    const changed = base.map((file) => {
      const edited = path.join(work, `during-${path.basename(file)}`);
      writeFileSync(edited, `Ingested during the build ${path.basename(file)}.\n${readFileSync(file, 'utf8')}`);
      return edited;
    });
    // Version pages (a version's own page /<lang>/articles/<article>/, the one search indexes).
    const articlePages = (dir: string) =>
      LANGS.flatMap((lang) =>
        existsSync(path.join(dir, lang, 'articles'))
          ? readdirSync(path.join(dir, lang, 'articles')).map((a) =>
              parsePage(`/${lang}/articles/${a}/`, path.join(dir, lang, 'articles', a, 'index.html')),
            )
          : [],
      );
    const versionPages = (dir: string) =>
      articlePages(dir).filter((page) => select(page, '[data-pagefind-body]').length > 0);
    const shows = (dir: string) =>
      versionPages(dir).filter((page) => textOf(page).includes('Ingested during the build')).length;

    const build = spawn('npm', ['run', '--silent', 'build', '--', '--quiet'], { cwd: root, env, stdio: 'ignore' });
    const built = new Promise<number | null>((resolve) => build.on('close', resolve));
    // The build has its snapshot once the snapshot's index is written; the ingest then runs.
    const index = path.join(contentSnapshotFolder(site), 'index.json');
    while (!existsSync(index)) await new Promise((resolve) => setTimeout(resolve, 20));
    const ingest = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--force', '--content', content, ...changed], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout.match(/\(updated\)$/gm)).toHaveLength(base.length);
    expect(build.exitCode, 'the build was still running when the ingest finished').toBeNull();
    expect(await built).toBe(0);

    const gate = (args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'gate', '--', 'lost', '--dist', site, ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    // The published site is the content the build started from, whole: the gate passes against its
    // snapshot and fails against the content as it is now.
    expect(gate([]).status, gate([]).stderr).toBe(0);
    expect(gate(['--content', articles]).status).toBe(1);
    expect(shows(site)).toBe(0);

    const next = spawnSync('npm', ['run', '--silent', 'build', '--', '--quiet'], { cwd: root, env, encoding: 'utf8' });
    expect(next.status, next.stderr).toBe(0);
    expect(gate(['--content', articles]).status).toBe(0);
    expect(shows(site)).toBe(base.length);
    expect(versionPages(site)).toHaveLength(base.length);
  }, 600_000);
});
