/**
 * Sentence alignment of two versions whose paragraphs are already aligned (align-paragraphs.ts,
 * aligned-rows.ts): a dynamic programme over the beads 1-1, 2-1, 1-2, 1-0, 0-1 and 2-2, each
 * costing
 * - its Gale–Church length cost (length-model.ts: characters, the language pair's ratio corrected
 *   by the article's own total, variance per character) plus −log of the bead's prior;
 * - an anchor cost: document numbers (by identity), dates, numbers and Latin-script names both
 *   sides share lower it, anchors only one side has raise it (names only where both versions
 *   have the name somewhere: German nouns are capitalised, English ones are not);
 * - a cognate reward (Simard, Foster & Isabelle 1992): Latin-script words of five letters or
 *   more that begin alike (`Politbüros`/`Politburo`, `proaktiv`/`proactively`: the first four
 *   letters, diacritics folded) tell apart sentences of like length between languages that share
 *   a script or borrow names — Dice's coefficient of the two sides' sets, times COGNATE_WEIGHT;
 * - a crossing cost when the bead's sentences lie in different paragraph groups — a translation
 *   that moved a sentence into the next paragraph pays it once, cheaper than dropping the
 *   sentence on one side and inserting it on the other.
 * A sentence of paragraph group g on one side may only meet sentences of groups g − 1, g and
 * g + 1 on the other: the paragraph alignment is the band, so the table has about as many cells
 * as the sentences of three groups times those of one, summed over the groups. If that exceeds
 * CELL_BUDGET (a hand-made version with a paragraph of thousands of sentences), each group is
 * aligned on its own by alignParagraphs, which bounds itself.
 *
 * The programme (table, moves, ties broken by the fixed order of the moves: deterministic) is
 * bead-programme.ts, the one the paragraph aligner runs; the anchor and unpaired costs and the
 * article's ratio are bead-costs.ts, theirs too. Every pair has a confidence in [0, 1] from its
 * length fit and its share of agreeing anchors, like paragraph pairs.
 */
import type { Lang } from '../lang.ts';
import { foldDiacritics } from '../text/normalize.ts';
import { splitSentences } from '../text/sentences.ts';
import { alignParagraphs, type AlignedPair } from './align-paragraphs.ts';
import { extractAnchors, type Anchors } from './anchors.ts';
import { anchorCost, anchorKeys, articleRatio, roundConfidence, unpairedCost } from './bead-costs.ts';
import { MOVE_KIND, bestPath, fillBand } from './bead-programme.ts';
import { lengthCost, lengthProbability, type BeadKind } from './length-model.ts';

/** One sentence of a version and the paragraph group (the aligned paragraph bead or row) it is in. */
export interface SentenceUnit {
  text: string;
  /** Index of its paragraph group: non-decreasing along the version, the same numbering on both sides. */
  group: number;
}

export interface SentencePair {
  /** Sentence indices in version A (0, 1 or 2) and in version B. */
  a: number[];
  b: number[];
  kind: BeadKind;
  confidence: number;
}

const CROSSING_PENALTY = 2.5;
const COGNATE_WEIGHT = 10;
/** Cells of the sentence table beyond which groups are aligned one by one. */
export const SENTENCE_CELL_BUDGET = 4_000_000;

/** What the aligner reads of a sentence besides its length; computed once per sentence (sentenceFeatures). */
export interface SentenceFeatures {
  anchors: Anchors;
  /** First four letters of each Latin-script word of five letters or more (folded, lower case), once each. */
  cognates: string[];
}

export function sentenceFeatures(text: string): SentenceFeatures {
  const words =
    foldDiacritics(text)
      .toLowerCase()
      .match(/\p{Script=Latin}{5,}/gu) ?? [];
  return { anchors: extractAnchors(text), cognates: [...new Set(words.map((w) => w.slice(0, 4)))] };
}

/** Keys as small integers (one table for both versions), so that comparing beads allocates nothing. */
function intern(lists: string[][], idOf: Map<string, number>): Int32Array[] {
  return lists.map((list) =>
    Int32Array.from(list, (key) => {
      let id = idOf.get(key);
      if (id === undefined) idOf.set(key, (id = idOf.size));
      return id;
    }),
  );
}

/**
 * Counting over integer keys without allocating: how many keys two sides (one or two sentences
 * each) share as multisets (anchors), and as sets with their sizes (cognates, Dice's coefficient).
 */
class KeyCounter {
  private readonly counts: Int32Array;
  private readonly seenLeft: Int32Array;
  private readonly seenRight: Int32Array;
  private token = 0;
  constructor(size: number) {
    this.counts = new Int32Array(size);
    this.seenLeft = new Int32Array(size);
    this.seenRight = new Int32Array(size);
  }

  sharedMultiset(a1: Int32Array, a2: Int32Array | null, b1: Int32Array, b2: Int32Array | null): number {
    if (a1.length + (a2?.length ?? 0) === 0 || b1.length + (b2?.length ?? 0) === 0) return 0;
    for (const id of a1) this.counts[id]!++;
    if (a2) for (const id of a2) this.counts[id]!++;
    let shared = 0;
    const take = (list: Int32Array) => {
      for (const id of list) {
        if (this.counts[id]! > 0) {
          shared++;
          this.counts[id]!--;
        }
      }
    };
    take(b1);
    if (b2) take(b2);
    for (const id of a1) this.counts[id] = 0;
    if (a2) for (const id of a2) this.counts[id] = 0;
    return shared;
  }

  dice(a1: Int32Array, a2: Int32Array | null, b1: Int32Array, b2: Int32Array | null): number {
    const token = ++this.token;
    let left = 0;
    let right = 0;
    let shared = 0;
    for (const list of a2 ? [a1, a2] : [a1]) {
      for (const id of list) {
        if (this.seenLeft[id] !== token) {
          this.seenLeft[id] = token;
          left++;
        }
      }
    }
    for (const list of b2 ? [b1, b2] : [b1]) {
      for (const id of list) {
        if (this.seenRight[id] !== token) {
          this.seenRight[id] = token;
          right++;
          if (this.seenLeft[id] === token) shared++;
        }
      }
    }
    return left === 0 || right === 0 ? 0 : (2 * shared) / (left + right);
  }
}

/**
 * `features`: each sentence's sentenceFeatures, when the caller aligns one version with several
 * others and computes them once; otherwise computed here.
 */
export function alignSentences(
  a: readonly SentenceUnit[],
  b: readonly SentenceUnit[],
  langs: { a: Lang; b: Lang },
  features?: { a: readonly SentenceFeatures[]; b: readonly SentenceFeatures[] },
): SentencePair[] {
  const n = a.length;
  const m = b.length;
  const sumA = new Float64Array(n + 1);
  const sumB = new Float64Array(m + 1);
  a.forEach((s, i) => (sumA[i + 1] = sumA[i]! + s.text.length));
  b.forEach((s, j) => (sumB[j + 1] = sumB[j]! + s.text.length));
  const ratio = articleRatio(sumA[n]!, sumB[m]!, langs);

  const featuresA = features?.a ?? a.map((s) => sentenceFeatures(s.text));
  const featuresB = features?.b ?? b.map((s) => sentenceFeatures(s.text));
  const namesA = new Set(featuresA.flatMap((x) => x.anchors.names));
  const sharedNames = new Set(featuresB.flatMap((x) => x.anchors.names).filter((name) => namesA.has(name)));
  const idOf = new Map<string, number>();
  const keysA = intern(
    featuresA.map((x) => anchorKeys(x.anchors, sharedNames)),
    idOf,
  );
  const keysB = intern(
    featuresB.map((x) => anchorKeys(x.anchors, sharedNames)),
    idOf,
  );
  const cognatesA = intern(
    featuresA.map((x) => x.cognates.map((c) => `c:${c}`)),
    idOf,
  );
  const cognatesB = intern(
    featuresB.map((x) => x.cognates.map((c) => `c:${c}`)),
    idOf,
  );
  const counter = new KeyCounter(idOf.size);
  const keyCount = (keys: Int32Array[], from: number, count: number) =>
    count === 0 ? 0 : keys[from]!.length + (count === 2 ? keys[from + 1]!.length : 0);
  const second = (keys: Int32Array[], from: number, count: number) => (count === 2 ? keys[from + 1]! : null);
  const sharedAnchors = (pi: number, di: number, pj: number, dj: number) =>
    counter.sharedMultiset(keysA[pi]!, second(keysA, pi, di), keysB[pj]!, second(keysB, pj, dj));

  // The band. Between sentences i − 1 and i, version A stands somewhere in the groups
  // [group of i − 1, group of i]; a cell is in the band when A's and B's spans, widened by one
  // group, overlap. Both ends rise with i and j, so each row's columns are one run.
  const groups = Math.max(a.at(-1)?.group ?? 0, b.at(-1)?.group ?? 0) + 1;
  const spanLo = (units: readonly SentenceUnit[], k: number) => (k > 0 ? units[k - 1]!.group : 0);
  const spanHi = (units: readonly SentenceUnit[], k: number) => (k < units.length ? units[k]!.group : groups);
  const loB = Int32Array.from({ length: m + 1 }, (_, j) => spanLo(b, j));
  const hiB = Int32Array.from({ length: m + 1 }, (_, j) => spanHi(b, j));
  const firstWith = (values: Int32Array, atLeast: number) => {
    let low = 0;
    let high = m + 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[mid]! < atLeast) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  const rowStart = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    from[i] = i === 0 ? 0 : Math.min(m, firstWith(hiB, spanLo(a, i) - 1));
    to[i] = i === n ? m : Math.max(from[i]!, firstWith(loB, spanHi(a, i) + 2) - 1);
    rowStart[i + 1] = rowStart[i]! + (to[i]! - from[i]! + 1);
  }
  const cells = rowStart[n + 1]!;
  if (cells > SENTENCE_CELL_BUDGET) return groupByGroup(a, b, langs);

  // Imported functions as locals: under tsx and Vitest each use of an imported binding in this
  // innermost loop is a getter call (a bundled build has none).
  const [kindOf, lengthCostOf, anchorCostOf, unpairedCostOf] = [MOVE_KIND, lengthCost, anchorCost, unpairedCost];
  const beadCost = (pi: number, di: number, pj: number, dj: number, move: number): number => {
    const ka = keyCount(keysA, pi, di);
    const kb = keyCount(keysB, pj, dj);
    if (di === 0 || dj === 0) return unpairedCostOf(move, ka + kb);
    const g = a[pi]!.group;
    const crossing =
      a[pi + di - 1]!.group !== g || b[pj]!.group !== g || b[pj + dj - 1]!.group !== g ? CROSSING_PENALTY : 0;
    const cognateReward =
      COGNATE_WEIGHT *
      counter.dice(cognatesA[pi]!, second(cognatesA, pi, di), cognatesB[pj]!, second(cognatesB, pj, dj));
    return (
      lengthCostOf(kindOf[move]!, sumA[pi + di]! - sumA[pi]!, sumB[pj + dj]! - sumB[pj]!, ratio) +
      anchorCostOf(sharedAnchors(pi, di, pj, dj), ka, kb) +
      crossing -
      cognateReward
    );
  };

  const band = { from, to };
  const filled = fillBand(n, m, band, beadCost);
  if (filled.cost === Infinity) return groupByGroup(a, b, langs);
  return bestPath(n, m, band, filled).map(({ i, di, j, dj, kind }) => ({
    a: Array.from({ length: di }, (_, x) => i + x),
    b: Array.from({ length: dj }, (_, y) => j + y),
    kind,
    confidence: confidenceOf(i, di, j, dj),
  }));

  /**
   * Confidence: the length fit, read with twice the standard deviation of paragraphs (sentences
   * are short, their lengths vary more), and where the bead has anchors, their agreement, which
   * weighs more; lower for 2-1, 1-2 and 2-2 beads and for a bead across paragraphs.
   */
  function confidenceOf(pi: number, di: number, pj: number, dj: number): number {
    if (di === 0 || dj === 0) return 0.3;
    const fit = lengthProbability((sumA[pi + di]! - sumA[pi]!) / 4, (sumB[pj + dj]! - sumB[pj]!) / 4, ratio);
    const shape = di === 1 && dj === 1 ? 1 : di === 2 && dj === 2 ? 0.8 : 0.9;
    const crossing = a[pi]!.group !== b[pj + dj - 1]!.group || a[pi + di - 1]!.group !== b[pj]!.group ? 0.9 : 1;
    const keys = keyCount(keysA, pi, di) + keyCount(keysB, pj, dj);
    const base = keys === 0 ? 0.35 + 0.6 * fit : 0.25 * fit + 0.75 * ((2 * sharedAnchors(pi, di, pj, dj)) / keys);
    return roundConfidence(base * shape * crossing);
  }
}

/** Over budget: each group aligned on its own (alignParagraphs bounds itself on long inputs). */
function groupByGroup(
  a: readonly SentenceUnit[],
  b: readonly SentenceUnit[],
  langs: { a: Lang; b: Lang },
): SentencePair[] {
  const pairs: SentencePair[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const g = Math.min(a[i]?.group ?? Infinity, b[j]?.group ?? Infinity);
    const i0 = i;
    const j0 = j;
    while (i < a.length && a[i]!.group === g) i++;
    while (j < b.length && b[j]!.group === g) j++;
    const inner = alignParagraphs(
      a.slice(i0, i).map((s) => s.text),
      b.slice(j0, j).map((s) => s.text),
      langs,
    );
    for (const p of inner)
      pairs.push({ a: p.a.map((x) => x + i0), b: p.b.map((y) => y + j0), kind: p.kind, confidence: p.confidence });
  }
  return pairs;
}

/** The sentences of a version's paragraphs, each with the group of its paragraph. */
export function sentenceUnits(
  paragraphs: readonly string[],
  groupOf: (paragraph: number) => number,
  lang: Lang,
): SentenceUnit[] {
  return paragraphs.flatMap((text, p) =>
    splitSentences(text, lang).map((sentence) => ({ text: sentence, group: groupOf(p) })),
  );
}

/**
 * Paragraphs and their alignment in, sentences and theirs out: the paragraph beads are the groups
 * (a paragraph only one side has is a group of its own).
 */
export function alignSentencesOfParagraphs(
  a: readonly string[],
  b: readonly string[],
  paragraphPairs: readonly AlignedPair[],
  langs: { a: Lang; b: Lang },
): { a: SentenceUnit[]; b: SentenceUnit[]; pairs: SentencePair[] } {
  const groupA = new Int32Array(a.length);
  const groupB = new Int32Array(b.length);
  paragraphPairs.forEach((pair, k) => {
    for (const i of pair.a) groupA[i] = k;
    for (const j of pair.b) groupB[j] = k;
  });
  const unitsA = sentenceUnits(a, (p) => groupA[p]!, langs.a);
  const unitsB = sentenceUnits(b, (p) => groupB[p]!, langs.b);
  return { a: unitsA, b: unitsB, pairs: alignSentences(unitsA, unitsB, langs) };
}
