/** The follow feeds as the build declares and writes them: one per document, one per current province. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFeedKey, provinceFeedKey } from '../../src/lib/build/page-inputs.ts';
import { buildCorpusIndex } from '../../src/lib/corpus/corpus-index.ts';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { cachedContentDate, contentDate } from '../../src/lib/publishing/content-date.ts';
import { followFeedPages } from '../../src/lib/publishing/follow-feed-pages.ts';

const corpus = buildCorpusIndex(loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url))));
const site = new URL('https://songsong.example.org');
const updated = '2026-01-01T00:00:00.000Z';

describe('followFeedPages', () => {
  it('declares a feed per document, keyed by its inputs, written with its number and its pages', () => {
    const pages = followFeedPages('documents', corpus, updated);
    expect(pages).toHaveLength(13);
    expect(pages.map((p) => p.file)).toEqual(corpus.documents.map((d) => `feeds/documents/${d.id}.xml`));
    expect(pages.map((p) => p.page.params)).toEqual(corpus.documents.map((d) => ({ document: d.id })));
    const page = pages.find((p) => p.page.params.document === '178-kl-tw')!;
    expect(page.key).toBe(documentFeedKey(corpus.document('178-kl-tw')!, corpus, updated));
    // Named only in a headline: no entry, so the feed takes the date given.
    expect(page.page.props.write(site).split('\n').slice(0, 5)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '  <title>Song Song: 178-KL/TW</title>',
      '  <id>https://songsong.example.org/feeds/documents/178-kl-tw.xml</id>',
      '  <link rel="self" type="application/atom+xml" ' +
        'href="https://songsong.example.org/feeds/documents/178-kl-tw.xml"/>',
    ]);
    expect(page.page.props.write(site)).toContain(
      `  <updated>${updated}</updated>\n  <author><name>Song Song</name></author>\n</feed>`,
    );
  });

  it('declares a feed per current province: the versions of its articles (all undated: corpus order)', () => {
    const pages = followFeedPages('provinces', corpus, updated);
    expect(pages).toHaveLength(34);
    const phuTho = pages.find((p) => p.file === 'feeds/provinces/phu-tho.xml')!;
    expect(phuTho.page.params).toEqual({ province: 'phu-tho' });
    expect(phuTho.key).toBe(provinceFeedKey('Phú Thọ', corpus, updated));
    const feed = phuTho.page.props.write(site);
    expect(feed).toContain('  <title>Song Song: Phú Thọ</title>');
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" hreflang="ar" ' +
        'href="https://songsong.example.org/ar/provinces/phu-tho/"/>',
    );
    expect(feed.match(/<entry xml:lang="[a-z]+">/g)).toEqual([
      '<entry xml:lang="ru">',
      '<entry xml:lang="en">',
      '<entry xml:lang="de">',
    ]);
  });
});

describe('cachedContentDate', () => {
  it('gives the content date, asking once per folder', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    expect(cachedContentDate(root)).toBe(contentDate(root));
    expect(cachedContentDate(root)).toBe(cachedContentDate(root));
  });
});
