/**
 * The alignment at sizes no article has but a file within ingest's 1 MiB limit (or one written
 * into content/ by hand) can: two versions of 100,000 short lines, one of them also missing
 * 30,000; versions of thousands of paragraphs with drops, merges and a long run of missing
 * paragraphs, with and without anchors; rows of three 100,000-line versions. Checked for the
 * result only (no timings); that the 100,000 case fits in a small heap is checked by running it in
 * a child process with one.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, type AlignedPair } from '../../src/lib/alignment/align-paragraphs.ts';
import { buildAlignedRows } from '../../src/lib/alignment/aligned-rows.ts';
import type { Lang } from '../../src/lib/lang.ts';
import { generatedLines, isAnchored, versionOf } from '../../tools/alignment-corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shape = (pairs: AlignedPair[]) => pairs.map((p) => [p.a, p.b, p.kind]);

/** Every paragraph of both versions in exactly one pair, in order. */
function expectCovers(pairs: AlignedPair[], n: number, m: number) {
  expect(pairs.flatMap((p) => p.a)).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(pairs.flatMap((p) => p.b)).toEqual(Array.from({ length: m }, (_, k) => k));
}

/** The first index from `start` where lines from-1 … from+span are all anchored with their own number. */
function anchoredRun(lines: ReturnType<typeof generatedLines>, start: number, span: number): number {
  for (let k = start; ; k++)
    if (Array.from({ length: span + 2 }, (_, x) => k - 1 + x).every((i) => isAnchored(lines, i))) return k;
}

describe('alignParagraphs at 100,000 paragraphs', () => {
  it('pairs two 100,000-line versions one to one within a 256 MB heap', () => {
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', '--import', 'tsx', 'tests/support/alignment-large.ts'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PARAGRAPHS: '100000' },
      },
    );
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toMatchObject({ pairs: 100_000, everyParagraphOnceInOrder: true, notOneToOne: 0 });
  }, 600_000);
});

describe('alignParagraphs at thousands of paragraphs', () => {
  const lines = generatedLines(4_000);
  const en = versionOf(lines, 'en');
  const de = versionOf(lines, 'de');

  it('finds the few paragraphs one version drops or merges, and pairs the rest one to one', () => {
    const drops = [500, 1_700, 3_100].map((k) => anchoredRun(lines, k, 1));
    const merges = [1_000, 2_600].map((k) => anchoredRun(lines, k, 2));
    const edited: string[] = [];
    const expected: [number[], number[], string][] = [];
    for (let i = 0; i < en.length; i++) {
      if (drops.includes(i)) {
        expected.push([[i], [], '1-0']);
      } else if (merges.includes(i)) {
        expected.push([[i, i + 1], [edited.length], '2-1']);
        edited.push(`${de[i]} ${de[i + 1]}`);
        i++;
      } else {
        expected.push([[i], [edited.length], '1-1']);
        edited.push(de[i]!);
      }
    }
    expect(edited).toHaveLength(4_000 - 3 - 2);

    const pairs = alignParagraphs(en, edited, { a: 'en', b: 'de' });
    expectCovers(pairs, en.length, edited.length);
    expect(shape(pairs)).toEqual(expected);
    // And the other way round: the drops are insertions, the merges splits.
    const mirrored = alignParagraphs(edited, en, { a: 'de', b: 'en' });
    const mirror = { '1-0': '0-1', '2-1': '1-2', '1-1': '1-1' } as Record<string, string>;
    expect(shape(mirrored)).toEqual(expected.map(([a, b, kind]) => [b, a, mirror[kind]]));
  }, 120_000);

  it('follows a run of 300 missing paragraphs, far off the diagonal, as the whole table would', () => {
    const start = 900;
    const long = en.slice(0, 2_000);
    const cut = [...de.slice(0, start), ...de.slice(start + 300, 2_000)];
    const pairs = alignParagraphs(long, cut, { a: 'en', b: 'de' });
    expectCovers(pairs, long.length, cut.length);
    expect(pairs).toEqual(alignParagraphs(long, cut, { a: 'en', b: 'de' }, { minRadius: Infinity }));
    const original = (j: number) => (j < start ? j : j + 300);
    const numbered = pairs.flatMap((p) =>
      p.b.filter((j) => isAnchored(lines, original(j))).map((j) => p.a.includes(original(j))),
    );
    expect(numbered.filter((right) => !right).length).toBeLessThan(numbered.length / 100);
    expect(pairs.filter((p) => p.b.length === 0).length).toBeGreaterThan(250);
  }, 120_000);

  it('follows it without anchors too, by widening the band', () => {
    const plain = (t: string) => t.replace(/\d+/g, 'n');
    const long = en.slice(0, 2_000).map(plain);
    const cut = [...de.slice(0, 900), ...de.slice(1_200, 2_000)].map(plain);
    const pairs = alignParagraphs(long, cut, { a: 'en', b: 'de' });
    expectCovers(pairs, long.length, cut.length);
    expect(pairs).toEqual(alignParagraphs(long, cut, { a: 'en', b: 'de' }, { minRadius: Infinity }));
  }, 120_000);
});

describe('alignParagraphs at 100,000 paragraphs, one version missing 30,000 of them', () => {
  it('pairs the numbered lines on both sides of the gap with their own', () => {
    const lines = generatedLines(100_000);
    const en = versionOf(lines, 'en');
    const de = versionOf(lines, 'de');
    const cut = [...de.slice(0, 40_000), ...de.slice(70_000)];
    const pairs = alignParagraphs(en, cut, { a: 'en', b: 'de' });
    expectCovers(pairs, en.length, cut.length);
    const original = (j: number) => (j < 40_000 ? j : j + 30_000);
    const numbered = pairs.flatMap((p) =>
      p.b.filter((j) => isAnchored(lines, original(j))).map((j) => p.a.includes(original(j))),
    );
    expect(numbered.length).toBeGreaterThan(20_000);
    expect(numbered.filter((right) => !right).length).toBeLessThan(numbered.length / 100);
    expect(pairs.filter((p) => p.b.length === 0).length).toBeGreaterThan(29_000);
  }, 600_000);
});

describe('buildAlignedRows at scale', () => {
  it('puts every paragraph of three 100,000-line versions in exactly one row, in order, one row per line', () => {
    const lines = generatedLines(100_000);
    const versions: { lang: Lang; paragraphs: string[] }[] = [
      { lang: 'en', paragraphs: versionOf(lines, 'en') },
      { lang: 'vi', paragraphs: versionOf(lines, 'vi') },
      { lang: 'de', paragraphs: versionOf(lines, 'de') },
    ];
    const { pivot, rows } = buildAlignedRows(versions);
    expect(pivot).toBe('vi');
    expect(rows).toHaveLength(100_000);
    for (const { lang, paragraphs } of versions) {
      expect(rows.flatMap((row) => row.cells[lang] ?? [])).toEqual(paragraphs.map((_, k) => k));
    }
    expect(
      rows.every(
        (row, k) => row.row === k + 1 && row.cells.vi![0] === k && row.cells.en![0] === k && row.cells.de![0] === k,
      ),
    ).toBe(true);
  }, 600_000);

  it('keeps a paragraph only one of two 20,000-line versions has, and a merge, in their rows', () => {
    const lines = generatedLines(20_000);
    const vi = versionOf(lines, 'vi');
    const en = versionOf(lines, 'en');
    const k = anchoredRun(lines, 10_000, 2);
    // English adds a paragraph after line k-1 and merges lines k and k+1.
    const enEdited = [
      ...en.slice(0, k),
      'An English-only remark about the 2025 budget of 6,600 billion dong.',
      `${en[k]} ${en[k + 1]}`,
      ...en.slice(k + 2),
    ];
    const { rows } = buildAlignedRows([
      { lang: 'vi', paragraphs: vi },
      { lang: 'en', paragraphs: enEdited },
    ]);
    expect(rows.flatMap((row) => row.cells.vi ?? [])).toEqual(vi.map((_, x) => x));
    expect(rows.flatMap((row) => row.cells.en ?? [])).toEqual(enEdited.map((_, x) => x));
    expect(rows).toHaveLength(20_000);
    expect(rows[k]!.cells).toEqual({ en: [k] });
    expect(rows[k + 1]!.cells).toEqual({ vi: [k, k + 1], en: [k + 1] });
    expect(rows[k + 2]!.cells).toEqual({ vi: [k + 2], en: [k + 2] });
  }, 600_000);
});
