/**
 * What a document page lists: the citing articles (each with all its citing versions), newest
 * first (by the newest date among an article's citing versions; undated last, in corpus order),
 * at most DOCUMENT_PAGE_ARTICLES of them. A much-cited number is cited by thousands of versions; listing
 * every citing sentence made its page megabytes large and a build that touches it seconds slower
 * per page. The complete list is the document-number search (exact, paged lookup files), which
 * the page links to.
 */
import type { Citation, DocumentEntry } from '../corpus/corpus-index.ts';
import { newestDate, newestFirst } from '../corpus/published-date.ts';
import { mentionSpellings } from '../documents/find-document-numbers.ts';

export const DOCUMENT_PAGE_ARTICLES = 50;

export interface DocumentPageCitations {
  articles: { id: string; citations: Citation[] }[];
  /** Citing articles in all. */
  total: number;
}

export function documentPageCitations(
  doc: DocumentEntry,
  limit: number = DOCUMENT_PAGE_ARTICLES,
): DocumentPageCitations {
  const byArticle = new Map<string, Citation[]>();
  for (const citation of doc.citations) {
    const list = byArticle.get(citation.article);
    if (list) list.push(citation);
    else byArticle.set(citation.article, [citation]);
  }
  const articles = newestFirst([...byArticle], ([, citations]) => newestDate(citations.map((c) => c.published)));
  return { articles: articles.slice(0, limit).map(([id, citations]) => ({ id, citations })), total: byArticle.size };
}

/**
 * A citing sentence cut around the spellings of the number it cites (`raws`: a citation's raw
 * mentions, cut into list members), so the page can mark and isolate them. Longer spellings first,
 * so one that contains another (`Nr. 178-KL/TW`, `178-KL/TW`) is marked whole.
 */
export function markSpellings(sentence: string, raws: readonly string[]): { text: string; hit: boolean }[] {
  const spellings = raws.flatMap(mentionSpellings);
  if (spellings.length === 0) return [{ text: sentence, hit: false }];
  const alternatives = [...spellings]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return sentence
    .split(new RegExp(`(${alternatives.join('|')})`, 'u'))
    .filter(Boolean)
    .map((text) => ({ text, hit: spellings.includes(text) }));
}
