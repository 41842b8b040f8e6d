/**
 * What each page is made from, as the inputs of its key (lib/build/render-plan.ts): a page is
 * rendered again exactly when one of these changes. A page that shows anything of an article
 * (a title, a language, a citing sentence, a count) takes the whole article's versions as input —
 * their frontmatter and the digest of their files — so an over-wide input costs a re-render, never
 * a stale page. The equality gate (scripts/gates/incremental.ts) checks these lists against cold
 * builds.
 */
import { inputKey } from './input-key.ts';
import { documentFeedUsesFallback, provinceFeedUsesFallback } from '../publishing/citation-feeds.ts';
import type { ArticleEntry, CorpusIndex, DocumentEntry } from '../corpus/corpus-index.ts';

/** Every version of an article: what article, compare and export pages show of it. */
export function articleInputs(article: ArticleEntry): unknown {
  return { id: article.id, versions: article.versions.map((v) => ({ digest: v.digest ?? null, data: v.data })) };
}

// An article's key is computed once per build: pages that list many articles take their keys.
const articleKeys = new WeakMap<ArticleEntry, string>();
/** The key of an article page, its compare pages and exports. */
export function articleKey(article: ArticleEntry): string {
  let key = articleKeys.get(article);
  if (key === undefined) {
    key = inputKey(articleInputs(article));
    articleKeys.set(article, key);
  }
  return key;
}

/** A document page: the document's entry and every article that cites it or names it in a headline. */
export function documentKey(doc: DocumentEntry, corpus: CorpusIndex): string {
  const ids = [...new Set([...doc.citations.map((c) => c.article), ...doc.headlineArticles])].sort();
  return inputKey({ doc, articles: ids.map((id) => articleKey(corpus.article(id)!)) });
}

/** A current province's page: every article of the province. */
export function provinceKey(current: string, corpus: CorpusIndex): string {
  return inputKey({
    current,
    articles: corpus.articles.filter((a) => a.province?.current === current).map(articleKey),
  });
}

/** A document's feed: what its page shows of the citing versions, and the fallback date if an entry is undated. */
export function documentFeedKey(doc: DocumentEntry, corpus: CorpusIndex, updated: string): string {
  return inputKey({
    feed: 'document',
    page: documentKey(doc, corpus),
    updated: documentFeedUsesFallback(doc) ? updated : null,
  });
}

/** A current province's feed: its articles, and the fallback date if an entry is undated. */
export function provinceFeedKey(current: string, corpus: CorpusIndex, updated: string): string {
  return inputKey({
    feed: 'province',
    page: provinceKey(current, corpus),
    updated: provinceFeedUsesFallback(corpus, current) ? updated : null,
  });
}
