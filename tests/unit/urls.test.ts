/** The site's URLs (src/lib/routes/urls.ts): exports per level and threshold, a page in every UI language. */
import { describe, expect, it } from 'vitest';
import { alignedExportUrl, homeUrl, inEveryLanguage } from '../../src/lib/routes/urls.ts';

describe('urls', () => {
  it('names an export by pair, level and threshold', () => {
    expect(alignedExportUrl('a', 'vi', 'en', 'tmx')).toBe('/data/aligned/a/vi-en.tmx');
    expect(alignedExportUrl('a', 'de', 'ar', 'tsv', { level: 'paragraphs' })).toBe('/data/aligned/a/de-ar.tsv');
    expect(alignedExportUrl('a', 'vi', 'en', 'tmx', { level: 'sentences', min: 90 })).toBe(
      '/data/aligned/a/vi-en-sentences-min90.tmx',
    );
    expect(alignedExportUrl('a', 'vi', 'ru', 'tsv', { min: 85 })).toBe('/data/aligned/a/vi-ru-min85.tsv');
  });

  it('gives one page under every UI language, in portal order', () => {
    expect(inEveryLanguage(homeUrl)).toEqual({ vi: '/vi/', en: '/en/', de: '/de/', ru: '/ru/', ar: '/ar/' });
    expect(Object.keys(inEveryLanguage(homeUrl))).toEqual(['vi', 'en', 'de', 'ru', 'ar']);
  });
});
