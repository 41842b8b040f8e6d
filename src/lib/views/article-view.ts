/**
 * Which version of an article a reader sees under an interface language. The interface language is
 * the reader's choice and stays theirs: `/<ui>/articles/<article>/` exists for all five, showing
 * the version in `<ui>` when there is one, otherwise the Vietnamese original when there is one,
 * otherwise the first version in portal order — with a notice saying so. A page showing its own
 * language's version is that version's canonical page (and the one search indexes); the others
 * point their canonical link at it.
 */
import type { HeadlinePart } from '../documents/slug-headline.ts';
import { LANGS, type Lang } from '../lang.ts';
import type { ArticleEntry, CorpusVersion } from '../corpus/corpus-index.ts';
import { publishedDate } from '../corpus/published-date.ts';

export interface ArticleView {
  /** The interface language of the page. */
  ui: Lang;
  /** The version shown. */
  version: CorpusVersion;
  /** True when the version is in the interface language: the version's own, canonical page. */
  own: boolean;
  /** The other versions of the article, in portal order. */
  others: CorpusVersion[];
}

/**
 * Of versions in portal order, the one a reader of `ui` is given: their own language's, else the
 * Vietnamese original, else the first. Any kind of version: the corpus's, or a search hit's
 * matching ones (`langOf` says where its language is).
 */
export function readerVersion<V>(versions: readonly V[], ui: Lang, langOf: (version: V) => Lang): V | undefined {
  return versions.find((v) => langOf(v) === ui) ?? versions.find((v) => langOf(v) === 'vi') ?? versions[0];
}

/** The version a reader of `ui` is shown: their own language's, else the original, else the first. */
export function shownVersion(article: ArticleEntry, ui: Lang): CorpusVersion {
  return readerVersion(article.versions, ui, (v) => v.data.lang)!;
}

/** The date a list shows for an article, and sorts it by: that of the version the reader is shown. */
export function listedDate(article: ArticleEntry, ui: Lang): string | null {
  return publishedDate(shownVersion(article, ui).data);
}

export function articleView(article: ArticleEntry, ui: Lang): ArticleView {
  const version = shownVersion(article, ui);
  return {
    ui,
    version,
    own: version.data.lang === ui,
    others: article.versions.filter((v) => v !== version),
  };
}

/** Every (interface language, article) page: five per article. */
export function articleViewPages(articles: readonly ArticleEntry[]): { ui: Lang; article: ArticleEntry }[] {
  return articles.flatMap((article) => LANGS.map((ui) => ({ ui, article })));
}

/**
 * The Vietnamese original's headline, for a page that does not show the Vietnamese version: the
 * Vietnamese version's own title when there is one (not one derived from its first sentence), else
 * the headline its web address spells (documents/slug-headline.ts). Null on the Vietnamese version.
 */
export function originalHeadline(
  article: ArticleEntry,
  shown: Lang,
  slugHeadlineOf: (url: string) => HeadlinePart[] | null,
): { title: string } | { parts: HeadlinePart[] } | null {
  if (shown === 'vi') return null;
  const original = article.versions.find((v) => v.data.lang === 'vi');
  if (original && !original.data.titleDerived) return { title: original.data.title };
  const parts = slugHeadlineOf(article.source.url);
  return parts ? { parts } : null;
}
