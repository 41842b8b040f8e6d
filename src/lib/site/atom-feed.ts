/**
 * An Atom 1.0 feed per UI language listing the article versions in that language, newest first
 * (undated last), at most FEED_ENTRIES of them: title, link, a summary (the first paragraph),
 * `published` when the version is dated and `updated` from that date. Nothing comes from the
 * build's clock: an undated entry, and the feed when no entry is dated, take the fixed `updated`
 * passed in (content-date.ts); the feed's own `updated` is the latest of its entries'.
 */
import { buildDerivedCache } from '../build/derived-cache.ts';
import { parseArticleBody } from '../corpus/article-body.ts';
import type { Lang } from '../lang.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { newestFirst, publishedDate } from './published-date.ts';
import { articleUrl, feedUrl, homeUrl } from './urls.ts';
import { escapeXml } from './xml.ts';

/** Entries per feed: the newest; the archive is the site. */
export const FEED_ENTRIES = 50;

/** A publication date as an Atom date-time: the start of the day (the sources give no time). */
export const atomDate = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(corpus: CorpusIndex, lang: Lang, options: { site: URL; title: string; updated: string; limit?: number }): string {
  const absolute = (path: string) => new URL(path, options.site).href;
  const versions = corpus.articles.flatMap((article) =>
    article.versions.filter((v) => v.data.lang === lang).map((version) => ({ article, version, date: publishedDate(version.data) })),
  );
  const listed = newestFirst(versions, (v) => v.date).slice(0, options.limit ?? FEED_ENTRIES);
  const updatedOf = (date: string | null) => (date === null ? options.updated : atomDate(date));
  const entries = listed.map(({ article, version, date }) => {
    const url = absolute(articleUrl(lang, article.id));
    // The summary is derived once per change of the version's file, not read again every build.
    const first = buildDerivedCache().get('first-paragraph', { digest: version.digest ?? version.data.checksum }, () => parseArticleBody(version.body).find((b) => b.kind === 'paragraph')?.text ?? '');
    return [
      '  <entry>',
      `    <title>${escapeXml(version.data.title)}</title>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(url)}"/>`,
      ...(date === null ? [] : [`    <published>${atomDate(date)}</published>`]),
      `    <updated>${updatedOf(date)}</updated>`,
      `    <summary>${escapeXml(first)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const updated = listed.length === 0 ? options.updated : listed.map(({ date }) => updatedOf(date)).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <id>${escapeXml(absolute(feedUrl(lang)))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(feedUrl(lang)))}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(absolute(homeUrl(lang)))}"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Song Song</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
