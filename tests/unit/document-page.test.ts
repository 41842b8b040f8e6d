import { describe, expect, it } from 'vitest';
import type { Citation, DocumentEntry } from '../../src/lib/corpus/corpus-index.ts';
import { documentPageCitations } from '../../src/lib/views/document-page.ts';

const citation = (article: string, lang: Citation['lang'], published: string | null = null): Citation => ({
  article,
  lang,
  title: `${article} ${lang}`,
  published,
  count: 1,
  sentences: [],
  raw: ['204-QĐ/TW'],
});
const doc = (citations: Citation[]) => ({ citations }) as unknown as DocumentEntry;

describe('documentPageCitations', () => {
  it('lists the first citing articles with all their versions, and counts them all', () => {
    const listed = documentPageCitations(
      doc([citation('a', 'de'), citation('a', 'en'), citation('b', 'vi'), citation('c', 'ru')]),
      2,
    );
    expect(listed).toEqual({
      articles: [
        { id: 'a', citations: [citation('a', 'de'), citation('a', 'en')] },
        { id: 'b', citations: [citation('b', 'vi')] },
      ],
      total: 3,
    });
  });

  it('lists the newest articles first (by their newest citing version), undated last in corpus order', () => {
    const listed = documentPageCitations(
      doc([
        citation('a', 'de'),
        citation('b', 'vi', '2025-07-01'),
        citation('c', 'ru'),
        citation('d', 'en', '2025-06-30'),
        citation('d', 'de', '2025-07-22'),
      ]),
      3,
    );
    expect(listed.articles.map((a) => a.id)).toEqual(['d', 'b', 'a']);
    expect(listed.total).toBe(4);
  });

  it('lists every citing article of a document cited by fewer than the limit', () => {
    const listed = documentPageCitations(doc([citation('a', 'de'), citation('b', 'vi')]));
    expect(listed.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(listed.total).toBe(2);
  });
});
