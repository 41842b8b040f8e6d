/**
 * An Atom 1.0 feed per UI language listing the article versions in that language: title, link,
 * a summary (the first paragraph) and the same `updated` date for all (see content-date.ts).
 */
import { buildDerivedCache } from '../build/derived-cache.ts';
import { parseArticleBody } from '../corpus/article-body.ts';
import type { Lang } from '../lang.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { articleUrl, feedUrl, homeUrl } from './urls.ts';
import { escapeXml } from './xml.ts';

export function atomFeed(corpus: CorpusIndex, lang: Lang, options: { site: URL; title: string; updated: string }): string {
  const absolute = (path: string) => new URL(path, options.site).href;
  const entries = corpus.articles.flatMap((article) =>
    article.versions
      .filter((v) => v.data.lang === lang)
      .map((version) => {
        const url = absolute(articleUrl(lang, article.id));
        // The summary is derived once per change of the version's file, not read again every build.
        const first = buildDerivedCache().get('first-paragraph', { digest: version.digest ?? version.data.checksum }, () => parseArticleBody(version.body).find((b) => b.kind === 'paragraph')?.text ?? '');
        return [
          '  <entry>',
          `    <title>${escapeXml(version.data.title)}</title>`,
          `    <id>${escapeXml(url)}</id>`,
          `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(url)}"/>`,
          `    <updated>${options.updated}</updated>`,
          `    <summary>${escapeXml(first)}</summary>`,
          '  </entry>',
        ].join('\n');
      }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <id>${escapeXml(absolute(feedUrl(lang)))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(feedUrl(lang)))}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${escapeXml(absolute(homeUrl(lang)))}"/>`,
    `  <updated>${options.updated}</updated>`,
    '  <author><name>Song Song</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
