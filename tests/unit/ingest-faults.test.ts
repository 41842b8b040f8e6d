/**
 * Ingest under concurrency, kills and hostile input, through the real command as a user runs it
 * (`npm run ingest -- …`, here with `--prefix` so the command runs from a folder of the user's
 * own): two runs at once never both create one file and never lose a text; a run killed with
 * SIGKILL has reported what it wrote, and the next run leaves no temp file and no lock; entries a
 * folder holds but the ingest does not read are each reported with the reason; names with control
 * characters are printed escaped; a file named like an option is refused unless after `--`.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestTempFolder } from '../../src/lib/ingest/ingest-files.ts';
import { contentLockFile } from '../../src/lib/locks/content-lock.ts';
import { projectRoot } from '../../src/lib/project-files.ts';

const root = projectRoot();
const seeds = path.join(root, 'tests/fixtures/seeds');
const seed = readFileSync(path.join(seeds, '002_c9a5fda6541b9e37.txt'), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'song-song-ingest-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `count` English articles from one seed, each its own article (source URL), first line marked. */
function writeArticles(dir: string, count: number, marker: string): string[] {
  const body = seed.replace(/^Source: .*$/m, '');
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `article-${String(i).padStart(3, '0')}.txt`);
    const source = `Source: https://baophutho.vn/trien-khai-ket-luan-177-kl-tw-dot-${i}-${240000 + i}.htm`;
    writeFileSync(file, `${marker} (article ${i}).\n${body}\n${source}\n`);
    return file;
  });
}

const npmArgs = (args: string[]) => ['--prefix', root, 'run', '--silent', 'ingest', '--', ...args];

function ingest(cwd: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync('npm', npmArgs(args), { cwd, encoding: 'utf8' });
}

function ingestAsync(cwd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', npmArgs(args), { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `ok     <file> → <output> (created)` lines: the outputs a run says it created. */
function created(stdout: string): string[] {
  return [...stdout.matchAll(/^ok {5}.* → (.*) \(created\)$/gm)].map((m) => m[1]!);
}

function listContent(contentDir: string): string[] {
  const articles = path.join(contentDir, 'articles');
  if (!existsSync(articles)) return [];
  return readdirSync(articles)
    .flatMap((a) => readdirSync(path.join(articles, a)).map((f) => `${a}/${f}`))
    .sort();
}

describe('two ingests at once', () => {
  it('never both create one file; each file holds one whole text, reported by the run that created it', async () => {
    const a = writeArticles(folder('concurrent-a'), 120, 'Version A of this text');
    writeArticles(folder('concurrent-b'), 120, 'Version B of this text');
    const content = folder('concurrent-content');
    const [runA, runB] = await Promise.all([
      ingestAsync(work, ['--content', content, 'concurrent-a']),
      ingestAsync(work, ['--content', content, 'concurrent-b']),
    ]);
    const createdA = created(runA.stdout);
    const createdB = created(runB.stdout);
    expect(createdA.length + createdB.length).toBe(a.length);
    expect(createdA.filter((file) => createdB.includes(file))).toEqual([]);
    // The run that came second found the first's files: conflicts, exit 1, nothing replaced.
    const second = createdA.length === 0 ? runA : runB;
    expect(second.status).toBe(1);
    expect(second.stderr.match(/conflict: .* already exists with a different text/g)).toHaveLength(a.length);
    const first = second === runA ? 'Version B' : 'Version A';
    const files = listContent(content);
    expect(files).toHaveLength(a.length);
    for (const file of files) expect(readFileSync(path.join(content, 'articles', file), 'utf8')).toContain(first);
    expect(existsSync(contentLockFile(content))).toBe(false);
    expect(existsSync(ingestTempFolder(content))).toBe(false);
  }, 120_000);
});

describe('an ingest killed with SIGKILL', () => {
  it('has reported each file it wrote, whole; the next run finishes, leaving no temp file or lock', async () => {
    const inputs = folder('killed-inputs');
    writeArticles(inputs, 300, 'Killed run text');
    const reference = folder('killed-reference');
    expect(ingest(work, ['--content', reference, 'killed-inputs']).status).toBe(0);

    const content = folder('killed-content');
    const child = spawn('npm', npmArgs(['--content', content, 'killed-inputs']), { cwd: work, detached: true });
    const reported = await new Promise<string[]>((resolve) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (created(stdout).length >= 5) {
          process.kill(-child.pid!, 'SIGKILL'); // the whole process group: npm, sh, node
          resolve(created(stdout));
        }
      });
    });
    await new Promise((resolve) => child.on('close', resolve));
    expect(reported.length).toBeGreaterThanOrEqual(5);
    for (const output of reported) {
      const relative = path.relative(path.join(content, 'articles'), path.resolve(work, output));
      expect(readFileSync(path.join(content, 'articles', relative), 'utf8')).toBe(
        readFileSync(path.join(reference, 'articles', relative), 'utf8'),
      );
    }
    // What a kill between a temp write and its rename leaves, and the killed run's lock.
    mkdirSync(ingestTempFolder(content), { recursive: true });
    writeFileSync(path.join(ingestTempFolder(content), '2147483646-1.md'), 'half a file');
    writeFileSync(
      contentLockFile(content),
      JSON.stringify({ pid: 2147483646, task: 'ingest', since: '2026-11-30T00:00:00Z' }),
    );

    const again = ingest(work, ['--content', content, 'killed-inputs']);
    expect(again.status).toBe(0);
    expect(again.stdout.match(/\(unchanged\)$/gm)?.length ?? 0).toBeGreaterThanOrEqual(reported.length);
    expect(listContent(content)).toEqual(listContent(reference));
    for (const file of listContent(reference)) {
      expect(readFileSync(path.join(content, 'articles', file), 'utf8')).toBe(
        readFileSync(path.join(reference, 'articles', file), 'utf8'),
      );
    }
    expect(readdirSync(content).sort()).toEqual(['articles']);
  }, 120_000);
});

describe('hostile folder entries and file names', () => {
  it('reports every entry it skips with the reason and prints control characters escaped', () => {
    const dir = folder('hostile-names');
    copyFileSync(path.join(seeds, '000_e228c1ef6803ec34.txt'), path.join(dir, 'UPPER.TXT'));
    copyFileSync(
      path.join(seeds, '001_b512f38989053f5c.txt'),
      path.join(dir, 'evil\u001b[2K\rok     fake → x (created)\u202e.txt'),
    );
    copyFileSync(path.join(seeds, '002_c9a5fda6541b9e37.txt'), path.join(dir, '.hidden.txt'));
    writeFileSync(path.join(dir, 'notes.md'), '# notes');
    symlinkSync(path.join(seeds, '003_3a970a3a0229f3a2.txt'), path.join(dir, 'link.txt'));
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status).toBe(0);

    const out = ingest(work, ['--dry-run', '--content', folder('hostile-content'), 'hostile-names']);
    expect(out.status).toBe(0);
    const all = out.stdout + out.stderr;
    // eslint-disable-next-line no-control-regex -- the test is that no control character reaches the terminal
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(out.stdout).toContain('evil\\x1b[2K\\x0dok     fake → x (created)\\u202e.txt → ');
    expect(out.stdout).toMatch(/^ok {5}hostile-names\/UPPER\.TXT → .*\/de\.md \(would create\)$/m);
    expect(out.stderr).toContain('skip   hostile-names/.hidden.txt (hidden (name starts with a dot))');
    expect(out.stderr).toContain('skip   hostile-names/link.txt (symbolic link (not followed in folders))');
    expect(out.stderr).toContain('skip   hostile-names/notes.md (not a .txt file)');
    expect(out.stderr).toContain('skip   hostile-names/pipe.txt (a FIFO (named pipe))');
    expect(out.stderr).toContain('2 file(s): 2 ok, 0 refused; 4 folder entries skipped (dry run, nothing written)');
  }, 60_000);

  it('refuses a file named like an option unless it comes after --', () => {
    const dir = folder('option-names');
    copyFileSync(path.join(seeds, '002_c9a5fda6541b9e37.txt'), path.join(dir, '--force'));
    copyFileSync(path.join(seeds, '004_221c47744e1fa9ba.txt'), path.join(dir, 'a.txt'));
    const content = folder('option-content');
    // What `npm run ingest -- *` passes in that folder.
    const globbed = ingest(dir, ['--content', content, '--force', 'a.txt']);
    expect(globbed.status).toBe(2);
    expect(globbed.stderr).toContain('--force: both an option and the name of a file here');
    expect(listContent(content)).toEqual([]);
    const terminated = ingest(dir, ['--content', content, '--', '--force', 'a.txt']);
    expect(terminated.status).toBe(0);
    expect(created(terminated.stdout)).toHaveLength(2);
    expect(terminated.stdout).toMatch(/^ok {5}--force → /m);
  }, 60_000);

  it('names the line of a source URL that names no article', () => {
    const dir = folder('no-article');
    writeFileSync(
      path.join(dir, 'x.txt'),
      'The committee met on the plan for 2026.\nIt agreed.\nSource: https://baophutho.vn/\n',
    );
    const out = ingest(dir, ['--dry-run', '--content', folder('no-article-content'), 'x.txt']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('x.txt:3: source URL names no article');
  }, 60_000);
});
