/** find-dates: full dates in running text per language, to ISO. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/documents/find-dates.ts';
import type { Lang } from '../../src/lib/lang.ts';

const dates = (text: string, lang: Lang) => findDates(text, lang).map((d) => [d.raw, d.date]);

describe('findDates', () => {
  it('reads month names in each language', () => {
    expect(dates('dated November 29, 2024, and 24 January 2025', 'en')).toEqual([
      ['November 29, 2024', '2024-11-29'],
      ['24 January 2025', '2025-01-24'],
    ]);
    expect(dates('vom 29. November 2024', 'de')).toEqual([['29. November 2024', '2024-11-29']]);
    expect(dates('от 29 ноября 2024 года', 'ru')).toEqual([['29 ноября 2024 года', '2024-11-29']]);
    expect(dates('بتاريخ 29 نوفمبر 2024', 'ar')).toEqual([['29 نوفمبر 2024', '2024-11-29']]);
    expect(dates('بتاريخ ٢٩ تشرين الثاني ٢٠٢٤', 'ar')).toEqual([['٢٩ تشرين الثاني ٢٠٢٤', '2024-11-29']]);
    expect(dates('ngày 29 tháng 11 năm 2024', 'vi')).toEqual([['29 tháng 11 năm 2024', '2024-11-29']]);
  });

  it('reads numeric dates day first, in English only when one order is possible', () => {
    expect(dates('ngày 11/7/2025', 'vi')).toEqual([['11/7/2025', '2025-07-11']]);
    expect(dates('am 11.07.2025', 'de')).toEqual([['11.07.2025', '2025-07-11']]);
    expect(dates('٢٩/١١/٢٠٢٤', 'ar')).toEqual([['٢٩/١١/٢٠٢٤', '2024-11-29']]);
    expect(dates('on 11/7/2025', 'en')).toEqual([]);
    expect(dates('on 7/22/2025 and 22/7/2025', 'en')).toEqual([
      ['7/22/2025', '2025-07-22'],
      ['22/7/2025', '2025-07-22'],
    ]);
    expect(dates('on 5/5/2025', 'en')).toEqual([['5/5/2025', '2025-05-05']]);
  });

  it('takes no date without a year, no impossible date, and no part of a document number', () => {
    expect(dates('am 4. August', 'de')).toEqual([]);
    expect(dates('31/02/2025', 'vi')).toEqual([]);
    expect(dates('179/2024/NĐ-CP', 'vi')).toEqual([]);
    expect(dates('2025–2030', 'de')).toEqual([]);
  });
});
