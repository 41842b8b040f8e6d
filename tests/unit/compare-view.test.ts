/** The compare view's default pair and its uncertainty mark (src/lib/views/compare-view.ts). */
import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE } from '../../src/lib/alignment/align-paragraphs.ts';
import { defaultComparePair, isUncertain } from '../../src/lib/views/compare-view.ts';

describe('defaultComparePair', () => {
  it("shows the page's language beside the pivot, in portal order", () => {
    expect(defaultComparePair(['vi', 'en', 'de', 'ar'], 'ar', 'vi')).toEqual(['vi', 'ar']);
    expect(defaultComparePair(['vi', 'en', 'de', 'ar'], 'de', 'vi')).toEqual(['vi', 'de']);
  });

  it('a page in the pivot language, or in a language the article lacks, shows the pivot and the next version', () => {
    expect(defaultComparePair(['vi', 'en', 'de'], 'vi', 'vi')).toEqual(['vi', 'en']);
    expect(defaultComparePair(['en', 'de'], 'ru', 'en')).toEqual(['en', 'de']);
  });
});

describe('isUncertain', () => {
  it('marks confidences below LOW_CONFIDENCE, not at it, and nothing when unknown', () => {
    expect(isUncertain(LOW_CONFIDENCE - 0.01)).toBe(true);
    expect(isUncertain(LOW_CONFIDENCE)).toBe(false);
    expect(isUncertain(undefined)).toBe(false);
  });
});
