/**
 * Every page of the site that a reader or crawler should find, with its language alternates: the
 * one list the sitemap is made from and the checks compare the build against. Redirect pages
 * (former provinces) and 404 pages are not in it.
 */
import { LANGS, type Lang } from '../lang.ts';
import { currentProvinces } from '../provinces/provinces.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import {
  articleUrl,
  compareUrl,
  documentsUrl,
  documentUrl,
  homeUrl,
  provincesUrl,
  provinceUrl,
  searchUrl,
} from './urls.ts';

export interface SitePage {
  path: string;
  lang: Lang;
  /** The same page in every language it exists in, this one included. */
  alternates: { lang: Lang; path: string }[];
}

/** A page that exists in every interface language, as pages link its alternates (hreflang). */
export function languageAlternates(pathFor: (lang: Lang) => string): { lang: Lang; href: string }[] {
  return LANGS.map((lang) => ({ lang, href: pathFor(lang) }));
}

/** An article's versions, each its own page (hreflang): only the languages the article is in. */
export function articleAlternates(article: { id: string; langs: readonly Lang[] }): { lang: Lang; href: string }[] {
  return article.langs.map((lang) => ({ lang, href: articleUrl(lang, article.id) }));
}

function inAllLanguages(pathFor: (lang: Lang) => string): SitePage[] {
  const alternates = languageAlternates(pathFor).map(({ lang, href }) => ({ lang, path: href }));
  return alternates.map(({ lang, path }) => ({ path, lang, alternates }));
}

export function sitePages(corpus: CorpusIndex): SitePage[] {
  return [
    ...inAllLanguages(homeUrl),
    ...inAllLanguages(documentsUrl),
    ...corpus.documents.flatMap((doc) => inAllLanguages((lang) => documentUrl(lang, doc.id))),
    ...inAllLanguages(provincesUrl),
    ...currentProvinces().flatMap((province) => inAllLanguages((lang) => provinceUrl(lang, province.slug))),
    ...inAllLanguages(searchUrl),
    ...corpus.articles.flatMap((article) => {
      const alternates = articleAlternates(article).map(({ lang, href }) => ({ lang, path: href }));
      return alternates.map(({ lang, path }) => ({ path, lang, alternates }));
    }),
    ...corpus.articles
      .filter((a) => a.langs.length > 1)
      .flatMap((article) => inAllLanguages((lang) => compareUrl(lang, article.id))),
  ];
}
