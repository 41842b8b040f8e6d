/**
 * Pairs the paragraphs of two versions of an article (alignParagraphs): dynamic programming over
 * beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2, each costing its Gale–Church length cost (length-model.ts)
 * plus an anchor cost: anchors both sides share (document numbers, dates, numbers, names — see
 * anchors.ts) lower the cost, anchors only one side has raise it. Anchors weigh more than lengths,
 * so when they disagree, the anchors win. Ties are broken in a fixed order: the result is
 * deterministic, and aligning B with A mirrors aligning A with B.
 *
 * Each pair gets a confidence in [0, 1] from how well its lengths fit and how many of its anchors
 * agree; below LOW_CONFIDENCE a pair is shown as uncertain.
 */
import { documentKey } from '../documents/document-identity.ts';
import type { Lang } from '../lang.ts';
import { extractAnchors, type Anchors } from './anchors.ts';
import { expectedRatio, lengthCost, lengthProbability, type BeadKind } from './length-model.ts';

export interface AlignedPair {
  /** Paragraph indices in version A (0, 1 or 2 of them) and in version B. */
  a: number[];
  b: number[];
  kind: BeadKind;
  confidence: number;
}

export const LOW_CONFIDENCE = 0.5;

const SHARED_REWARD = 2;
const MISMATCH_PENALTY = 1;
const UNPAIRED_PENALTY = 0.5;
const MAX_REWARDED = 6;
const RATIO_BAND = 0.85;

const MOVES: [number, number, BeadKind][] = [
  [1, 1, '1-1'],
  [2, 1, '2-1'],
  [1, 2, '1-2'],
  [1, 0, '1-0'],
  [0, 1, '0-1'],
  [2, 2, '2-2'],
];

/** Anchors as one multiset of tagged keys; names only if the other version has them at all. */
function anchorKeys(anchors: Anchors, sharedNames: Set<string>): string[] {
  return [
    ...anchors.documents.map((d) => `doc:${documentKey(d)}`),
    ...anchors.dates.map((d) => `date:${d}`),
    ...anchors.numbers.map((n) => `num:${n}`),
    ...anchors.names.filter((n) => sharedNames.has(n)).map((n) => `name:${n}`),
  ];
}

function sharedCount(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const key of a) counts.set(key, (counts.get(key) ?? 0) + 1);
  let shared = 0;
  for (const key of b) {
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(key, left - 1);
    }
  }
  return shared;
}

export function alignParagraphs(a: readonly string[], b: readonly string[], langs: { a: Lang; b: Lang }): AlignedPair[] {
  const anchorsA = a.map(extractAnchors);
  const anchorsB = b.map(extractAnchors);
  const namesA = new Set(anchorsA.flatMap((x) => x.names));
  const namesB = new Set(anchorsB.flatMap((x) => x.names));
  const sharedNames = new Set([...namesA].filter((n) => namesB.has(n)));
  const keysA = anchorsA.map((x) => anchorKeys(x, sharedNames));
  const keysB = anchorsB.map((x) => anchorKeys(x, sharedNames));
  const lenA = a.map((p) => p.length);
  const lenB = b.map((p) => p.length);
  const totalA = lenA.reduce((s, l) => s + l, 0);
  const totalB = lenB.reduce((s, l) => s + l, 0);
  // The article's own ratio, pulled towards the language pair's and kept within 15% of it: a
  // long dropped paragraph skews the article's ratio and must not make every pair look wrong.
  const prior = expectedRatio(langs.a, langs.b);
  const observed = totalA > 0 && totalB > 0 ? Math.sqrt(prior * (totalB / totalA)) : prior;
  const ratio = Math.min(prior / RATIO_BAND, Math.max(prior * RATIO_BAND, observed));

  const beadCost = (i: number, j: number, di: number, dj: number, kind: BeadKind) => {
    const la = lenA.slice(i, i + di).reduce((s, l) => s + l, 0);
    const lb = lenB.slice(j, j + dj).reduce((s, l) => s + l, 0);
    const ka = keysA.slice(i, i + di).flat();
    const kb = keysB.slice(j, j + dj).flat();
    let anchorCost: number;
    if (di === 0 || dj === 0) anchorCost = UNPAIRED_PENALTY * (ka.length + kb.length);
    else {
      const shared = sharedCount(ka, kb);
      anchorCost = -SHARED_REWARD * Math.min(shared, MAX_REWARDED) + MISMATCH_PENALTY * (ka.length + kb.length - 2 * shared);
    }
    return lengthCost(kind, la, lb, ratio) + anchorCost;
  };

  const n = a.length;
  const m = b.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: (number | null)[][] = Array.from({ length: n + 1 }, () => new Array<number | null>(m + 1).fill(null));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      MOVES.forEach(([di, dj, kind], move) => {
        if (i < di || j < dj) return;
        const previous = cost[i - di]![j - dj]!;
        if (previous === Infinity) return;
        const total = previous + beadCost(i - di, j - dj, di, dj, kind);
        // Strictly better only: on a tie the earlier move in MOVES wins, for determinism.
        if (total < cost[i]![j]! - 1e-9) {
          cost[i]![j] = total;
          back[i]![j] = move;
        }
      });
    }
  }

  const pairs: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = back[i]![j];
    if (move === null || move === undefined) throw new Error('alignment backtrace failed');
    const [di, dj, kind] = MOVES[move]!;
    const ia = Array.from({ length: di }, (_, k) => i - di + k);
    const jb = Array.from({ length: dj }, (_, k) => j - dj + k);
    pairs.push({ a: ia, b: jb, kind, confidence: confidenceOf(ia, jb) });
    i -= di;
    j -= dj;
  }
  return pairs.reverse();

  function confidenceOf(ia: number[], jb: number[]): number {
    if (ia.length === 0 || jb.length === 0) return 0.3;
    const la = ia.reduce((s, k) => s + lenA[k]!, 0);
    const lb = jb.reduce((s, k) => s + lenB[k]!, 0);
    const fit = lengthProbability(la, lb, ratio) * (ia.length === 1 && jb.length === 1 ? 1 : 0.85);
    const ka = ia.flatMap((k) => keysA[k]!);
    const kb = jb.flatMap((k) => keysB[k]!);
    if (ka.length + kb.length === 0) return round(0.2 + 0.7 * fit);
    const agreement = (2 * sharedCount(ka, kb)) / (ka.length + kb.length);
    return round(0.5 * fit + 0.5 * agreement);
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
