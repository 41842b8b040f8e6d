/** The compare view's row numbers as labels and permalink fragments (row-fragment.ts). */
import { describe, expect, it } from 'vitest';
import { parseRowFragment, rowFragment, rowLabel } from '../../src/lib/alignment/row-fragment.ts';

describe('row numbers', () => {
  it('labels a row and a sentence row', () => {
    expect(rowLabel({ row: 3 })).toBe('3');
    expect(rowLabel({ row: 3, sentenceRow: 2 })).toBe('3.2');
    expect(rowFragment({ row: 12 })).toBe('p12');
    expect(rowFragment({ row: 3, sentenceRow: 2 })).toBe('p3.2');
  });

  it('reads a fragment back, and nothing else', () => {
    expect(parseRowFragment('#p3')).toEqual({ row: 3 });
    expect(parseRowFragment('#p3.2')).toEqual({ row: 3, sentenceRow: 2 });
    for (const hash of ['', '#', '#p', 'p3', '#p3.', '#p3.2.1', '#q3', '#p3a', '#exports-heading'])
      expect(parseRowFragment(hash)).toBeNull();
  });
});
