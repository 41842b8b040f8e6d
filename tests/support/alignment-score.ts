/**
 * Precision, recall and F1 of a sentence alignment against a gold one, as in the sentence-alignment
 * literature (Vecalign's scorer): strict counts a bead right only if the gold has exactly that bead
 * (same sentences on both sides); lax counts a bead with sentences on both sides right if some gold
 * bead shares at least one sentence on each side with it. Beads with an empty side (1-0, 0-1) are
 * counted too, strictly in both measures: dropping a sentence the gold pairs is an error, and so is
 * pairing one the gold leaves alone.
 */
export type Bead = readonly [readonly number[], readonly number[]];

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

const key = ([a, b]: Bead) => `${a.join(',')}|${b.join(',')}`;
const overlaps = ([a, b]: Bead, [c, d]: Bead) =>
  a.length > 0 && b.length > 0 && a.some((x) => c.includes(x)) && b.some((y) => d.includes(y));

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function scoreAlignment(test: readonly Bead[], gold: readonly Bead[]): { strict: Score; lax: Score } {
  const goldKeys = new Set(gold.map(key));
  const testKeys = new Set(test.map(key));
  const strictP = test.filter((b) => goldKeys.has(key(b))).length / Math.max(test.length, 1);
  const strictR = gold.filter((b) => testKeys.has(key(b))).length / Math.max(gold.length, 1);
  const right = (bead: Bead, others: readonly Bead[], keys: Set<string>) =>
    keys.has(key(bead)) || others.some((o) => overlaps(bead, o));
  const laxP = test.filter((b) => right(b, gold, goldKeys)).length / Math.max(test.length, 1);
  const laxR = gold.filter((b) => right(b, test, testKeys)).length / Math.max(gold.length, 1);
  return {
    strict: { precision: strictP, recall: strictR, f1: f1(strictP, strictR) },
    lax: { precision: laxP, recall: laxR, f1: f1(laxP, laxR) },
  };
}
