/**
 * Ingest end to end on the seeds and on broken fixtures, in temporary content folders, plus the
 * check that the committed content/ is exactly what ingest produces from the seeds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleVersionSchema } from '../../src/lib/corpus/article-version-schema.ts';
import { parseArticleBody } from '../../src/lib/corpus/article-body.ts';
import { collectInputFiles } from '../../src/lib/ingest/collect-input-files.ts';
import { ingestFiles, type IngestResult } from '../../src/lib/ingest/ingest-files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = path.join(root, 'tests/fixtures/seeds');
const rawDir = path.join(root, 'tests/fixtures/raw');
const committedContent = path.join(root, 'content');
const seedFiles = collectInputFiles([seedsDir]).files;
const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'songsong-ingest-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function splitFile(markdown: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parseYaml(match[1]!), body: match[2]! };
}

describe('ingest of the seeds', () => {
  let contentDir: string;
  let results: IngestResult[];
  beforeAll(() => {
    contentDir = tempDir();
    results = ingestFiles(seedFiles, { contentDir, dryRun: false, force: false });
  });

  it('ingests all five seeds', () => {
    expect(results.map((r) => [path.basename(r.file), r.status, r.lang, r.action])).toEqual([
      ['000_e228c1ef6803ec34.txt', 'ok', 'de', 'create'],
      ['001_b512f38989053f5c.txt', 'ok', 'ru', 'create'],
      ['002_c9a5fda6541b9e37.txt', 'ok', 'en', 'create'],
      ['003_3a970a3a0229f3a2.txt', 'ok', 'de', 'create'],
      ['004_221c47744e1fa9ba.txt', 'ok', 'ar', 'create'],
    ]);
  });

  it('makes 000 (de) and 002 (en) two versions of one article', () => {
    expect(results[0]!.article).toBe(phuTho);
    expect(results[2]!.article).toBe(phuTho);
    expect(listFiles(path.join(contentDir, 'articles', phuTho))).toEqual(['de.md', 'en.md']);
  });

  it('writes exactly the committed content/', () => {
    const produced = listFiles(contentDir);
    expect(listFiles(committedContent)).toEqual(produced);
    for (const file of produced) {
      expect(readFileSync(path.join(committedContent, file), 'utf8'), file).toBe(
        readFileSync(path.join(contentDir, file), 'utf8'),
      );
    }
  });

  it('writes frontmatter the content schema accepts and a body that reads back as the input lines', () => {
    for (const result of results) {
      const { frontmatter, body } = splitFile(
        readFileSync(path.join(contentDir, 'articles', result.article!, `${result.lang}.md`), 'utf8'),
      );
      const data = articleVersionSchema.parse(frontmatter);
      const blocks = parseArticleBody(body);
      expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(data.paragraphs);
      expect(blocks.filter((b) => b.kind === 'caption')).toHaveLength(data.captions);
      // every body line of the input, in order (footers, byline and source excluded)
      const input = readFileSync(result.file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const bodyLines = input.filter((line) => blocks.some((b) => b.text === line.replace(/^[-*] /, '')));
      expect(blocks.map((b) => b.text)).toEqual(bodyLines.map((line) => line.replace(/^[-*] /, '')));
      expect(input.length - bodyLines.length).toBe(
        1 + (data.byline ? 1 : 0) + input.filter((l) => /\(0\)$|^\[إعلان/.test(l)).length,
      );
    }
  });

  it('records provinces named and current', () => {
    expect(Object.fromEntries(results.map((r) => [path.basename(r.file).slice(0, 3), r.province]))).toEqual({
      '000': { named: 'Phú Thọ', current: 'Phú Thọ', via: 'outlet' },
      '001': { named: 'Hòa Bình', current: 'Phú Thọ', via: 'text' },
      '002': { named: 'Phú Thọ', current: 'Phú Thọ', via: 'outlet' },
      '003': { named: 'Lạng Sơn', current: 'Lạng Sơn', via: 'outlet' },
      '004': { named: 'Ninh Thuận', current: 'Khánh Hòa', via: 'outlet' },
    });
  });

  it('records cited documents apart from the documents the original title names', () => {
    const numbers = (r: IngestResult) => r.documents!.map((d) => d.number);
    const phuThoDocs = [
      '177-KL/TW',
      '02-KH/BCĐTW',
      '04-KH/TU',
      '204-QĐ/TW',
      '02-KH/TU',
      '9068-CV/BTCTW',
      '253-QĐ/TW',
      '255-QĐ/TW',
    ];
    expect(numbers(results[0]!)).toEqual(phuThoDocs);
    expect(numbers(results[2]!)).toEqual(phuThoDocs);
    expect(results[0]!.documents!.find((d) => d.number === '02-KH/TU')).toMatchObject({
      id: '02-kh-tu-phu-tho',
      province: 'Phú Thọ',
      count: 4,
    });
    expect(results[0]!.documents!.find((d) => d.number === '204-QĐ/TW')!.raw).toEqual(['204-QD/TW']);
    expect(results[2]!.documents!.find((d) => d.number === '204-QĐ/TW')!.raw).toEqual(['204-QĐ/TW']);
    expect(results[0]!.headlineDocuments).toEqual([{ number: '178-KL/TW', id: '178-kl-tw', province: null }]);
    expect(numbers(results[4]!)).toEqual(['18-NQ/TW', '177/2024/NĐ-CP', '178/2024/NĐ-CP', '179/2024/NĐ-CP']);
    expect(numbers(results[1]!)).toEqual([]);
    expect(numbers(results[3]!)).toEqual([]);
  });

  it('records the seeds as undated: they have no date line, no dated byline and no date in their URLs', () => {
    expect(results.map((r) => r.published)).toEqual([null, null, null, null, null]);
  });

  it('changes nothing when run again (byte-identical)', () => {
    const before = listFiles(contentDir).map((f) => readFileSync(path.join(contentDir, f), 'utf8'));
    const again = ingestFiles(seedFiles, { contentDir, dryRun: false, force: false });
    expect(again.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(listFiles(contentDir).map((f) => readFileSync(path.join(contentDir, f), 'utf8'))).toEqual(before);
  });
});

describe('ingest refusals', () => {
  it('reports a changed text as a conflict and writes only with --force', () => {
    const contentDir = tempDir();
    ingestFiles(seedFiles, { contentDir, dryRun: false, force: false });
    const target = path.join(contentDir, 'articles', phuTho, 'en.md');
    const original = readFileSync(target, 'utf8');
    const changedDir = tempDir();
    const changed = path.join(changedDir, 'changed-002.txt');
    writeFileSync(
      changed,
      readFileSync(seedFiles[2]!, 'utf8').replace(
        '\nVan Lang',
        '\nOne more paragraph was added to the English translation of the article.\nVan Lang',
      ),
    );
    const [conflict] = ingestFiles([changed], { contentDir, dryRun: false, force: false });
    expect(conflict).toMatchObject({
      status: 'error',
      error: expect.stringMatching(
        /changed-002\.txt: conflict: .*en\.md already exists with a different text \(use --force/,
      ),
    });
    expect(readFileSync(target, 'utf8')).toBe(original);
    const [forced] = ingestFiles([changed], { contentDir, dryRun: false, force: true });
    expect(forced).toMatchObject({ status: 'ok', action: 'update', written: true, paragraphs: 12 });
    expect(readFileSync(target, 'utf8')).toContain('One more paragraph was added');
  });

  it('refuses two inputs for the same article and language, naming both', () => {
    const dir = tempDir();
    cpSync(seedFiles[2]!, path.join(dir, 'a.txt'));
    cpSync(seedFiles[2]!, path.join(dir, 'b.txt'));
    const contentDir = tempDir();
    const results = ingestFiles([path.join(dir, 'a.txt'), path.join(dir, 'b.txt')], {
      contentDir,
      dryRun: false,
      force: false,
    });
    expect(results.map((r) => r.status)).toEqual(['error', 'error']);
    expect(results[0]!.error).toMatch(/a\.txt: same article and language .* as .*b\.txt/);
    expect(results[1]!.error).toMatch(/b\.txt: same article and language .* as .*a\.txt/);
    expect(listFiles(contentDir)).toEqual([]);
  });

  it('processes good files next to bad ones and writes nothing for the bad ones', () => {
    const contentDir = tempDir();
    const results = ingestFiles(collectInputFiles([rawDir]).files, { contentDir, dryRun: false, force: false });
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.file), r.status]));
    expect(byFile).toEqual({
      'binary.txt': 'error',
      'blank.txt': 'error',
      'bom-crlf-controls.txt': 'ok',
      'empty.txt': 'error',
      'french.txt': 'error',
      'javascript-url.txt': 'error',
      'latin1.txt': 'error',
      'markdown-and-html.txt': 'ok',
      'no-source.txt': 'error',
      'two-sources.txt': 'error',
      'unparseable-url.txt': 'error',
      'vi-with-title.txt': 'ok',
    });
    expect(listFiles(contentDir)).toHaveLength(3);
    expect(listFiles(contentDir).some((f) => f.includes('.tmp'))).toBe(false);
  });

  it('keeps hostile text inert in the written Markdown', () => {
    const contentDir = tempDir();
    const [result] = ingestFiles([path.join(rawDir, 'markdown-and-html.txt')], {
      contentDir,
      dryRun: false,
      force: false,
    });
    const markdown = readFileSync(path.join(contentDir, 'articles', result!.article!, `${result!.lang}.md`), 'utf8');
    expect(markdown).toContain('\\<script\\>alert("the script must stay text")\\</script\\>');
    expect(markdown).not.toMatch(/^<(?!figure)/m);
    expect(parseArticleBody(splitFile(markdown).body)).toHaveLength(9);
  });
});

describe('ingest of publication dates', () => {
  it('writes the date line of a text to the frontmatter, as written, and not to the body', () => {
    const dir = tempDir();
    const dated = path.join(dir, 'dated-002.txt');
    writeFileSync(
      dated,
      readFileSync(seedFiles[2]!, 'utf8').replace('\nVan Lang\n', '\nVan Lang\nTuesday, July 22, 2025 08:15\n'),
    );
    const contentDir = tempDir();
    const [result] = ingestFiles([dated], { contentDir, dryRun: false, force: false });
    expect(result).toMatchObject({
      status: 'ok',
      byline: 'Van Lang',
      paragraphs: 11,
      published: { date: '2025-07-22', from: 'line', text: 'Tuesday, July 22, 2025 08:15' },
    });
    const markdown = readFileSync(path.join(contentDir, 'articles', phuTho, 'en.md'), 'utf8');
    // Quoted, so no YAML 1.1 reader takes it for a timestamp.
    expect(markdown).toContain(
      'published:\n  date: "2025-07-22"\n  from: line\n  text: Tuesday, July 22, 2025 08:15\n',
    );
    const { frontmatter, body } = splitFile(markdown);
    expect(articleVersionSchema.parse(frontmatter).published).toEqual({
      date: '2025-07-22',
      from: 'line',
      text: 'Tuesday, July 22, 2025 08:15',
    });
    expect(body).not.toContain('July 22, 2025');
    // The same text as without the date line: the checksum covers the body, which is unchanged.
    expect(articleVersionSchema.parse(frontmatter).checksum).toBe(
      articleVersionSchema.parse(
        splitFile(readFileSync(path.join(committedContent, 'articles', phuTho, 'en.md'), 'utf8')).frontmatter,
      ).checksum,
    );
  });

  it('splits a dated byline and refuses nothing because of a date', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'byline.txt'),
      readFileSync(seedFiles[4]!, 'utf8').replace('\nديم ماي\n', '\nديم ماي ٢٢/٠٧/٢٠٢٥\n'),
    );
    writeFileSync(path.join(dir, 'impossible.txt'), `31.02.2025\n${readFileSync(seedFiles[0]!, 'utf8')}`);
    const results = ingestFiles(collectInputFiles([dir]).files, { contentDir: tempDir(), dryRun: true, force: false });
    expect(results.map((r) => [path.basename(r.file), r.status, r.byline, r.published])).toEqual([
      ['byline.txt', 'ok', 'ديم ماي', { date: '2025-07-22', from: 'byline', text: '٢٢/٠٧/٢٠٢٥' }],
      ['impossible.txt', 'ok', 'Van Lang', null],
    ]);
    // The impossible date stays text: the first paragraph.
    expect(results[1]!.paragraphs).toBe(12);
  });
});

describe('npm run ingest (command line)', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/ingest.ts'), ...args],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );

  it('--dry-run --json prints one object per file with the documented keys and writes nothing', () => {
    const contentDir = tempDir();
    const out = run('--dry-run', '--json', '--content', contentDir, seedsDir);
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as Record<string, unknown>[];
    expect(report).toHaveLength(5);
    for (const entry of report) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining([
          'file',
          'status',
          'article',
          'lang',
          'province',
          'documents',
          'headlineDocuments',
          'paragraphs',
          'published',
        ]),
      );
    }
    expect(report[4]).toMatchObject({
      lang: 'ar',
      province: { named: 'Ninh Thuận', current: 'Khánh Hòa' },
      paragraphs: 4,
    });
    expect(listFiles(contentDir)).toEqual([]);
  });

  it('exits non-zero and names the file and line of a bad input', () => {
    const out = run('--dry-run', '--json', path.join(rawDir, 'latin1.txt'), path.join(rawDir, 'vi-with-title.txt'));
    expect(out.status).toBe(1);
    const report = JSON.parse(out.stdout) as IngestResult[];
    expect(report.map((r) => r.status)).toEqual(['error', 'ok']);
    expect(report[0]!.error).toMatch(/latin1\.txt:3: not valid UTF-8/);
    expect(report[0]!.line).toBe(3);
  });

  it('exits 2 on usage errors', () => {
    expect(run().status).toBe(2);
    expect(run('--bogus', seedsDir).status).toBe(2);
  });
});

describe('ingest of oversized input', () => {
  // Made here rather than committed: a 5 MB file and a file with a 1 MB line.
  const line = 'The Standing Committee of the Provincial Party Committee met with the units on the plan. ';
  const source = 'Source: https://baophutho.vn/kiem-tra-viec-thuc-hien-cac-nghi-quyet-cua-tinh-uy-200001.htm\n';

  it('refuses a 5 MB file and a 1 MB line with the file named, and writes nothing', () => {
    const inputs = tempDir();
    const big = path.join(inputs, 'five-megabytes.txt');
    writeFileSync(big, `${`${line}\n`.repeat(Math.ceil((5 * 1024 * 1024) / (line.length + 1)))}${source}`);
    const long = path.join(inputs, 'one-megabyte-line.txt');
    writeFileSync(long, `${line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000)}\n${source}`);
    const contentDir = tempDir();
    const results = ingestFiles([big, long], { contentDir, dryRun: false, force: false });
    expect(results.map((r) => r.status)).toEqual(['error', 'error']);
    expect(results[0]!.error).toMatch(/five-megabytes\.txt.*file is \d+ bytes, over the limit/);
    expect(results[1]!.error).toMatch(/one-megabyte-line\.txt:1: line is 1000000 characters, over the limit/);
    expect(listFiles(contentDir)).toEqual([]);
  });
});
