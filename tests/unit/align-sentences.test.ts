/**
 * Sentence alignment (src/lib/alignment/align-sentences.ts) on versions built from real seed
 * sentences (the German and English Phú Thọ article of the gold fixture): a sentence split in
 * two, two merged, one moved into the next paragraph, one dropped; Arabic beside German (the
 * compare-site fixture); determinism; the fallback of a version too long for one table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/lib/alignment/align-paragraphs.ts';
import {
  SENTENCE_CELL_BUDGET,
  alignSentences,
  alignSentencesOfParagraphs,
  type SentenceUnit,
} from '../../src/lib/alignment/align-sentences.ts';
import { buildAlignedRows } from '../../src/lib/alignment/aligned-rows.ts';
import { buildSentenceLevel } from '../../src/lib/alignment/sentence-rows.ts';
import { rowLabel } from '../../src/lib/alignment/row-fragment.ts';
import type { Lang } from '../../src/lib/lang.ts';
import { sentenceSpans } from '../../src/lib/text/sentences.ts';

const gold = JSON.parse(
  readFileSync(new URL('../fixtures/alignment/sentences/gold-de-en-phu-tho.json', import.meta.url), 'utf8'),
) as { a: string[][]; b: string[][] };
const lines = (lang: string) =>
  readFileSync(new URL(`../fixtures/compare-site/${lang}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter(
      (l) =>
        l.trim() !== '' &&
        !/^(Quelle|المصدر|Kommentar|تعليق|Source|Comment|Nguồn|Bình luận)|^[\d٠-٩/]+$/u.test(l.trim()),
    );

/** Units of paragraphs given as sentence lists, each paragraph its own group. */
const units = (paragraphs: string[][]): SentenceUnit[] =>
  paragraphs.flatMap((sentences, g) => sentences.map((text) => ({ text, group: g })));
const beads = (pairs: { a: number[]; b: number[] }[]) => pairs.map((p) => `${p.a.join('+')}:${p.b.join('+')}`);
const de = gold.a.slice(0, 5);
const en = gold.b.slice(0, 5);
const langs = { a: 'de', b: 'en' } as { a: Lang; b: Lang };

describe('alignSentences', () => {
  it('pairs one to one where the translation keeps the sentences', () => {
    // Paragraphs 0–2 of the Phú Thọ article: 2 + 3 + 1 sentences, all 1-1.
    const pairs = alignSentences(units(de.slice(0, 3)), units(en.slice(0, 3)), langs);
    expect(beads(pairs)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5']);
    for (const p of pairs) expect(p.confidence).toBeGreaterThan(0.5);
  });

  it('finds 2-1 and 1-2 where a translation merges or splits sentences', () => {
    // German paragraph 3 has five sentences, English three: (6+7):6, (8+9):7, 10:8 in the gold.
    const pairs = alignSentences(units([de[3]!]), units([en[3]!]), langs);
    expect(beads(pairs)).toEqual(['0+1:0', '2+3:1', '4:2']);
    // A sentence split in two by hand (at its semicolon) pairs 1-2 with the original.
    const [first, second] = en[1]![1]!.split('; ');
    const split = alignSentences(units([de[1]!]), units([[en[1]![0]!, `${first!}.`, `${second!}`, en[1]![2]!]]), langs);
    expect(beads(split)).toEqual(['0:0', '1:1+2', '2:3']);
  });

  it('follows a sentence moved into the next paragraph, and marks a dropped one 1-0', () => {
    // English moves the last sentence of paragraph 1 to the start of paragraph 2.
    const moved = [en[0]!, en[1]!.slice(0, 2), [en[1]![2]!, ...en[2]!]];
    const pairs = alignSentences(units(de.slice(0, 3)), units(moved), langs);
    expect(beads(pairs)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4', '5:5']);
    const crossing = pairs[4]!;
    expect(crossing.confidence).toBeGreaterThan(0.3);
    // English leaves out the first sentence of paragraph 0 (its document numbers and dates tell).
    const dropped = alignSentences(units(de.slice(0, 3)), units([[en[0]![1]!], en[1]!, en[2]!]), langs);
    expect(beads(dropped)).toEqual(['0:', '1:0', '2:1', '3:2', '4:3', '5:4']);
    expect(dropped[0]!.confidence).toBeLessThan(0.5);
    // Where only length and cognates tell two sentences of like length apart, a dropped one is
    // still found within its paragraph (English leaves out the middle sentence of paragraph 1).
    const middle = alignSentences(units(de.slice(1, 2)), units([[en[1]![0]!, en[1]![2]!]]), langs);
    expect(middle.filter((p) => p.kind === '1-0')).toHaveLength(1);
    expect(middle[0]!.a).toEqual([0]);
  });

  it('aligns Arabic beside German through their paragraph alignment', () => {
    const ar = lines('ar');
    const german = lines('de');
    const paragraphs = alignParagraphs(ar, german, { a: 'ar', b: 'de' });
    const { a, b, pairs } = alignSentencesOfParagraphs(ar, german, paragraphs, { a: 'ar', b: 'de' });
    // Arabic paragraph 2 is two sentences, which German keeps as two paragraphs: all pairs 1-1.
    expect(a).toHaveLength(4);
    expect(b).toHaveLength(4);
    expect(beads(pairs)).toEqual(['0:0', '1:1', '2:2', '3:3']);
    expect(a[1]!.text).toContain('2350');
    expect(b[1]!.text).toContain('2.530');
  });

  it('is deterministic and gives every sentence exactly one bead', () => {
    const run = () => alignSentences(units(gold.a), units(gold.b), langs);
    expect(run()).toEqual(run());
    const pairs = run();
    expect(pairs.flatMap((p) => p.a)).toEqual(gold.a.flat().map((_, i) => i));
    expect(pairs.flatMap((p) => p.b)).toEqual(gold.b.flat().map((_, i) => i));
  });

  it('aligns a paragraph too long for one table group by group', () => {
    const count = Math.ceil(Math.sqrt(SENTENCE_CELL_BUDGET)) + 10;
    const sentencesA = Array.from({ length: count }, (_, i) => ({ text: `Satz ${i} des Berichts.`, group: 0 }));
    const sentencesB = Array.from({ length: count }, (_, i) => ({ text: `Sentence ${i} of the report.`, group: 0 }));
    const pairs = alignSentences(sentencesA, sentencesB, langs);
    expect(pairs).toHaveLength(count);
    expect(pairs.every((p, i) => p.a[0] === i && p.b[0] === i)).toBe(true);
  }, 60_000);
});

describe('buildSentenceLevel (sentence rows of the compare view)', () => {
  it('numbers sentence rows within paragraph rows, keeps each sentence once, puts a moved one by its partner', () => {
    // English moves the last sentence of paragraph 1 into paragraph 2; German keeps it in paragraph 1.
    const german = de.slice(0, 3).map((s) => s.join(' '));
    const english = [en[0]!.join(' '), en[1]!.slice(0, 2).join(' '), [en[1]![2]!, ...en[2]!].join(' ')];
    const paragraphs = { de: german, en: english };
    const langsInOrder: Lang[] = ['en', 'de'];
    const { pivot, rows } = buildAlignedRows(
      langsInOrder.map((lang) => ({ lang, paragraphs: paragraphs[lang as 'de' | 'en'] })),
    );
    const level = buildSentenceLevel(langsInOrder, pivot, rows, paragraphs, sentenceSpans);
    const ids = level.rows.map((r) => rowLabel(r));
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of level.rows) expect(rowLabel(row)).toMatch(new RegExp(`^${row.row}\\.\\d+$`));
    for (const lang of langsInOrder) {
      expect(level.rows.flatMap((r) => r.cells[lang] ?? [])).toEqual(Array.from({ length: 6 }, (_, i) => i));
    }
    // The moved sentence (English 4, German 4) shares one sentence row: partners side by side.
    const moved = level.rows.find((r) => (r.cells.en ?? []).includes(4))!;
    expect(moved.cells.de).toEqual([4]);
    // Pairs for the exports: one pair of languages, the same beads as the rows here.
    expect(level.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['en-de']);
    expect(level.pairs[0]!.pairs.map((p) => `${p.a.join('+')}:${p.b.join('+')}`)).toEqual([
      '0:0',
      '1:1',
      '2:2',
      '3:3',
      '4:4',
      '5:5',
    ]);
  });
});
