/**
 * Whether a page's text answers a query, how well, and where: the search page's own verdict on
 * every hit the index returns. The index matches word beginnings and folds what it can, so it
 * returns near misses (`Phu` in `Phuc`, `decre` in `decrease`, pages matched on metadata only);
 * a page is a result only when its text contains what was searched — a form of a query word (see
 * word-forms.ts) or, for a quoted phrase, the phrase word for word.
 *
 * Tiers, best first:
 *   4  the query's words side by side in order, each as typed (with the diacritics typed);
 *   3  the query's words side by side in order, folded or as word forms;
 *   2  every query word somewhere;
 *   1  some query words.
 * A single-word query is tier 4 when the word occurs as typed, else 3.
 *
 * Imported by browser code: no node: modules here.
 */
import type { Lang } from '../lang.ts';
import { splitWords, type TextQuery, type WordSpan } from './text-query.ts';
import { arabicBareForms, exactWord, foldWord, queryWordKeys, retrievalTerms, wordKeys } from './word-forms.ts';

export interface TextMatch {
  tier: 1 | 2 | 3 | 4;
  /** Query words found (for ordering within a tier). */
  wordsFound: number;
  /** Occurrences of query words in the text. */
  occurrences: number;
  /** A passage around the best match, with the matched words marked. */
  excerpt: { text: string; mark: boolean }[];
}

interface Token extends WordSpan {
  folded: string;
  exact: string;
  /** The token's word-form keys, computed when first needed (stemming every word of a page is most of the cost). */
  keys: Set<string> | null;
}

/** Words of context an excerpt shows around its match. */
const EXCERPT_BEFORE = 10;
const EXCERPT_WORDS = 30;

/**
 * The verdict on one page's text in its language, or null when it does not contain what was
 * searched. `alternatives` are further spellings of the whole query that count as it (a place's
 * name in the page's language: `Хоабинь` for `Hoa Binh`); they match as phrases only.
 */
export function matchText(
  text: string,
  lang: Lang,
  query: TextQuery,
  { phraseOnly = false, alternatives = [] as string[][] } = {},
): TextMatch | null {
  if (query.words.length === 0) return null;
  const tokens: Token[] = splitWords(text).map((span) => ({
    ...span,
    folded: foldWord(span.word),
    exact: exactWord(span.word),
    keys: null,
  }));
  const quoted = new Set(query.phrases.flat());
  const queryKeys = query.words.map((word) => queryWordKeys(word).get(lang) ?? new Set([foldWord(word)]));
  const folded = query.words.map(foldWord);
  const exact = query.words.map(exactWord);
  // A form of a query word shares one of its retrieval terms as a beginning (or, in Arabic, a bare
  // form does): only such tokens are stemmed.
  const beginnings = [...new Set(query.words.flatMap((word) => retrievalTerms(word)))];
  const mayBeForm = (t: Token) => {
    const forms = lang === 'ar' ? [t.folded, ...arabicBareForms(t.folded)] : [t.folded];
    return forms.some((form) => beginnings.some((b) => form.startsWith(b.slice(0, Math.max(1, b.length - 2)))));
  };

  /** Does token t match query word i: 'exact' (as typed), 'form', or no. */
  const matchWord = (t: Token, i: number): 'exact' | 'form' | null => {
    if (t.exact === exact[i]) return 'exact';
    if (t.folded === folded[i]) return 'form';
    if (quoted.has(i)) return null; // a quoted word is that word, not its forms
    t.keys ??= mayBeForm(t) ? new Set(wordKeys(t.word, lang)) : new Set();
    for (const key of t.keys) if (queryKeys[i]!.has(key)) return 'form';
    return null;
  };

  /** Start indexes where words `indexes` occur side by side; `exactOnly` asks for the typed spelling. */
  const runs = (indexes: number[], exactOnly: boolean): number[] => {
    const starts: number[] = [];
    for (let s = 0; s + indexes.length <= tokens.length; s++) {
      let ok = true;
      for (let k = 0; k < indexes.length && ok; k++) {
        const m = matchWord(tokens[s + k]!, indexes[k]!);
        ok = m !== null && (!exactOnly || m === 'exact');
      }
      if (ok) starts.push(s);
    }
    return starts;
  };

  // Every quoted phrase must be there, word for word.
  for (const phrase of query.phrases) if (runs(phrase, false).length === 0) return null;

  const all = query.words.map((_, i) => i);
  const marked = new Set<number>();
  const markRun = (start: number, length: number) => {
    for (let k = 0; k < length; k++) marked.add(start + k);
  };

  let tier: TextMatch['tier'];
  let anchor: number;
  const exactRuns = runs(all, true);
  const formRuns = runs(all, false);
  const alternativeRuns = alternatives
    .map((spelling) => ({ length: spelling.length, starts: runAlternative(tokens, spelling) }))
    .filter((r) => r.starts.length > 0);
  if (exactRuns.length > 0 || formRuns.length > 0) {
    tier = exactRuns.length > 0 ? 4 : 3;
    for (const s of formRuns) markRun(s, all.length);
    anchor = (exactRuns.length > 0 ? exactRuns : formRuns)[0]!;
  } else if (alternativeRuns.length > 0) {
    tier = 3;
    for (const r of alternativeRuns) for (const s of r.starts) markRun(s, r.length);
    anchor = Math.min(...alternativeRuns.map((r) => r.starts[0]!));
  } else {
    if (phraseOnly) return null;
    const found = new Set<number>();
    tokens.forEach((t, ti) => {
      for (const i of all) {
        if (!quoted.has(i) && matchWord(t, i)) {
          found.add(i);
          marked.add(ti);
        }
      }
    });
    for (const phrase of query.phrases) {
      phrase.forEach((i) => found.add(i));
      for (const s of runs(phrase, false)) markRun(s, phrase.length);
    }
    if (found.size === 0) return null;
    // A number alone is no match for a query that has words (`Kết luận 178` in a text citing Decree 178).
    const isNumber = (i: number) => /^\p{N}+$/u.test(query.words[i]!);
    if ([...found].every(isNumber) && !all.every(isNumber)) return null;
    tier = found.size === all.length ? 2 : 1;
    anchor = Math.min(...marked);
  }
  const wordsFound = all.filter((i) => tokens.some((t) => matchWord(t, i) !== null)).length;
  return { tier, wordsFound, occurrences: marked.size, excerpt: excerptAround(text, tokens, anchor, marked) };
}

/** Where a spelling (its words folded) occurs side by side. */
function runAlternative(tokens: Token[], spelling: string[]): number[] {
  const words = spelling.map(foldWord);
  const starts: number[] = [];
  for (let s = 0; s + words.length <= tokens.length; s++) {
    if (words.every((w, k) => tokens[s + k]!.folded === w)) starts.push(s);
  }
  return starts;
}

function excerptAround(text: string, tokens: Token[], anchor: number, marked: Set<number>): TextMatch['excerpt'] {
  const first = Math.max(0, anchor - EXCERPT_BEFORE);
  const last = Math.min(tokens.length - 1, first + EXCERPT_WORDS - 1);
  const parts: TextMatch['excerpt'] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const previous = parts.at(-1);
    if (previous && previous.mark === mark) previous.text += piece;
    else parts.push({ text: piece, mark });
  };
  if (first > 0) push('… ', false);
  let at = tokens[first]!.start;
  for (let ti = first; ti <= last; ti++) {
    const t = tokens[ti]!;
    push(text.slice(at, t.start), false);
    push(t.word, marked.has(ti));
    at = t.end;
  }
  // Closing punctuation of the last word belongs to it.
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(at))?.[0] ?? '';
  push(tail, false);
  if (last < tokens.length - 1) push(' …', false);
  return parts;
}
