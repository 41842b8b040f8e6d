/**
 * The pieces of the incremental build on their own (src/lib/build/): input keys, the render plan,
 * the derived-value cache, publishing by links and swap, recovery after an interrupted swap.
 * The whole pipeline is checked against cold builds by tests/gates/incremental-build.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { derivedCache } from '../../src/lib/build/derived-cache.ts';
import { headersFile } from '../../src/lib/build/headers-file.ts';
import { inputKey } from '../../src/lib/build/input-key.ts';
import { pageKind } from '../../src/lib/build/page-kinds.ts';
import {
  linkTree,
  listFiles,
  nextFolder,
  oldFolder,
  overlayTree,
  recoverPublished,
  removeFiles,
  swapIn,
} from '../../src/lib/build/publish.ts';
import { pageFile, readPageKeys, RENDER_PLAN_ENV } from '../../src/lib/build/render-plan.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'song-song-build-test-'));
  folders.push(dir);
  return dir;
};
function tree(root: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}
const read = (root: string) =>
  Object.fromEntries(listFiles(root).map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));

describe('inputKey', () => {
  it('is the same for the same inputs in any key order, and differs on any change', () => {
    expect(inputKey({ a: 1, b: [1, { c: 'x', d: null }] })).toBe(inputKey({ b: [1, { d: null, c: 'x' }], a: 1 }));
    expect(inputKey({ a: 1 })).not.toBe(inputKey({ a: 2 }));
    expect(inputKey([1, 2])).not.toBe(inputKey([2, 1]));
    expect(inputKey(new Map([['k', 1]]))).not.toBe(inputKey(new Map([['k', 2]])));
    expect(inputKey('a')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('pageFile and pageKind', () => {
  it('maps page URLs to the files Astro writes and files to page kinds', () => {
    expect(pageFile('/en/articles/x/')).toBe('en/articles/x/index.html');
    expect(pageFile('/data/aligned/x/de-en.tmx')).toBe('data/aligned/x/de-en.tmx');
    expect(pageFile('/')).toBe('index.html');
    expect(
      [
        'en/articles/x/index.html',
        'ar/compare/x/index.html',
        'vi/documents/204-qd-tw/index.html',
        'vi/documents/index.html',
        'de/provinces/phu-tho/index.html',
        'data/aligned/x/de-en.tsv',
        'search/documents/204-qd-tw.json',
        'sitemaps/1.xml',
        'data/articles.json',
        'ru/feed.xml',
        'en/index.html',
      ].map(pageKind),
    ).toEqual([
      'article',
      'compare',
      'document',
      'index',
      'province',
      'aligned export',
      'document lookup',
      'sitemap',
      'open data',
      'feed',
      'index',
    ]);
  });
});

describe('selectPages', () => {
  afterEach(() => {
    delete process.env[RENDER_PLAN_ENV];
    vi.resetModules();
  });
  const pages = [
    { file: 'en/a/index.html', key: 'k1', page: 'a' },
    { file: 'en/b/index.html', key: 'k2', page: 'b' },
    { file: 'en/c/index.html', key: 'k3', page: 'c' },
  ];

  it('renders every page without a plan', async () => {
    const { selectPages } = await import('../../src/lib/build/render-plan.ts');
    expect(selectPages('things', pages)).toEqual(['a', 'b', 'c']);
  });

  it('renders only new and changed pages, and records every page of the route', async () => {
    const dir = temp();
    const keysFolder = path.join(dir, 'keys');
    writeFileSync(
      path.join(dir, 'plan.json'),
      JSON.stringify({
        previous: { 'en/a/index.html': 'k1', 'en/b/index.html': 'old', 'en/gone/index.html': 'k9' },
        keysFolder,
        worker: { index: 0, count: 1 },
      }),
    );
    process.env[RENDER_PLAN_ENV] = path.join(dir, 'plan.json');
    const { selectPages } = await import('../../src/lib/build/render-plan.ts');
    expect(selectPages('things', pages)).toEqual(['b', 'c']);
    // A page with a null key shows the whole corpus: rendered by every build.
    expect(selectPages('whole', [{ file: 'en/index.html', key: null, page: 'home' }])).toEqual(['home']);
    expect([...readPageKeys(keysFolder)]).toEqual([
      ['en/a/index.html', 'k1'],
      ['en/b/index.html', 'k2'],
      ['en/c/index.html', 'k3'],
      ['en/index.html', null],
    ]);
  });

  it('splits a route between workers: every page rendered by exactly one, pages recorded by one', async () => {
    const dir = temp();
    const rendered: string[][] = [];
    for (const index of [0, 1]) {
      writeFileSync(
        path.join(dir, `plan-${index}.json`),
        JSON.stringify({
          previous: null,
          keysFolder: index === 0 ? path.join(dir, 'keys') : null,
          worker: { index, count: 2 },
        }),
      );
      process.env[RENDER_PLAN_ENV] = path.join(dir, `plan-${index}.json`);
      vi.resetModules();
      const { selectPages } = await import('../../src/lib/build/render-plan.ts');
      rendered.push(selectPages('things', pages));
    }
    expect(rendered).toEqual([['a', 'c'], ['b']]);
    expect(readPageKeys(path.join(dir, 'keys')).size).toBe(3);
  });

  it('refuses a file declared by two routes', () => {
    const keysFolder = temp();
    writeFileSync(path.join(keysFolder, 'one.json'), JSON.stringify([['x/index.html', 'k']]));
    writeFileSync(path.join(keysFolder, 'two.json'), JSON.stringify([['x/index.html', 'k']]));
    expect(() => readPageKeys(keysFolder)).toThrow('x/index.html is written by two routes: one and two');
  });
});

describe('derivedCache', () => {
  it('computes a value once per inputs and code digest, across cache instances', () => {
    const dir = temp();
    let calls = 0;
    const compute = () => ({ n: ++calls });
    expect(derivedCache(dir, 'code1').get('kind', { digest: 'a' }, compute)).toEqual({ n: 1 });
    expect(derivedCache(dir, 'code1').get('kind', { digest: 'a' }, compute)).toEqual({ n: 1 });
    expect(derivedCache(dir, 'code1').get('kind', { digest: 'b' }, compute)).toEqual({ n: 2 });
    expect(derivedCache(dir, 'code2').get('kind', { digest: 'a' }, compute)).toEqual({ n: 3 });
    expect(listFiles(dir).every((f) => f.endsWith('.json'))).toBe(true);
  });
});

describe('publishing', () => {
  it('assembles the next site from links without touching the published files, then swaps it in', () => {
    const dir = temp();
    const out = tree(path.join(dir, 'dist'), {
      'a/index.html': 'A1',
      'b/index.html': 'B1',
      'gone/x/index.html': 'G',
      'keep.txt': 'K',
    });
    const staging = tree(path.join(dir, 'staging'), { 'a/index.html': 'A2', 'new/index.html': 'N' });
    expect(linkTree(out, nextFolder(out))).toBe(4);
    expect(removeFiles(nextFolder(out), ['gone/x/index.html'])).toBe(1);
    expect(overlayTree(staging, nextFolder(out))).toBe(2);
    // The published site is unchanged until the swap: replaced files were renamed over their links.
    expect(read(out)).toEqual({
      'a/index.html': 'A1',
      'b/index.html': 'B1',
      'gone/x/index.html': 'G',
      'keep.txt': 'K',
    });
    swapIn(out);
    expect(read(out)).toEqual({ 'a/index.html': 'A2', 'b/index.html': 'B1', 'keep.txt': 'K', 'new/index.html': 'N' });
    expect(existsSync(path.join(out, 'gone'))).toBe(false);
    expect(existsSync(nextFolder(out)) || existsSync(oldFolder(out))).toBe(false);
  });

  it('puts the published site back after a swap interrupted between its two renames', () => {
    const dir = temp();
    const out = tree(path.join(dir, 'dist'), { 'index.html': 'published' });
    tree(nextFolder(out), { 'index.html': 'next' });
    renameSync(out, oldFolder(out)); // killed here: no dist/
    expect(recoverPublished(out)).toEqual([
      'restored dist/ from an interrupted swap',
      'removed dist.next/ left by an interrupted build',
    ]);
    expect(read(out)).toEqual({ 'index.html': 'published' });
    expect(recoverPublished(out)).toEqual([]);
  });
});

describe('headersFile', () => {
  it('merges the distinct policies in the same order whatever order the pages came in', () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-A'";
    const b = "default-src 'self'; script-src 'self' 'sha256-B'; style-src 'self'";
    expect(headersFile([a, b, a])).toBe(headersFile([b, a]));
    expect(headersFile([b, a])).toContain(
      "Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src " +
        "'self'; frame-ancestors 'none'",
    );
  });
});

describe('acquireLock', () => {
  it("one process holds the lock; a second is refused, naming the holder; a dead holder's lock is taken", async () => {
    const { acquireLock, LockHeldError } = await import('../../src/lib/locks/pid-lock.ts');
    const lock = path.join(temp(), 'build.lock');
    const release = acquireLock(lock, { task: 'build' });
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, task: 'build' });
    // A live process that is not us holds it: the parent of this test process.
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, task: 'ingest', since: '2026-11-30T04:00:00.000Z' }));
    expect(() => acquireLock(lock, { task: 'build' })).toThrow(LockHeldError);
    expect(() => acquireLock(lock, { task: 'build' })).toThrow(
      `ingest (pid ${process.ppid}, since 2026-11-30T04:00:00.000Z) holds the lock`,
    );
    // Waiting: told once whom it waits for, then refused when the time is up.
    const waitedFor: number[] = [];
    expect(() =>
      acquireLock(lock, { task: 'build', waitMs: 300, onWait: (holder) => waitedFor.push(holder.pid) }),
    ).toThrow(LockHeldError);
    expect(waitedFor).toEqual([process.ppid]);
    // Our release does not remove a lock that is not ours.
    release();
    expect(existsSync(lock)).toBe(true);
    // A pid that no longer runs: the lock is stale (an old lock holds only a pid).
    writeFileSync(lock, '2147483646');
    const again = acquireLock(lock, { task: 'build' });
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    again();
    expect(existsSync(lock)).toBe(false);
  });
});
