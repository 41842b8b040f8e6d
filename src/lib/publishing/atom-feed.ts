/**
 * Atom 1.0 feeds: the one writer every feed uses (writeAtomFeed), and the feed per UI language
 * listing the article versions in that language, newest first
 * (undated last), at most FEED_ENTRIES of them: title, link, a summary (the first paragraph),
 * `published` when the version is dated and `updated` from that date. Nothing comes from the
 * build's clock: an undated entry, and the feed when no entry is dated, take the fixed `updated`
 * passed in (content-date.ts); the feed's own `updated` is the latest of its entries'. A feed of
 * one language says so once (`xml:lang` on the feed); a feed mixing languages says it per entry.
 */
import { buildDerivedCache } from '../build/derived-cache.ts';
import { parseArticleBody } from '../corpus/article-body.ts';
import type { Lang } from '../lang.ts';
import type { CorpusIndex, CorpusVersion } from '../corpus/corpus-index.ts';
import { newestFirst, publishedDate } from '../corpus/published-date.ts';
import { articleUrl, feedUrl, homeUrl } from '../routes/urls.ts';
import { escapeXml } from './xml.ts';

/** A feed as an endpoint's response. */
export const atomResponse = (feed: string) =>
  new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

/** Entries per feed: the newest; the archive is the site. */
export const FEED_ENTRIES = 50;

/** A publication date as an Atom date-time: the start of the day (the sources give no time). */
export const atomDate = (date: string) => `${date}T00:00:00Z`;

/** One article version in a feed; its summary is made only if the entry is shown. */
export interface FeedEntry {
  lang: Lang;
  article: string;
  title: string;
  date: string | null;
  summary: () => string;
}

export interface FeedFrame {
  site: URL;
  title: string;
  /** The feed's own path. */
  self: string;
  /** The language of every entry, or null for a feed mixing languages. */
  lang: Lang | null;
  /** The pages the feed follows, per UI language. */
  alternates: { lang: Lang; href: string }[];
  /** The date of undated entries (and of a feed without dated ones). */
  updated: string;
  limit?: number;
}

/** The entries a feed shows: the newest (undated last), at most `limit`. */
export const newestEntries = <E extends { date: string | null }>(entries: E[], limit = FEED_ENTRIES): E[] =>
  newestFirst(entries, (e) => e.date).slice(0, limit);

/** A version's first paragraph, derived once per change of its file (not read again every build). */
export function firstParagraph(version: CorpusVersion): string {
  return buildDerivedCache().get(
    'first-paragraph',
    { digest: version.digest ?? version.data.checksum },
    () => parseArticleBody(version.body).find((b) => b.kind === 'paragraph')?.text ?? '',
  );
}

export function writeAtomFeed(frame: FeedFrame, entries: FeedEntry[]): string {
  const absolute = (path: string) => new URL(path, frame.site).href;
  const shown = newestEntries(entries, frame.limit);
  const updatedOf = (date: string | null) => (date === null ? frame.updated : atomDate(date));
  const lines = shown.map((entry) => {
    const url = absolute(articleUrl(entry.lang, entry.article));
    return [
      frame.lang === null ? `  <entry xml:lang="${entry.lang}">` : '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <link rel="alternate" type="text/html" hreflang="${entry.lang}" href="${escapeXml(url)}"/>`,
      ...(entry.date === null ? [] : [`    <published>${atomDate(entry.date)}</published>`]),
      `    <updated>${updatedOf(entry.date)}</updated>`,
      `    <summary>${escapeXml(entry.summary())}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const updated =
    shown.length === 0
      ? frame.updated
      : shown.map((e) => updatedOf(e.date)).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    frame.lang === null
      ? '<feed xmlns="http://www.w3.org/2005/Atom">'
      : `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${frame.lang}">`,
    `  <title>${escapeXml(frame.title)}</title>`,
    `  <id>${escapeXml(absolute(frame.self))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(frame.self))}"/>`,
    ...frame.alternates.map(
      ({ lang, href }) =>
        `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(absolute(href))}"/>`,
    ),
    `  <updated>${updated}</updated>`,
    '  <author><name>Song Song</name></author>',
    ...lines,
    '</feed>',
    '',
  ].join('\n');
}

/** The feed of one UI language: its versions, summaries their first paragraphs. */
export function atomFeed(
  corpus: CorpusIndex,
  lang: Lang,
  options: { site: URL; title: string; updated: string; limit?: number },
): string {
  const entries = corpus.articles.flatMap((article) =>
    article.versions
      .filter((v) => v.data.lang === lang)
      .map((version): FeedEntry => ({
        lang,
        article: article.id,
        title: version.data.title,
        date: publishedDate(version.data),
        summary: () => firstParagraph(version),
      })),
  );
  return writeAtomFeed({ ...options, self: feedUrl(lang), lang, alternates: [{ lang, href: homeUrl(lang) }] }, entries);
}
