/**
 * Word search over the all-languages index, with results that contain what was searched and in
 * the order a researcher expects (match-text.ts decides both). The index is asked, for each query
 * word, for the word itself (exact) and for the beginning all its forms share (word-forms.ts);
 * pages come back with where each word matched, are ranked on that (words matched exactly, words
 * side by side) and then read — a page's text is one download, so pages are read in that order
 * and only until enough results are certain; every page read is checked against its own text.
 *
 * Imported by browser code: no node: modules here.
 */
import type { Lang } from '../lang.ts';
import { matchText, type TextMatch } from './match-text.ts';
import { parseTextQuery, type TextQuery } from './text-query.ts';
import { foldWord, retrievalTerms } from './word-forms.ts';

/** One page the index returned for a term, with the word positions that matched it. */
export interface IndexHit {
  id: string;
  score: number;
  locations: number[];
  /** The page's text and data (one download), null when it is not an article version page. */
  load(): Promise<IndexPage | null>;
}

export interface IndexPage {
  url: string;
  article: string;
  lang: Lang;
  title: string;
  /** `YYYY-MM-DD`, null when undated. */
  date: string | null;
  /** Current province and the province as named then, null when the article has none. */
  province: string | null;
  named: string | null;
  outlet: string | null;
  /** The version's text as indexed (without the search-only word forms). */
  text: string;
}

/** What word search needs of the index (pagefind-backend.ts). */
export interface TextIndex {
  /**
   * Pages with a word beginning with `term` (`exact`: the word `term` itself); null term: every page the filters let
   * through.
   */
  search(term: string | null, options: { exact?: boolean; filters: Record<string, string[]> }): Promise<IndexHit[]>;
  /** Starts loading the index (its script, WebAssembly and page list) before the first search needs it. */
  warm?(): void;
}

export interface TextResult extends Omit<IndexPage, 'text'> {
  tier: TextMatch['tier'] | 0;
  excerpt: TextMatch['excerpt'] | null;
}

export interface TextSearchOptions {
  filters: Record<string, string[]>;
  /** Results wanted. */
  limit: number;
  /** Whole-query matches only (a place: its syllables never match apart). */
  phraseOnly?: boolean;
  /** Further spellings that count as the whole query in a page of a language (a place's names). */
  alternatives?: (lang: Lang) => string[][];
  /** The words of those spellings in every language, to ask the index for as well. */
  alternativeWords?: readonly string[];
  /** Pages already shown above these results (by URL), left out. */
  skip?: ReadonlySet<string>;
}

/** Pages read at most per result wanted: beyond, near misses are not worth their downloads. */
const READ_PER_RESULT = 3;

interface Candidate {
  hit: IndexHit;
  /** Query words the index matched exactly / by their beginning, with positions. */
  exact: Map<number, number[]>;
  prefix: Map<number, number[]>;
  score: number;
}

/**
 * `d` and `đ` are one letter to readers, two to the index: a term is also asked for with `đ` where
 * Vietnamese can have it — at the start of a word (a syllable's first letter), or anywhere in a
 * short capitalised code (`BCĐTW`). Never inside other words (`headquarters`).
 */
export function dSpellings(term: string, typed: string): string[] {
  const positions = new Set<number>();
  if (term.startsWith('d')) positions.add(0);
  const code = /^[\p{Lu}\p{N}]{2,8}$/u.test(typed);
  // Where the reader typed đ, and every d of a short capitalised code.
  const bare = typed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const m of term.matchAll(/d/g)) if (code || bare[m.index] === 'đ') positions.add(m.index);
  let spellings = [term];
  for (const p of [...positions].slice(0, 2))
    spellings = spellings.flatMap((s) => [s, `${s.slice(0, p)}đ${s.slice(p + 1)}`]);
  return spellings;
}

export async function searchText(
  index: TextIndex,
  text: string,
  options: TextSearchOptions,
): Promise<{ results: TextResult[]; more: boolean }> {
  const query = parseTextQuery(text);
  if (query.words.length === 0) return { results: [], more: false };
  const candidates = await retrieve(index, query, options.filters, options.alternativeWords ?? []);
  const ranked = [...candidates.values()].sort(byPrerank(query));
  const accepted: { result: TextResult; match: TextMatch; rank: number }[] = [];
  const budget = options.limit * READ_PER_RESULT;
  let read = 0;
  // Read until `limit` results are certain (a batch of all hits costs no page more than shown).
  while (read < ranked.length && read < budget && accepted.length < options.limit) {
    const batch = ranked.slice(read, read + Math.min(options.limit, budget - read));
    const pages = await Promise.all(batch.map((c) => c.hit.load()));
    pages.forEach((page, k) => {
      if (!page || options.skip?.has(page.url)) return;
      // The text first; the title only when the text lacks the words (a derived title repeats the first sentence).
      const verdict = (text: string) =>
        matchText(text, page.lang, query, {
          phraseOnly: options.phraseOnly,
          alternatives: options.alternatives?.(page.lang),
        });
      const match = verdict(page.text) ?? verdict(page.title);
      if (!match) return;
      const { text: _, ...data } = page;
      accepted.push({ result: { ...data, tier: match.tier, excerpt: match.excerpt }, match, rank: read + k });
    });
    read += batch.length;
  }
  accepted.sort((a, b) => b.match.tier - a.match.tier || b.match.wordsFound - a.match.wordsFound || a.rank - b.rank);
  return {
    results: accepted.slice(0, options.limit).map((a) => a.result),
    more: accepted.length > options.limit || read < ranked.length,
  };
}

/**
 * Every page of the filters (a province's articles), in the index's order. With `excerptOf`, a
 * page whose text has that phrase (a place's name in any of its spellings) shows it in an excerpt.
 */
export async function listPages(
  index: TextIndex,
  options: {
    filters: Record<string, string[]>;
    limit: number;
    excerptOf?: { text: string; alternatives: (lang: Lang) => string[][] };
  },
): Promise<{ results: TextResult[]; more: boolean; total: number }> {
  const hits = await index.search(null, { filters: options.filters });
  const pages = await Promise.all(hits.slice(0, options.limit).map((hit) => hit.load()));
  const phrase = options.excerptOf ? parseTextQuery(options.excerptOf.text) : null;
  const results = pages.flatMap((page) => {
    if (!page) return [];
    const { text, ...data } = page;
    const match =
      phrase && options.excerptOf
        ? matchText(text, page.lang, phrase, {
            phraseOnly: true,
            alternatives: options.excerptOf.alternatives(page.lang),
          })
        : null;
    return [{ ...data, tier: 0 as const, excerpt: match?.excerpt ?? null }];
  });
  return { results, more: hits.length > options.limit, total: hits.length };
}

/**
 * Pages the index returns for the query's words; pages found by an alternative spelling's words are noted under the
 * word index `query.words.length`.
 */
async function retrieve(
  index: TextIndex,
  query: TextQuery,
  filters: Record<string, string[]>,
  alternativeWords: readonly string[],
): Promise<Map<string, Candidate>> {
  const candidates = new Map<string, Candidate>();
  const note = (hits: IndexHit[], word: number, kind: 'exact' | 'prefix') => {
    for (const hit of hits) {
      const c = candidates.get(hit.id) ?? { hit, exact: new Map(), prefix: new Map(), score: 0 };
      c.score = Math.max(c.score, hit.score);
      const seen = c[kind].get(word) ?? [];
      seen.push(...hit.locations);
      c[kind].set(word, seen);
      candidates.set(hit.id, c);
    }
  };
  const quoted = new Set(query.phrases.flat());
  const words = [
    ...query.words.map((word, i) => ({ word, i })),
    ...[...new Set(alternativeWords)].map((word) => ({ word, i: query.words.length })),
  ];
  await Promise.all(
    words.map(async ({ word, i }) => {
      const folded = foldWord(word);
      const exactTerms = dSpellings(folded, word);
      const prefixTerms = quoted.has(i) ? [] : retrievalTerms(word).flatMap((term) => dSpellings(term, word));
      const [exact, prefix] = await Promise.all([
        Promise.all(exactTerms.map((term) => index.search(term, { exact: true, filters }))),
        Promise.all(prefixTerms.map((term) => index.search(term, { filters }))),
      ]);
      exact.forEach((hits) => note(hits, i, 'exact'));
      prefix.forEach((hits) => note(hits, i, 'prefix'));
    }),
  );
  return candidates;
}

/**
 * Order in which pages are read: words side by side, then words matched exactly, then words matched at all, then the
 * index's score.
 */
function byPrerank(query: TextQuery) {
  const n = query.words.length;
  const value = (c: Candidate) => {
    const positions = (i: number) => new Set([...(c.exact.get(i) ?? []), ...(c.prefix.get(i) ?? [])]);
    let adjacent = n > 1;
    for (let i = 0; i + 1 < n && adjacent; i++) {
      const next = positions(i + 1);
      adjacent = [...positions(i)].some((p) => next.has(p + 1));
    }
    let exact = 0;
    let any = 0;
    for (let i = 0; i < n; i++) {
      if (c.exact.get(i)?.length) exact++;
      if (c.exact.get(i)?.length || c.prefix.get(i)?.length) any++;
    }
    const alternative = c.exact.has(n) || c.prefix.has(n) ? 4 * n : 0;
    return (adjacent ? 4 * n : 0) + alternative + 2 * exact + any;
  };
  return (a: Candidate, b: Candidate) => value(b) - value(a) || b.score - a.score || (a.hit.id < b.hit.id ? -1 : 1);
}
