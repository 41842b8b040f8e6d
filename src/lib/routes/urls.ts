/**
 * Every internal URL of the site is made here, so pages, feeds, open data and checks agree.
 * All paths end in a slash (the site is built with trailingSlash: 'always').
 */
import { LANGS, type Lang } from '../lang.ts';

export const homeUrl = (lang: Lang) => `/${lang}/`;
export const articleUrl = (lang: Lang, article: string) => `/${lang}/articles/${article}/`;
export const compareUrl = (lang: Lang, article: string, langs?: readonly Lang[]) =>
  `/${lang}/compare/${article}/${langs && langs.length > 0 ? `?v=${langs.join(',')}` : ''}`;
export const documentsUrl = (lang: Lang) => `/${lang}/documents/`;
export const documentUrl = (lang: Lang, id: string) => `/${lang}/documents/${id}/`;
export const provincesUrl = (lang: Lang) => `/${lang}/provinces/`;
export const provinceUrl = (lang: Lang, slug: string) => `/${lang}/provinces/${slug}/`;
export const searchUrl = (lang: Lang) => `/${lang}/search/`;
export const feedUrl = (lang: Lang) => `/${lang}/feed.xml`;
/** One page under every UI language (the footer's language switch): `inEveryLanguage(homeUrl)`. */
export const inEveryLanguage = (urlOf: (lang: Lang) => string): Record<Lang, string> =>
  Object.fromEntries(LANGS.map((lang) => [lang, urlOf(lang)])) as Record<Lang, string>;
/** The confidence, in %, of the published thresholded exports (`-min90`). */
export const EXPORT_THRESHOLD = 90;
/**
 * Aligned text of one article's language pair for translators (`tmx` or `tsv`): paragraphs
 * (`vi-en.tmx`) or sentences (`vi-en-sentences.tmx`), all units or those with a confidence of at
 * least min % (`vi-en-sentences-min90.tmx`).
 */
export const alignedExportUrl = (
  article: string,
  a: Lang,
  b: Lang,
  format: 'tmx' | 'tsv',
  variant: { level?: 'paragraphs' | 'sentences'; min?: number } = {},
) => {
  const level = variant.level === 'sentences' ? '-sentences' : '';
  const threshold = variant.min === undefined ? '' : `-min${variant.min}`;
  return `/data/aligned/${article}/${a}-${b}${level}${threshold}.${format}`;
};
/** Atom feed of the versions citing one document (all languages; `.xml` under /feeds/). */
export const documentFeedUrl = (id: string) => `/feeds/documents/${id}.xml`;
/** Atom feed of the versions of one current province's articles. */
export const provinceFeedUrl = (slug: string) => `/feeds/provinces/${slug}.xml`;
