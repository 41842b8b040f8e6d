/**
 * Atom 1.0 feeds to follow one document (every version citing it, in any language: the citing
 * sentences as summary) or one current province (every version of its articles: the first
 * paragraph). Newest first by the version's publication date (undated last), at most
 * FEED_ENTRIES; `published` and `updated` from that date. An undated entry, and the feed when none
 * is dated, take the fixed `updated` passed in (the content's date, as the language feeds do), so
 * a feed's inputs are its entries plus that date only when it is used (`usesFallbackDate`).
 * Each feed links back to the page it follows in all five UI languages; the pages link the feed.
 */
import { buildDerivedCache } from '../build/derived-cache.ts';
import { parseArticleBody } from '../corpus/article-body.ts';
import { LANGS, type Lang } from '../lang.ts';
import { atomDate, FEED_ENTRIES } from './atom-feed.ts';
import type { ArticleEntry, CorpusIndex, CorpusVersion, DocumentEntry } from './corpus-index.ts';
import { newestFirst, publishedDate } from './published-date.ts';
import { articleUrl, documentFeedUrl, documentUrl, provinceFeedUrl, provinceUrl } from './urls.ts';
import { escapeXml } from './xml.ts';

interface FeedEntry {
  lang: Lang;
  article: string;
  title: string;
  date: string | null;
  summary: string;
}

interface FeedOptions {
  site: URL;
  /** The date of undated entries (and of a feed without dated ones). */
  updated: string;
  limit?: number;
}

/** The entries of a document's feed: each citing version, with its citing sentences. */
function documentEntries(doc: DocumentEntry): FeedEntry[] {
  return doc.citations.map((c) => ({ lang: c.lang, article: c.article, title: c.title, date: c.published, summary: c.sentences.join(' … ') }));
}

function firstParagraph(version: CorpusVersion): string {
  return buildDerivedCache().get('first-paragraph', { digest: version.digest ?? version.data.checksum }, () => parseArticleBody(version.body).find((b) => b.kind === 'paragraph')?.text ?? '');
}

/** The articles a current province's feed lists. */
export function provinceArticles(corpus: CorpusIndex, current: string): ArticleEntry[] {
  return corpus.articles.filter((a) => a.province?.current === current);
}

function provinceEntries(corpus: CorpusIndex, current: string): FeedEntry[] {
  return provinceArticles(corpus, current).flatMap((article) =>
    article.versions.map((v) => ({ lang: v.data.lang, article: article.id, title: v.data.title, date: publishedDate(v.data), get summary() { return firstParagraph(v); } })),
  );
}

const listed = (entries: FeedEntry[], limit = FEED_ENTRIES) => newestFirst(entries, (e) => e.date).slice(0, limit);

/** Does the feed show the fallback date (an undated entry, or no entry)? Then that date is one of its inputs. */
export function usesFallbackDate(entries: { date: string | null }[], limit = FEED_ENTRIES): boolean {
  const shown = listed(entries as FeedEntry[], limit);
  return shown.length === 0 || shown.some((e) => e.date === null);
}

export const documentFeedUsesFallback = (doc: DocumentEntry) => usesFallbackDate(documentEntries(doc));
export const provinceFeedUsesFallback = (corpus: CorpusIndex, current: string) =>
  usesFallbackDate(provinceArticles(corpus, current).flatMap((a) => a.versions.map((v) => ({ date: publishedDate(v.data) }))));

function atom(options: FeedOptions & { title: string; self: string; pages: (lang: Lang) => string; entries: FeedEntry[] }): string {
  const absolute = (path: string) => new URL(path, options.site).href;
  const shown = listed(options.entries, options.limit);
  const updatedOf = (date: string | null) => (date === null ? options.updated : atomDate(date));
  const entries = shown.map((entry) => {
    const url = absolute(articleUrl(entry.lang, entry.article));
    return [
      `  <entry xml:lang="${entry.lang}">`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <link rel="alternate" type="text/html" hreflang="${entry.lang}" href="${escapeXml(url)}"/>`,
      ...(entry.date === null ? [] : [`    <published>${atomDate(entry.date)}</published>`]),
      `    <updated>${updatedOf(entry.date)}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const updated = shown.length === 0 ? options.updated : shown.map((e) => updatedOf(e.date)).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(options.title)}</title>`,
    `  <id>${escapeXml(absolute(options.self))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(options.self))}"/>`,
    ...LANGS.map((lang) => `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(absolute(options.pages(lang)))}"/>`),
    `  <updated>${updated}</updated>`,
    '  <author><name>Song Song</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The feed of one document: `Song Song: 204-QĐ/TW`. */
export function documentFeed(doc: DocumentEntry, options: FeedOptions): string {
  return atom({ ...options, title: `Song Song: ${doc.number}${doc.province ? ` (${doc.province})` : ''}`, self: documentFeedUrl(doc.id), pages: (lang) => documentUrl(lang, doc.id), entries: documentEntries(doc) });
}

/** The feed of one current province: `Song Song: Phú Thọ`. */
export function provinceFeed(corpus: CorpusIndex, province: { name: string; slug: string }, options: FeedOptions): string {
  return atom({ ...options, title: `Song Song: ${province.name}`, self: provinceFeedUrl(province.slug), pages: (lang) => provinceUrl(lang, province.slug), entries: provinceEntries(corpus, province.name) });
}
