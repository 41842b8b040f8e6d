/**
 * The gold score: the German and English Phú Thọ article aligned by hand at sentence level
 * (tests/fixtures/alignment/sentences/gold-de-en-phu-tho.json, sentences fixed there), against the whole
 * pipeline — paragraphs aligned by alignParagraphs, sentences within and across them by
 * alignSentences. Prints strict and lax precision, recall and F1. The thresholds are the issue's
 * aims; a lower figure fails the test rather than being hidden.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/lib/alignment/align-paragraphs.ts';
import { alignSentences, type SentenceUnit } from '../../src/lib/alignment/align-sentences.ts';
import type { Lang } from '../../src/lib/lang.ts';
import { scoreAlignment, type Bead } from '../support/alignment-score.ts';

interface Gold {
  langs: { a: Lang; b: Lang };
  a: string[][];
  b: string[][];
  gold: [number[], number[]][];
}

const gold = JSON.parse(
  readFileSync(new URL('../fixtures/alignment/sentences/gold-de-en-phu-tho.json', import.meta.url), 'utf8'),
) as Gold;

function units(paragraphs: string[][], groupOf: Int32Array): SentenceUnit[] {
  return paragraphs.flatMap((sentences, p) => sentences.map((text) => ({ text, group: groupOf[p]! })));
}

function alignGold(): Bead[] {
  const paragraphPairs = alignParagraphs(
    gold.a.map((s) => s.join(' ')),
    gold.b.map((s) => s.join(' ')),
    gold.langs,
  );
  const groupA = new Int32Array(gold.a.length);
  const groupB = new Int32Array(gold.b.length);
  paragraphPairs.forEach((pair, k) => {
    pair.a.forEach((i) => (groupA[i] = k));
    pair.b.forEach((j) => (groupB[j] = k));
  });
  return alignSentences(units(gold.a, groupA), units(gold.b, groupB), gold.langs).map((p) => [p.a, p.b] as const);
}

describe('sentence alignment against the hand-made gold (de–en, Phú Thọ)', () => {
  it('covers every sentence exactly once (the gold itself)', () => {
    const count = (side: 0 | 1, paragraphs: string[][]) => {
      const seen = gold.gold.flatMap((bead) => bead[side]).sort((x, y) => x - y);
      expect(seen).toEqual(Array.from({ length: paragraphs.flat().length }, (_, i) => i));
    };
    count(0, gold.a);
    count(1, gold.b);
  });

  it('scores strict F1 ≥ 0.90 and lax F1 ≥ 0.95', () => {
    const test = alignGold();
    const { strict, lax } = scoreAlignment(test, gold.gold);
    const f = (x: number) => x.toFixed(3);
    console.log(
      `gold de–en (${gold.gold.length} gold beads, ${test.length} found): ` +
        `strict P ${f(strict.precision)} R ${f(strict.recall)} F1 ${f(strict.f1)}; ` +
        `lax P ${f(lax.precision)} R ${f(lax.recall)} F1 ${f(lax.f1)}`,
    );
    expect(strict.f1).toBeGreaterThanOrEqual(0.9);
    expect(lax.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('is deterministic', () => {
    expect(alignGold()).toEqual(alignGold());
  });
});
