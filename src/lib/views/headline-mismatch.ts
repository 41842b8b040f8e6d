/**
 * Per version of an article, the documents its original's headline (URL slug) names that the
 * version does not cite, and what it cites instead (alignment/consistency.ts headlineMismatch:
 * documents compared by identity, so `204-QD/TW` = `204-QĐ/TW` and `204-QĐ/TW` ≠ `204/QĐ-TW`
 * although both have the id `204-qd-tw`). The one rule behind the article page's notice and the
 * open data's `headlineMismatch` (through compareArticle), so the two cannot disagree.
 */
import { headlineMismatch } from '../alignment/consistency.ts';
import type { ArticleEntry } from '../corpus/corpus-index.ts';
import type { Lang } from '../lang.ts';

export interface HeadlineMismatch {
  /** Headline documents the version does not cite, canonical numbers. */
  headline: string[];
  /** The version's citations the headline does not name. */
  cited: string[];
}

/** The versions whose citations differ from the headline's documents, by language. */
export function headlineMismatches(article: ArticleEntry): Partial<Record<Lang, HeadlineMismatch>> {
  const headline = article.headlineDocuments.map((d) => d.number);
  const mismatches: Partial<Record<Lang, HeadlineMismatch>> = {};
  for (const v of article.versions) {
    const mismatch = headlineMismatch(
      headline,
      v.data.documents.map((d) => d.number),
    );
    if (mismatch) mismatches[v.data.lang] = mismatch;
  }
  return mismatches;
}
