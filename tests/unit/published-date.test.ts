/** Publication dates on the site: formatted per UI language, lists newest first with undated last. */
import { describe, expect, it } from 'vitest';
import { formatPublished, newerFirst, newestDate, newestFirst } from '../../src/lib/corpus/published-date.ts';

describe('formatPublished', () => {
  it('writes the date as each UI language does, with Latin digits, whatever the time zone', () => {
    expect(formatPublished('2025-07-22', 'vi')).toBe('22 tháng 7, 2025');
    expect(formatPublished('2025-07-22', 'en')).toBe('July 22, 2025');
    expect(formatPublished('2025-07-22', 'de')).toBe('22. Juli 2025');
    expect(formatPublished('2025-07-22', 'ru')).toBe('22 июля 2025 г.');
    expect(formatPublished('2025-07-22', 'ar')).toMatch(/^22 يوليو 2025$/);
    expect(formatPublished('2025-01-01', 'en')).toBe('January 1, 2025');
  });
});

describe('newest first', () => {
  it('orders dates newest first, undated last, keeping the given order among equals', () => {
    const items = [
      { id: 'a', date: null },
      { id: 'b', date: '2025-07-01' },
      { id: 'c', date: '2025-07-22' },
      { id: 'd', date: null },
      { id: 'e', date: '2025-07-01' },
    ];
    expect(newestFirst(items, (i) => i.date).map((i) => i.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(newerFirst(null, null)).toBe(0);
    expect(newestDate([null, '2025-07-01', '2025-07-22', null])).toBe('2025-07-22');
    expect(newestDate([null])).toBeNull();
  });
});
