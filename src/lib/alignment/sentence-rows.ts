/**
 * The sentence level of the compare view and of the translator exports, built on the paragraph
 * rows (aligned-rows.ts):
 * - every version's paragraphs split into sentences (sentences.ts), numbered through the version;
 * - for a pair of versions, their sentences aligned (align-sentences.ts) with the paragraph rows
 *   both have text in as the groups — so a sentence may pair within its row or with the row next
 *   to it (a sentence a translation moved across a paragraph boundary);
 * - sentence rows for any number of versions, built like paragraph rows (each version aligned
 *   with the pivot; a row is the smallest run of pivot sentences no version splits or merges
 *   across). A sentence row belongs to the paragraph row of its first pivot sentence (else of its
 *   first sentence) and is numbered within it: `#p3.2` is the second sentence row of row 3, the
 *   same in every column.
 */
import type { Lang } from '../lang.ts';
import { buildAlignedRows, type AlignedRow } from './aligned-rows.ts';
import {
  alignSentences,
  sentenceFeatures,
  type SentenceFeatures,
  type SentencePair,
  type SentenceUnit,
} from './align-sentences.ts';

export interface SentenceRow {
  /** The paragraph row (AlignedRow.row) it belongs to. */
  row: number;
  /** Its number from 1 within that row: `#p3.2` is sentenceRow 2 of row 3 (row-fragment.ts). */
  sentenceRow: number;
  /** Sentence numbers (through the version) per language. */
  cells: Partial<Record<Lang, number[]>>;
  confidence: Partial<Record<Lang, number>>;
  low: boolean;
}

export interface PairSentences {
  a: Lang;
  b: Lang;
  pairs: SentencePair[];
}

export interface SentenceLevel {
  /** Per language, the sentences of each paragraph as [start, end) offsets into its text. */
  spans: Partial<Record<Lang, [number, number][][]>>;
  rows: SentenceRow[];
  /** Per pair of languages (in the order given), the sentence alignment. */
  pairs: PairSentences[];
}

/**
 * `paragraphs[lang]`: the texts of each version's paragraphs; `split`: a paragraph's sentence spans
 * (sentenceSpans of sentences.ts).
 */
export function buildSentenceLevel(
  langs: readonly Lang[],
  pivot: Lang,
  paragraphRows: readonly AlignedRow[],
  paragraphs: Partial<Record<Lang, readonly string[]>>,
  split: (text: string, lang: Lang) => [number, number][],
): SentenceLevel {
  const spans: SentenceLevel['spans'] = {};
  const texts: Partial<Record<Lang, string[]>> = {};
  // The paragraph row (index into paragraphRows) of each sentence, per language.
  const rowOf: Partial<Record<Lang, Int32Array>> = {};
  const features: Partial<Record<Lang, SentenceFeatures[]>> = {};
  for (const lang of langs) {
    const own = paragraphs[lang]!;
    const perParagraph = own.map((text) => split(text, lang));
    spans[lang] = perParagraph;
    texts[lang] = perParagraph.flatMap((list, p) => list.map(([s, e]) => own[p]!.slice(s, e)));
    features[lang] = texts[lang]!.map(sentenceFeatures);
    const paragraphRow = new Int32Array(own.length);
    paragraphRows.forEach((row, k) => {
      for (const p of row.cells[lang] ?? []) paragraphRow[p] = k;
    });
    rowOf[lang] = Int32Array.from(perParagraph.flatMap((list, p) => list.map(() => paragraphRow[p]!)));
  }

  /** The sentences of a and b, grouped by the paragraph rows either has text in, numbered densely. */
  const memo = new Map<string, SentencePair[]>();
  const alignPair = (a: Lang, b: Lang): SentencePair[] => {
    const known = memo.get(`${a}|${b}`);
    if (known) return known;
    const dense = new Map<number, number>();
    paragraphRows.forEach((row, k) => {
      if ((row.cells[a] ?? []).length > 0 || (row.cells[b] ?? []).length > 0) dense.set(k, dense.size);
    });
    const units = (lang: Lang): SentenceUnit[] =>
      texts[lang]!.map((text, i) => ({ text, group: dense.get(rowOf[lang]![i]!)! }));
    const pairs = alignSentences(units(a), units(b), { a, b }, { a: features[a]!, b: features[b]! });
    memo.set(`${a}|${b}`, pairs);
    return pairs;
  };

  const built = buildAlignedRows(
    langs.map((lang) => ({ lang, paragraphs: texts[lang]! })),
    (p, other) => alignPair(p.lang, other.lang),
  );
  const counters = new Map<number, number>();
  const rows: SentenceRow[] = built.rows.map((row) => {
    const lang = (row.cells[pivot] ?? []).length > 0 ? pivot : langs.find((l) => (row.cells[l] ?? []).length > 0)!;
    const paragraphRow = paragraphRows[rowOf[lang]![row.cells[lang]![0]!]!]!.row;
    const sentenceRow = (counters.get(paragraphRow) ?? 0) + 1;
    counters.set(paragraphRow, sentenceRow);
    return { row: paragraphRow, sentenceRow, cells: row.cells, confidence: row.confidence, low: row.low };
  });

  const pairs: PairSentences[] = [];
  langs.forEach((a, i) => {
    for (const b of langs.slice(i + 1)) pairs.push({ a, b, pairs: alignPair(a, b) });
  });
  return { spans, rows, pairs };
}
