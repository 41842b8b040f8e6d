/**
 * Every internal URL of the site is made here, so pages, feeds, open data and checks agree.
 * All paths end in a slash (the site is built with trailingSlash: 'always').
 */
import type { Lang } from '../lang.ts';

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
/** Aligned text of one article's language pair for translators (`tmx` or `tsv`). */
export const alignedExportUrl = (article: string, a: Lang, b: Lang, format: 'tmx' | 'tsv') => `/data/aligned/${article}/${a}-${b}.${format}`;
