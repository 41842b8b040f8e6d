/**
 * The aligner skips moves whose lowest possible cost cannot beat the best so far, and that lowest
 * cost rests on lengthCostLowerBound: it must never exceed lengthCost, or the banded programme
 * would pick other pairs than the full one.
 */
import { describe, expect, it } from 'vitest';
import { lengthCost, lengthCostLowerBound, type BeadKind } from '../../src/lib/alignment/length-model.ts';

const KINDS: BeadKind[] = ['1-1', '2-1', '1-2', '2-2', '1-0', '0-1'];

describe('lengthCostLowerBound', () => {
  it('stays at or below lengthCost for lengths from 0 to 40,000 characters and every ratio in use', () => {
    const lengths = [
      0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1_597, 2_584, 4_181, 6_765, 10_946, 17_711, 28_657,
      40_000,
    ];
    for (const ratio of [0.72, 0.85, 0.92, 1, 1.06, 1.17, 1.39]) {
      for (const kind of KINDS) {
        for (const la of lengths) {
          for (const lb of lengths)
            expect(lengthCostLowerBound(kind, la, lb, ratio)).toBeLessThanOrEqual(lengthCost(kind, la, lb, ratio));
        }
      }
    }
  });

  it('stays below at every deviation, through the floor of the tail probability', () => {
    // la = 400 and ratio 1: the deviation in standard deviations grows with lb; step finely.
    for (let lb = 0; lb <= 2_000; lb += 0.25) {
      expect(lengthCostLowerBound('1-1', 400, lb, 1)).toBeLessThanOrEqual(lengthCost('1-1', 400, lb, 1));
    }
  });

  it('is close enough to prune: far off lengths cost at least their squared deviation', () => {
    expect(lengthCostLowerBound('1-1', 100, 300, 1)).toBeGreaterThan(lengthCost('1-1', 100, 100, 1) + 10);
  });
});
