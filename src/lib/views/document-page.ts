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

export const DOCUMENT_PAGE_ARTICLES = 50;

export interface DocumentPageCitations {
  articles: { id: string; citations: Citation[] }[];
  /** Citing articles in all. */
  total: number;
}

export function documentPageCitations(doc: DocumentEntry, limit: number = DOCUMENT_PAGE_ARTICLES): DocumentPageCitations {
  const byArticle = new Map<string, Citation[]>();
  for (const citation of doc.citations) {
    const list = byArticle.get(citation.article);
    if (list) list.push(citation);
    else byArticle.set(citation.article, [citation]);
  }
  const articles = newestFirst([...byArticle], ([, citations]) => newestDate(citations.map((c) => c.published)));
  return { articles: articles.slice(0, limit).map(([id, citations]) => ({ id, citations })), total: byArticle.size };
}
