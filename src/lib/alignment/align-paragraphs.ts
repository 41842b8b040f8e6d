/**
 * Pairs the paragraphs of two versions of an article (alignParagraphs): dynamic programming over
 * beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2, each costing its Gale–Church length cost (length-model.ts)
 * plus an anchor cost: anchors both sides share (document numbers, dates, numbers, names — see
 * anchors.ts) lower the cost, anchors only one side has raise it. Anchors weigh more than lengths,
 * so when they disagree, the anchors win. Ties are broken in a fixed order: the result is
 * deterministic, and aligning B with A mirrors aligning A with B.
 *
 * Bounded in time and memory for any input: the full table of two 100,000-line versions (which
 * fit in ingest's 1 MiB file limit) has 10¹⁰ cells. Ingest refuses versions of more than
 * 5,000 paragraphs (parse-raw-article.ts), but content/ can be written by hand, so:
 * - tables of up to FULL_TABLE_CELLS cells (versions of 500 paragraphs; every news article) are
 *   filled whole, as before;
 * - longer versions get a band: the cells within `radius` rows and columns of guide paths from
 *   corner to corner — where both versions have read the same share of their characters, the
 *   same share of their paragraphs, and through the pairs of paragraphs that share an anchor
 *   found once in each version (a long run of paragraphs one version lacks is off the diagonal,
 *   but on that guide). The radius is BAND_FRACTION of the longer version, at least
 *   MIN_BAND_RADIUS. The guides are symmetric, so swapping the versions transposes the band.
 * - a band's best path is trusted only if it does not run next to the band's edge and costs no
 *   less than the best path of the band half as wide; otherwise the radius is doubled and the
 *   programme run again, as long as the band stays within CELL_BUDGET cells (beyond that, the
 *   best path within the band is the answer).
 * - the programme itself is bead-programme.ts (one byte per cell, costs of three rows). Bead
 *   lengths come from prefix sums, anchors are small integers in one flat array per version, so
 *   pricing a bead allocates nothing, and the length cost (exp and log) is computed only for
 *   moves whose lower bound could still win. Memory and time are O((n + m) · radius).
 *
 * Each pair gets a confidence in [0, 1] from how well its lengths fit and how many of its anchors
 * agree; below LOW_CONFIDENCE a pair is shown as uncertain.
 */
import type { Lang } from '../lang.ts';
import { extractAnchors } from './anchors.ts';
import { anchorCost, anchorKeys, articleRatio, roundConfidence, unpairedCost } from './bead-costs.ts';
import { MOVE_KIND, bestPath, fillBand, type BandRows, type BeadCost, type PathBead } from './bead-programme.ts';
import { lengthCost, lengthCostLowerBound, lengthProbability, type BeadKind } from './length-model.ts';

export interface AlignedPair {
  /** Paragraph indices in version A (0, 1 or 2 of them) and in version B. */
  a: number[];
  b: number[];
  kind: BeadKind;
  confidence: number;
}

export const LOW_CONFIDENCE = 0.5;

/** Beyond FULL_TABLE_CELLS, the band holds at least the cells this many rows and columns from a guide path… */
export const MIN_BAND_RADIUS = 25;
/** …or this fraction of the longer version, whichever is more (within CELL_BUDGET). */
const BAND_FRACTION = 0.01;
/** Tables of up to this many cells (two versions of 500 paragraphs) are filled whole. */
const FULL_TABLE_CELLS = 250_000;
/**
 * Most cells a band may have when it is chosen or widened: one byte each, a few seconds of work.
 * The narrowest band (MIN_BAND_RADIUS) is always filled, however many cells it has.
 */
export const CELL_BUDGET = 12_000_000;

/** Anchor keys of every paragraph of one version as small integers: paragraph p has ids[start[p]..start[p+1]). */
interface KeyTable {
  start: Int32Array;
  ids: Int32Array;
}

function keyTable(keys: string[][], idOf: Map<string, number>): KeyTable {
  const start = new Int32Array(keys.length + 1);
  for (let p = 0; p < keys.length; p++) start[p + 1] = start[p]! + keys[p]!.length;
  const ids = new Int32Array(start[keys.length]!);
  let k = 0;
  for (const list of keys) {
    for (const key of list) {
      let id = idOf.get(key);
      if (id === undefined) idOf.set(key, (id = idOf.size));
      ids[k++] = id;
    }
  }
  return { start, ids };
}

/**
 * The band: for each row i (paragraphs of A read), the columns from[i]..to[i] (paragraphs of B
 * read) it covers. Rows and columns both run 0..n and 0..m.
 */
interface Band extends BandRows {
  cells: number;
  /** Whether the band is the whole table. */
  full: boolean;
}

/**
 * Marks the columns a guide path visits per row, from (x0, y0) to (x1, y1): a staircase that steps
 * to whichever version's next boundary comes first (both on a tie, so the guide is symmetric).
 */
function guideColumns(
  [x0, y0, x1, y1]: [number, number, number, number],
  posA: (i: number) => number,
  posB: (j: number) => number,
  lo: Int32Array,
  hi: Int32Array,
): void {
  let i = x0;
  let j = y0;
  const visit = () => {
    if (j < lo[i]!) lo[i] = j;
    if (j > hi[i]!) hi[i] = j;
  };
  visit();
  while (i < x1 || j < y1) {
    if (i === x1) j++;
    else if (j === y1) i++;
    else {
      const x = posA(i + 1);
      const y = posB(j + 1);
      if (x < y) i++;
      else if (y < x) j++;
      else {
        i++;
        j++;
      }
    }
    visit();
  }
}

/** A straight guide from (x0, y0) to (x1, y1). */
function straightGuide(corners: [number, number, number, number], lo: Int32Array, hi: Int32Array): void {
  const [x0, y0, x1, y1] = corners;
  guideColumns(
    corners,
    (i) => (i - x0) * (y1 - y0),
    (j) => (j - y0) * (x1 - x0),
    lo,
    hi,
  );
}

/**
 * The anchor guides: anchors that occur exactly once in each version pair paragraph i of A with
 * paragraph j of B; the longest chain of such pairs rising in both versions is a path the
 * alignment almost surely takes, however far it is from the diagonal (a long run of paragraphs
 * one version lacks). Two chains, longest by A's order and longest by B's, so that swapping the
 * versions swaps them. Each runs straight from corner to pair to pair to corner.
 */
function anchorGuides(
  keysA: KeyTable,
  keysB: KeyTable,
  keyCount: number,
  n: number,
  m: number,
  lo: Int32Array,
  hi: Int32Array,
): boolean {
  const where = (keys: KeyTable, paragraphs: number) => {
    const count = new Int32Array(keyCount);
    const paragraph = new Int32Array(keyCount);
    for (let p = 0; p < paragraphs; p++) {
      for (let k = keys.start[p]!; k < keys.start[p + 1]!; k++) {
        count[keys.ids[k]!]!++;
        paragraph[keys.ids[k]!] = p;
      }
    }
    return { count, paragraph };
  };
  const inA = where(keysA, n);
  const inB = where(keysB, m);
  const pairs: [number, number][] = [];
  for (let id = 0; id < keyCount; id++)
    if (inA.count[id] === 1 && inB.count[id] === 1) pairs.push([inA.paragraph[id]!, inB.paragraph[id]!]);
  if (pairs.length === 0) return false;
  const chainByA = risingChain(pairs);
  const chainByB = risingChain(pairs.map(([i, j]) => [j, i])).map(([j, i]): [number, number] => [i, j]);
  for (const chain of [chainByA, chainByB]) {
    let [x, y] = [0, 0];
    for (const [i, j] of chain) {
      straightGuide([x, y, i, j], lo, hi);
      straightGuide([i, j, i + 1, j + 1], lo, hi);
      [x, y] = [i + 1, j + 1];
    }
    straightGuide([x, y, n, m], lo, hi);
  }
  return true;
}

/** The longest chain of pairs rising in both coordinates (the first such in the order of the first). */
function risingChain(pairs: [number, number][]): [number, number][] {
  // By the first coordinate, and falling in the second among equals, so a chain takes one of them.
  const sorted = [...pairs].sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const tails: number[] = []; // tails[k]: index in sorted of the least end of a chain of k + 1
  const before = new Int32Array(sorted.length).fill(-1);
  sorted.forEach(([, j], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[tails[mid]!]![1] < j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) before[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const chain: [number, number][] = [];
  for (let index = tails.at(-1) ?? -1; index !== -1; index = before[index]!) chain.push(sorted[index]!);
  return chain.reverse();
}

function bandOf(lo: Int32Array, hi: Int32Array, n: number, m: number, radius: number): Band {
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  let cells = 0;
  let full = true;
  for (let i = 0; i <= n; i++) {
    from[i] = Math.max(0, lo[Math.max(0, i - radius)]! - radius);
    to[i] = Math.min(m, hi[Math.min(n, i + radius)]! + radius);
    cells += to[i]! - from[i]! + 1;
    if (from[i] !== 0 || to[i] !== m) full = false;
  }
  return { from, to, cells, full };
}

export interface AlignOptions {
  /** The band's least radius (default MIN_BAND_RADIUS), filled whatever CELL_BUDGET says; Infinity: the whole table. */
  minRadius?: number;
}

export function alignParagraphs(
  a: readonly string[],
  b: readonly string[],
  langs: { a: Lang; b: Lang },
  options: AlignOptions = {},
): AlignedPair[] {
  const n = a.length;
  const m = b.length;
  const lenA = new Float64Array(n);
  const lenB = new Float64Array(m);
  a.forEach((p, i) => (lenA[i] = p.length));
  b.forEach((p, j) => (lenB[j] = p.length));
  // Prefix sums of lengths: the paragraphs i..i+di of A have sumA[i+di] − sumA[i] characters.
  const sumA = new Float64Array(n + 1);
  const sumB = new Float64Array(m + 1);
  for (let i = 0; i < n; i++) sumA[i + 1] = sumA[i]! + lenA[i]!;
  for (let j = 0; j < m; j++) sumB[j + 1] = sumB[j]! + lenB[j]!;
  const totalA = sumA[n]!;
  const totalB = sumB[m]!;

  const { keysA, keysB, keyCount } = anchorTables(a, b);
  // Scratch counts per anchor key, all zero between uses.
  const counts = new Int32Array(keyCount);
  /** Anchors A's paragraphs i..i+di and B's j..j+dj share (as multisets). */
  const shared = (i: number, di: number, j: number, dj: number): number => {
    const endA = keysA.start[i + di]!;
    const endB = keysB.start[j + dj]!;
    for (let k = keysA.start[i]!; k < endA; k++) counts[keysA.ids[k]!]!++;
    let result = 0;
    for (let k = keysB.start[j]!; k < endB; k++) {
      const id = keysB.ids[k]!;
      if (counts[id]! > 0) {
        result++;
        counts[id]!--;
      }
    }
    for (let k = keysA.start[i]!; k < endA; k++) counts[keysA.ids[k]!] = 0;
    return result;
  };

  // The article's own ratio, pulled towards the language pair's (bead-costs.ts).
  const ratio = articleRatio(totalA, totalB, langs);
  const startA = keysA.start;
  const startB = keysB.start;
  // Imported functions as locals: under tsx and Vitest each use of an imported binding in this
  // innermost loop is a getter call, a fifth of the time (a bundled build has none).
  const [kindOf, lengthCostOf, lowerBoundOf, anchorCostOf, unpairedCostOf] = [
    MOVE_KIND,
    lengthCost,
    lengthCostLowerBound,
    anchorCost,
    unpairedCost,
  ];
  const beadCost: BeadCost = (pi, di, pj, dj, move, previous, best) => {
    const ka = startA[pi + di]! - startA[pi]!;
    const kb = startB[pj + dj]! - startB[pj]!;
    if (di === 0 || dj === 0) return unpairedCostOf(move, ka + kb);
    // Not priced when it cannot beat the best so far even at its lowest possible cost: the lower
    // bound of its length cost, with every anchor the smaller side has shared. The length cost
    // itself (exp and log) is only computed for contenders.
    const kind = kindOf[move]!;
    const la = sumA[pi + di]! - sumA[pi]!;
    const lb = sumB[pj + dj]! - sumB[pj]!;
    const most = Math.min(ka, kb);
    if (previous + (lowerBoundOf(kind, la, lb, ratio) + anchorCostOf(most, ka, kb)) >= best - 1e-9) return Infinity;
    const s = most === 0 ? 0 : shared(pi, di, pj, dj);
    return lengthCostOf(kind, la, lb, ratio) + anchorCostOf(s, ka, kb);
  };

  // The guide paths, as the lowest and highest column any visits in each row.
  let lo = new Int32Array(n + 1).fill(m);
  let hi = new Int32Array(n + 1);
  straightGuide([0, 0, n, m], lo, hi);
  if (totalA > 0 && totalB > 0)
    guideColumns(
      [0, 0, n, m],
      (i) => sumA[i]! * totalB,
      (j) => sumB[j]! * totalA,
      lo,
      hi,
    );

  const longest = Math.max(n, m);
  const least =
    (n + 1) * (m + 1) <= FULL_TABLE_CELLS ? longest : Math.min(longest, options.minRadius ?? MIN_BAND_RADIUS);
  if (least < longest) {
    // With the anchor guides too; or, where the band between them and the others would be over
    // budget (a long run of paragraphs one version lacks puts a wide triangle between them), the
    // anchor guides alone; or, where anchors are far apart (a text rewritten or reordered beyond
    // recognition), none.
    const only = { lo: new Int32Array(n + 1).fill(m), hi: new Int32Array(n + 1) };
    if (anchorGuides(keysA, keysB, keyCount, n, m, only.lo, only.hi)) {
      const both = { lo: lo.map((x, i) => Math.min(x, only.lo[i]!)), hi: hi.map((x, i) => Math.max(x, only.hi[i]!)) };
      const affordableCells = Math.max(CELL_BUDGET, bandOf(lo, hi, n, m, least).cells);
      const guides = [both, only].find((g) => bandOf(g.lo, g.hi, n, m, least).cells <= affordableCells);
      if (guides) ({ lo, hi } = guides);
    }
  }

  // The widest radius within the budget (but never below the least radius): cells grow with it.
  const affordable = (want: number) => {
    if (want <= least || bandOf(lo, hi, n, m, want).cells <= CELL_BUDGET) return want;
    let ok = least;
    let tooMany = want;
    while (tooMany - ok > 1) {
      const mid = (ok + tooMany) >> 1;
      if (bandOf(lo, hi, n, m, mid).cells <= CELL_BUDGET) ok = mid;
      else tooMany = mid;
    }
    return ok;
  };
  let radius = affordable(Math.min(longest, Math.max(least, Math.ceil(BAND_FRACTION * longest))));
  // A band is trusted when the whole table is in it, or when its best path neither runs next to
  // its edge nor costs less than the best path of the band half as wide.
  let narrowerCost = NaN;
  for (;;) {
    const band = bandOf(lo, hi, n, m, radius);
    const filled = fillBand(n, m, band, beadCost);
    const path = bestPath(n, m, band, filled);
    if (band.full || (!touchesEdge(band, path) && filled.cost >= narrowerCost - 1e-9)) return pairsOf(path);
    const wider = affordable(Math.min(longest, radius * 2));
    if (wider <= radius) return pairsOf(path);
    narrowerCost = filled.cost;
    radius = wider;
  }

  /** Whether the path passes a cell next to one outside the band (the table's own edges aside). */
  function touchesEdge(band: Band, path: PathBead[]): boolean {
    const inside = (i: number, j: number) =>
      i < 0 || i > n || j < 0 || j > m || (j >= band.from[i]! && j <= band.to[i]!);
    // The cells the path passes: where each bead ends.
    return path.some(({ i: i0, di, j: j0, dj }) => {
      const [i, j] = [i0 + di, j0 + dj];
      return !inside(i - 1, j) || !inside(i + 1, j) || !inside(i, j - 1) || !inside(i, j + 1);
    });
  }

  function pairsOf(path: PathBead[]): AlignedPair[] {
    return path.map(({ i, di, j, dj, kind }) => ({
      a: Array.from({ length: di }, (_, x) => i + x),
      b: Array.from({ length: dj }, (_, x) => j + x),
      kind,
      confidence: confidenceOf(i, di, j, dj),
    }));
  }

  function confidenceOf(i: number, di: number, j: number, dj: number): number {
    if (di === 0 || dj === 0) return 0.3;
    const la = sumA[i + di]! - sumA[i]!;
    const lb = sumB[j + dj]! - sumB[j]!;
    const fit = lengthProbability(la, lb, ratio) * (di === 1 && dj === 1 ? 1 : 0.85);
    const keys = keysA.start[i + di]! - keysA.start[i]! + keysB.start[j + dj]! - keysB.start[j]!;
    if (keys === 0) return roundConfidence(0.2 + 0.7 * fit);
    const agreement = (2 * shared(i, di, j, dj)) / keys;
    return roundConfidence(0.5 * fit + 0.5 * agreement);
  }
}

/** The anchor keys of both versions, as integer tables (names only where both versions have them). */
function anchorTables(
  a: readonly string[],
  b: readonly string[],
): { keysA: KeyTable; keysB: KeyTable; keyCount: number } {
  const anchorsA = a.map(extractAnchors);
  const anchorsB = b.map(extractAnchors);
  const namesA = new Set(anchorsA.flatMap((x) => x.names));
  const namesB = new Set(anchorsB.flatMap((x) => x.names));
  const sharedNames = new Set([...namesA].filter((n) => namesB.has(n)));
  const idOf = new Map<string, number>();
  const keysA = keyTable(
    anchorsA.map((x) => anchorKeys(x, sharedNames)),
    idOf,
  );
  const keysB = keyTable(
    anchorsB.map((x) => anchorKeys(x, sharedNames)),
    idOf,
  );
  return { keysA, keysB, keyCount: idOf.size };
}
