/**
 * The language alternates pages link (hreflang): every language for a page in all five, the versions for an article.
 */
import { describe, expect, it } from 'vitest';
import { articleAlternates, languageAlternates } from '../../src/lib/routes/site-pages.ts';
import { documentUrl } from '../../src/lib/routes/urls.ts';

describe('language alternates', () => {
  it('a page in every interface language has all five, in portal order', () => {
    expect(languageAlternates((lang) => documentUrl(lang, '204-qd-tw'))).toEqual([
      { lang: 'vi', href: '/vi/documents/204-qd-tw/' },
      { lang: 'en', href: '/en/documents/204-qd-tw/' },
      { lang: 'de', href: '/de/documents/204-qd-tw/' },
      { lang: 'ru', href: '/ru/documents/204-qd-tw/' },
      { lang: 'ar', href: '/ar/documents/204-qd-tw/' },
    ]);
  });

  it('an article has its versions only, each on its own page', () => {
    expect(articleAlternates({ id: 'bi-thu-tinh-uy', langs: ['en', 'ru'] })).toEqual([
      { lang: 'en', href: '/en/articles/bi-thu-tinh-uy/' },
      { lang: 'ru', href: '/ru/articles/bi-thu-tinh-uy/' },
    ]);
  });
});
