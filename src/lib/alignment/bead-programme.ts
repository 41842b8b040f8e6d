/**
 * The dynamic programme both aligners run — align-paragraphs.ts over paragraphs, align-sentences.ts
 * over sentences: the cheapest path from (0, 0) to (n, m) through a band of the table (row i: i
 * units of A read; for each row the columns from[i]..to[i], units of B read), each step a bead of
 * BEAD_MOVES. The aligners differ only in what a bead costs (and in the band), so that is passed
 * in; the table, the order of the moves, the tie-breaking and the backtrace are this module's.
 *
 * Ties go to the earlier move in BEAD_MOVES (a later one must be cheaper by more than 1e-9): the
 * result is deterministic. Per cell one byte (the move into it); costs are kept for the last three
 * rows only, since a bead reaches at most two rows back. Filling a cell allocates nothing.
 */
import type { BeadKind } from './length-model.ts';

/** The moves, in tie-breaking order: units of A and of B a bead takes, and its kind. */
export const BEAD_MOVES: readonly (readonly [number, number, BeadKind])[] = [
  [1, 1, '1-1'],
  [2, 1, '2-1'],
  [1, 2, '1-2'],
  [1, 0, '1-0'],
  [0, 1, '0-1'],
  [2, 2, '2-2'],
];
const MOVE_COUNT = BEAD_MOVES.length;
const MOVE_DI = Int8Array.from(BEAD_MOVES, ([di]) => di);
const MOVE_DJ = Int8Array.from(BEAD_MOVES, ([, dj]) => dj);
/** Each move's bead kind, by move index. */
export const MOVE_KIND: readonly BeadKind[] = BEAD_MOVES.map(([, , kind]) => kind);
const NO_MOVE = 255;

/** The cells filled: per row i, the columns from[i]..to[i] (from[0] is 0, to[n] is m). */
export interface BandRows {
  from: Int32Array;
  to: Int32Array;
}

/**
 * What a bead costs: A's units pi..pi+di − 1 with B's pj..pj+dj − 1, `move` its index in
 * BEAD_MOVES. `previous` is the cost of the best path to the bead's start and `best` the cell's
 * best total so far: a bead that cannot make previous + cost < best − 1e-9 may be answered with
 * Infinity without pricing it (the paragraph aligner checks a cheap lower bound first).
 */
export type BeadCost = (
  pi: number,
  di: number,
  pj: number,
  dj: number,
  move: number,
  previous: number,
  best: number,
) => number;

export interface FilledBand {
  /** The move into each cell, row after row (row i from band.from[i]); NO_MOVE where none reaches. */
  moves: Uint8Array;
  /** Index in `moves` of each row's first cell. */
  rowStart: Float64Array;
  /** Cost of the best path to (n, m); Infinity when none reaches it. */
  cost: number;
}

/** A bead of the best path: A's units i..i+di − 1 with B's j..j+dj − 1. */
export interface PathBead {
  i: number;
  di: number;
  j: number;
  dj: number;
  kind: BeadKind;
}

/** Fills the band with the cheapest cost into each cell and the move that gives it. */
export function fillBand(n: number, m: number, band: BandRows, beadCost: BeadCost): FilledBand {
  const { from, to } = band;
  const rowStart = new Float64Array(n + 2);
  let width = 0;
  for (let i = 0; i <= n; i++) {
    rowStart[i + 1] = rowStart[i]! + (to[i]! - from[i]! + 1);
    width = Math.max(width, to[i]! - from[i]! + 1);
  }
  const moves = new Uint8Array(rowStart[n + 1]!).fill(NO_MOVE);
  // Costs of rows i, i−1 and i−2 (each indexed from its own band.from).
  let row = new Float64Array(width);
  let up1 = new Float64Array(width);
  let up2 = new Float64Array(width);
  for (let i = 0; i <= n; i++) {
    row.fill(Infinity);
    const f = from[i]!;
    const t = to[i]!;
    const base = rowStart[i]!;
    for (let j = f; j <= t; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestMove = NO_MOVE;
      for (let move = 0; move < MOVE_COUNT; move++) {
        const di = MOVE_DI[move]!;
        const dj = MOVE_DJ[move]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0 || pj < from[pi]! || pj > to[pi]!) continue;
        const previous = (di === 0 ? row : di === 1 ? up1 : up2)[pj - from[pi]!]!;
        if (previous === Infinity) continue;
        const total = previous + beadCost(pi, di, pj, dj, move, previous, best);
        // Strictly better only: on a tie the earlier move in BEAD_MOVES wins, for determinism.
        if (total < best - 1e-9) {
          best = total;
          bestMove = move;
        }
      }
      row[j - f] = best;
      moves[base + j - f] = bestMove;
    }
    [up2, up1, row] = [up1, row, up2];
  }
  // After the last swap, the last row's costs are in up1.
  return { moves, rowStart, cost: up1[m - from[n]!]! };
}

/** The beads of the best path, from (0, 0) to (n, m). Throws when no path reaches (n, m). */
export function bestPath(n: number, m: number, band: BandRows, { moves, rowStart }: FilledBand): PathBead[] {
  const path: PathBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = moves[rowStart[i]! + j - band.from[i]!]!;
    if (move === NO_MOVE) throw new Error('alignment backtrace failed');
    const [di, dj, kind] = BEAD_MOVES[move]!;
    i -= di;
    j -= dj;
    path.push({ i, di, j, dj, kind });
  }
  return path.reverse();
}
