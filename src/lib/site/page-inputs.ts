/**
 * What each page is made from, as the inputs of its key (lib/build/render-plan.ts): a page is
 * rendered again exactly when one of these changes. A page that shows anything of an article
 * (a title, a language, a citing sentence, a count) takes the whole article's versions as input —
 * their frontmatter and the digest of their files — so an over-wide input costs a re-render, never
 * a stale page. The equality gate (scripts/gates/incremental.ts) checks these lists against cold
 * builds.
 */
import type { ArticleEntry, CorpusIndex, DocumentEntry } from './corpus-index.ts';

/** Every version of an article: what article, compare and export pages show of it. */
export function articleInputs(article: ArticleEntry): unknown {
  return { id: article.id, versions: article.versions.map((v) => ({ digest: v.digest ?? null, data: v.data })) };
}

/** A document page: the document's entry and every article that cites it or names it in a headline. */
export function documentInputs(doc: DocumentEntry, corpus: CorpusIndex): unknown {
  const ids = [...new Set([...doc.citations.map((c) => c.article), ...doc.headlineOf])].sort();
  return { doc, articles: ids.map((id) => articleInputs(corpus.article(id)!)) };
}

/** A province page: every article of the current province. */
export function provinceInputs(current: string, corpus: CorpusIndex): unknown {
  return { current, articles: corpus.articles.filter((a) => a.province?.current === current).map(articleInputs) };
}
