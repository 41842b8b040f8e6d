/**
 * The dynamic programme both aligners share (bead-programme.ts) and the cost parts they share
 * (bead-costs.ts), on tables small enough to check by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  anchorCost,
  anchorKeys,
  articleRatio,
  roundConfidence,
  unpairedCost,
} from '../../src/lib/alignment/bead-costs.ts';
import {
  BEAD_MOVES,
  MOVE_KIND,
  bestPath,
  fillBand,
  type BandRows,
  type BeadCost,
} from '../../src/lib/alignment/bead-programme.ts';
import { PRIOR_COST, expectedRatio, type BeadKind } from '../../src/lib/alignment/length-model.ts';

/** The whole table of n + 1 rows and m + 1 columns as a band. */
const fullBand = (n: number, m: number): BandRows => ({
  from: new Int32Array(n + 1),
  to: new Int32Array(n + 1).fill(m),
});
/** Costs by bead kind. */
const byKind =
  (costs: Partial<Record<BeadKind, number>>): BeadCost =>
  (_pi, _di, _pj, _dj, move) =>
    costs[MOVE_KIND[move]!] ?? Infinity;

describe('fillBand and bestPath', () => {
  it('finds the cheapest path, bead by bead from (0, 0)', () => {
    const band = fullBand(3, 2);
    const filled = fillBand(3, 2, band, byKind({ '1-1': 1, '2-1': 1.5, '1-0': 4, '0-1': 4, '1-2': 9, '2-2': 9 }));
    expect(filled.cost).toBe(2.5);
    // 1-1 then 2-1 costs as much; at (3, 2) the 1-1 move into it comes first.
    expect(bestPath(3, 2, band, filled)).toEqual([
      { i: 0, di: 2, j: 0, dj: 1, kind: '2-1' },
      { i: 2, di: 1, j: 1, dj: 1, kind: '1-1' },
    ]);
  });

  it('gives a tie to the earlier move of BEAD_MOVES', () => {
    // Two 1-1 beads cost as much as one 2-2 bead: 1-1 comes first.
    const band = fullBand(2, 2);
    const filled = fillBand(2, 2, band, byKind({ '1-1': 1, '2-2': 2 }));
    expect(filled.cost).toBe(2);
    expect(bestPath(2, 2, band, filled).map((bead) => bead.kind)).toEqual(['1-1', '1-1']);
    expect(BEAD_MOVES.map(([, , kind]) => kind)).toEqual(['1-1', '2-1', '1-2', '1-0', '0-1', '2-2']);
  });

  it('stays within the band', () => {
    // Only the diagonal: (1, 1) and (2, 2) are the cells after (0, 0); 2-1 and 1-2 cannot be taken.
    const band: BandRows = { from: Int32Array.from([0, 1, 2]), to: Int32Array.from([0, 1, 2]) };
    const filled = fillBand(2, 2, band, byKind({ '1-1': 5, '2-1': 0, '1-2': 0, '2-2': 7 }));
    expect(filled.cost).toBe(7);
    expect(bestPath(2, 2, band, filled)).toEqual([{ i: 0, di: 2, j: 0, dj: 2, kind: '2-2' }]);
    expect(filled.moves).toHaveLength(3);
  });

  it('reports a table no path crosses, and refuses its backtrace', () => {
    const band = fullBand(1, 1);
    const filled = fillBand(1, 1, band, byKind({}));
    expect(filled.cost).toBe(Infinity);
    expect(() => bestPath(1, 1, band, filled)).toThrow('alignment backtrace failed');
  });

  it('asks each bead with the cost of the path to its start and the best total of the cell so far', () => {
    const asked: string[] = [];
    const cost: BeadCost = (pi, _di, pj, _dj, move, previous, best) => {
      asked.push(`${pi},${pj} ${MOVE_KIND[move]} ${previous} ${best}`);
      return MOVE_KIND[move] === '1-1' ? 1 : 10;
    };
    const filled = fillBand(1, 1, fullBand(1, 1), cost);
    expect(filled.cost).toBe(1);
    // Cell (0, 1): 0-1 only; (1, 0): 1-0 only; (1, 1): 1-1 first (best Infinity), then 1-0 and 0-1 with best 1.
    expect(asked).toEqual([
      '0,0 0-1 0 Infinity',
      '0,0 1-0 0 Infinity',
      '0,0 1-1 0 Infinity',
      '0,1 1-0 10 1',
      '1,0 0-1 10 1',
    ]);
  });
});

describe('bead costs', () => {
  it('rewards shared anchors (up to six) and charges the unshared ones', () => {
    expect(anchorCost(0, 0, 0)).toBe(0);
    expect(anchorCost(2, 3, 2)).toBe(-3);
    expect(anchorCost(8, 8, 8)).toBe(-12);
    expect(anchorCost(0, 2, 1)).toBe(3);
  });

  it('prices a unit only one side has by its prior and its anchors', () => {
    const oneZero = BEAD_MOVES.findIndex(([, , kind]) => kind === '1-0');
    expect(unpairedCost(oneZero, 0)).toBe(PRIOR_COST['1-0']);
    expect(unpairedCost(oneZero, 3)).toBe(PRIOR_COST['1-0'] + 1.5);
  });

  it("keeps the article ratio within 15% of the language pair's", () => {
    const prior = expectedRatio('vi', 'en');
    expect(articleRatio(1000, 1000 * prior, { a: 'vi', b: 'en' })).toBeCloseTo(prior, 12);
    expect(articleRatio(1000, 5000, { a: 'vi', b: 'en' })).toBe(prior / 0.85);
    expect(articleRatio(1000, 100, { a: 'vi', b: 'en' })).toBe(prior * 0.85);
    expect(articleRatio(0, 100, { a: 'vi', b: 'en' })).toBe(prior);
  });

  it('tags anchors, names only where the other version has them', () => {
    const anchors = {
      documents: ['204-QĐ/TW'],
      dates: ['2025-07-01'],
      numbers: ['46'],
      names: ['Hòa Bình', 'Phú Thọ'],
    };
    expect(anchorKeys(anchors, new Set(['Phú Thọ']))).toEqual([
      'doc:204-QD/TW',
      'date:2025-07-01',
      'num:46',
      'name:Phú Thọ',
    ]);
  });

  it('rounds a confidence to two decimals', () => {
    expect(roundConfidence(0.8349)).toBe(0.83);
    expect(roundConfidence(0.835)).toBe(0.84);
  });
});
