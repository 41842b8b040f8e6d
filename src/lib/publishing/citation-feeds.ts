/**
 * Atom 1.0 feeds to follow one document (every version citing it, in any language: the citing
 * sentences as summary) or one current province (every version of its articles: the first
 * paragraph). Newest first by the version's publication date (undated last), at most
 * FEED_ENTRIES; `published` and `updated` from that date. An undated entry, and the feed when none
 * is dated, take the fixed `updated` passed in (the content's date, as the language feeds do), so
 * a feed's inputs are its entries plus that date only when it is used (`usesFallbackDate`).
 * Each feed links back to the page it follows in all five UI languages; the pages link the feed.
 */
import { LANGS, type Lang } from '../lang.ts';
import { FEED_ENTRIES, firstParagraph, newestEntries, writeAtomFeed, type FeedEntry } from './atom-feed.ts';
import type { ArticleEntry, CorpusIndex, DocumentEntry } from '../corpus/corpus-index.ts';
import { publishedDate } from '../corpus/published-date.ts';
import { documentFeedUrl, documentUrl, provinceFeedUrl, provinceUrl } from '../routes/urls.ts';

interface FeedOptions {
  site: URL;
  /** The date of undated entries (and of a feed without dated ones). */
  updated: string;
  limit?: number;
}

/** The entries of a document's feed: each citing version, with its citing sentences. */
function documentEntries(doc: DocumentEntry): FeedEntry[] {
  return doc.citations.map((c) => ({
    lang: c.lang,
    article: c.article,
    title: c.title,
    date: c.published,
    summary: () => c.sentences.join(' … '),
  }));
}

/** The articles a current province's feed lists. */
export function provinceArticles(corpus: CorpusIndex, current: string): ArticleEntry[] {
  return corpus.articles.filter((a) => a.province?.current === current);
}

function provinceEntries(corpus: CorpusIndex, current: string): FeedEntry[] {
  return provinceArticles(corpus, current).flatMap((article) =>
    article.versions.map((v) => ({
      lang: v.data.lang,
      article: article.id,
      title: v.data.title,
      date: publishedDate(v.data),
      summary: () => firstParagraph(v),
    })),
  );
}

/** Does the feed show the fallback date (an undated entry, or no entry)? Then that date is one of its inputs. */
export function usesFallbackDate(entries: { date: string | null }[], limit = FEED_ENTRIES): boolean {
  const shown = newestEntries(entries, limit);
  return shown.length === 0 || shown.some((e) => e.date === null);
}

export const documentFeedUsesFallback = (doc: DocumentEntry) => usesFallbackDate(documentEntries(doc));
export const provinceFeedUsesFallback = (corpus: CorpusIndex, current: string) =>
  usesFallbackDate(
    provinceArticles(corpus, current).flatMap((a) => a.versions.map((v) => ({ date: publishedDate(v.data) }))),
  );

/** A feed of every language, linking back to the page it follows in all five UI languages. */
const followFeed = (
  options: FeedOptions,
  title: string,
  self: string,
  page: (lang: Lang) => string,
  entries: FeedEntry[],
) =>
  writeAtomFeed(
    { ...options, title, self, lang: null, alternates: LANGS.map((lang) => ({ lang, href: page(lang) })) },
    entries,
  );

/** The feed of one document: `Song Song: 204-QĐ/TW`. */
export function documentFeed(doc: DocumentEntry, options: FeedOptions): string {
  return followFeed(
    options,
    `Song Song: ${doc.number}${doc.province ? ` (${doc.province})` : ''}`,
    documentFeedUrl(doc.id),
    (lang) => documentUrl(lang, doc.id),
    documentEntries(doc),
  );
}

/** The feed of one current province: `Song Song: Phú Thọ`. */
export function provinceFeed(
  corpus: CorpusIndex,
  province: { name: string; slug: string },
  options: FeedOptions,
): string {
  return followFeed(
    options,
    `Song Song: ${province.name}`,
    provinceFeedUrl(province.slug),
    (lang) => provinceUrl(lang, province.slug),
    provinceEntries(corpus, province.name),
  );
}
