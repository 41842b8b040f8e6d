/**
 * Everything the compare view, the translator exports and the open data need about the versions
 * of one article: the aligned rows (aligned-rows.ts), per language pair the consistency check of
 * every row and its summary, and per version the headline mismatch. Computed once per article.
 *
 * Linear in the rows: each row's anchors are read once per language, not once per language pair.
 * An error while reading or aligning the versions is rethrown naming the article and the
 * languages (inArticle), so a failing build says which content file to look at.
 */
import { buildAlignedRows, type AlignedRow } from '../alignment/aligned-rows.ts';
import { compareAnchors, summarize, type ConsistencySummary, type RowDifference } from '../alignment/consistency.ts';
import { extractAnchors, type Anchors } from '../alignment/anchors.ts';
import { buildSentenceLevel, type SentenceRow } from '../alignment/sentence-rows.ts';
import type { AlignedSegment } from '../alignment/translation-memory.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { parseArticleBody, type BodyBlock } from '../corpus/article-body.ts';
import { buildDerivedCache } from '../build/derived-cache.ts';
import type { Lang } from '../lang.ts';
import type { ArticleEntry } from '../corpus/corpus-index.ts';
import { headlineMismatches, type HeadlineMismatch } from './headline-mismatch.ts';

export interface PairConsistency {
  a: Lang;
  b: Lang;
  summary: ConsistencySummary;
  /** Differences by row number (only rows that differ). */
  rows: Map<number, RowDifference[]>;
}

export interface ArticleComparison {
  pivot: Lang;
  rows: AlignedRow[];
  blocks: Partial<Record<Lang, BodyBlock[]>>;
  pairs: PairConsistency[];
  /** Per version, the headline mismatch (headline-mismatch.ts). */
  headline: Partial<Record<Lang, HeadlineMismatch>>;
  /** The text of a row in one language (its paragraphs joined), '' when it has none. */
  rowText(row: AlignedRow, lang: Lang): string;
  segments(a: Lang, b: Lang): AlignedSegment[];
  /** Sentence rows (`#p3.2`) of the compare view's sentence mode. */
  sentenceRows: SentenceRow[];
  /** Sentence i of a version (numbered through the version), and the paragraph it is in. */
  sentence(lang: Lang, i: number): { text: string; paragraph: number };
  /** The pair's sentence alignment as export units (at the sentence row of its first sentence, `3.2`). */
  sentenceSegments(a: Lang, b: Lang): AlignedSegment[];
}

// A few recent articles only: the compare pages of one article (one per UI language), its exports
// and its open-data entry ask in turn, and a whole archive's alignments would not fit in memory.
const CACHE_SIZE = 64;
const cache = new Map<string, ArticleComparison>();

export function compareArticle(article: ArticleEntry): ArticleComparison {
  const known = cache.get(article.id);
  if (known) {
    cache.delete(article.id);
    cache.set(article.id, known);
    return known;
  }
  // Bodies are read only when text is asked for: the open data needs the derived check alone.
  let parsed: Partial<Record<Lang, BodyBlock[]>> | undefined;
  const blocks = (): Partial<Record<Lang, BodyBlock[]>> => {
    if (!parsed) {
      const read: Partial<Record<Lang, BodyBlock[]>> = {};
      for (const v of article.versions)
        read[v.data.lang] = inArticle(article.id, [v.data.lang], () => parseArticleBody(v.body));
      parsed = read;
    }
    return parsed;
  };
  // The alignment and the consistency check are the costly part: derived once per change of the
  // article's files, kept between builds (lib/build/derived-cache.ts).
  const inputs = {
    article: article.id,
    versions: article.versions.map((v) => ({ lang: v.data.lang, digest: v.digest ?? v.data.checksum })),
  };
  const derived = buildDerivedCache().get('article-comparison', inputs, () => {
    const read = blocks();
    return inArticle(article.id, article.langs, () => alignAndCheck(article, read));
  });
  const { pivot, rows } = derived;
  const rowText = (row: AlignedRow, lang: Lang) => textOfRow(blocks(), row, lang);
  // Sentence i of each version: its paragraph and offsets, from the derived spans.
  const sentenceIndex = new Map<Lang, { paragraph: number; start: number; end: number }[]>();
  const located = (lang: Lang) => {
    let list = sentenceIndex.get(lang);
    if (!list) {
      list = (derived.sentences.spans[lang] ?? []).flatMap((spans, paragraph) =>
        spans.map(([start, end]) => ({ paragraph, start, end })),
      );
      sentenceIndex.set(lang, list);
    }
    return list;
  };
  const sentence = (lang: Lang, i: number) => {
    const at = located(lang)[i]!;
    return { text: blocks()[lang]![at.paragraph]!.text.slice(at.start, at.end), paragraph: at.paragraph };
  };
  // The sentence row each sentence is in, per language.
  const sentenceRowOf = new Map<Lang, Map<number, SentenceRow>>();
  for (const row of derived.sentences.rows) {
    for (const [lang, cells] of Object.entries(row.cells) as [Lang, number[]][]) {
      let map = sentenceRowOf.get(lang);
      if (!map) sentenceRowOf.set(lang, (map = new Map()));
      for (const i of cells) map.set(i, row);
    }
  }
  const pairs: PairConsistency[] = derived.pairs.map((pair) => ({
    a: pair.a,
    b: pair.b,
    summary: pair.summary,
    rows: new Map(pair.rows),
  }));

  const comparison: ArticleComparison = {
    pivot,
    rows,
    get blocks() {
      return blocks();
    },
    pairs,
    headline: headlineMismatches(article),
    rowText,
    segments: (a, b) =>
      rows
        .map((row) => ({
          row: row.row,
          a: rowText(row, a),
          b: rowText(row, b),
          confidence:
            a === pivot
              ? (row.confidence[b] ?? null)
              : b === pivot
                ? (row.confidence[a] ?? null)
                : minConfidence(row, a, b),
        }))
        .filter((s) => s.a !== '' || s.b !== ''),
    sentenceRows: derived.sentences.rows,
    sentence,
    sentenceSegments: (a, b) => {
      const pair = derived.sentences.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
      if (!pair) return [];
      const swap = pair.a !== a;
      return pair.pairs.map((bead) => {
        const [sa, sb] = swap ? [bead.b, bead.a] : [bead.a, bead.b];
        const first = sa.length > 0 ? sentenceRowOf.get(a)!.get(sa[0]!)! : sentenceRowOf.get(b)!.get(sb[0]!)!;
        return {
          row: first.row,
          sentenceRow: first.sentenceRow,
          a: sa.map((i) => sentence(a, i).text).join(' '),
          b: sb.map((i) => sentence(b, i).text).join(' '),
          confidence: bead.confidence,
          kind: swap ? (bead.kind.split('-').reverse().join('-') as typeof bead.kind) : bead.kind,
        };
      });
    },
  };
  cache.set(article.id, comparison);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return comparison;
}

/** Runs `step` for an article; an error in it is rethrown naming the article and the languages involved. */
export function inArticle<T>(id: string, langs: readonly Lang[], step: () => T): T {
  try {
    return step();
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`article ${id} (${langs.join(', ')}): ${message}`, { cause });
  }
}

interface DerivedComparison {
  pivot: Lang;
  rows: AlignedRow[];
  sentences: ReturnType<typeof buildSentenceLevel>;
  pairs: { a: Lang; b: Lang; summary: ConsistencySummary; rows: [number, RowDifference[]][] }[];
}

function textOfRow(blocks: Partial<Record<Lang, BodyBlock[]>>, row: AlignedRow, lang: Lang): string {
  return (row.cells[lang] ?? []).map((i) => blocks[lang]![i]!.text).join('\n');
}

function alignAndCheck(article: ArticleEntry, blocks: Partial<Record<Lang, BodyBlock[]>>): DerivedComparison {
  const { pivot, rows } = buildAlignedRows(
    article.langs.map((lang) => ({ lang, paragraphs: blocks[lang]!.map((b) => b.text) })),
  );
  const paragraphs: Partial<Record<Lang, string[]>> = {};
  for (const lang of article.langs) paragraphs[lang] = blocks[lang]!.map((b) => b.text);
  const sentences = buildSentenceLevel(article.langs, pivot, rows, paragraphs, sentenceSpans);
  // Anchors of each row's text per language (null: the language has no text in the row).
  const anchors = new Map<Lang, (Anchors | null)[]>();
  for (const lang of article.langs) {
    anchors.set(
      lang,
      rows.map((row) => {
        const text = textOfRow(blocks, row, lang);
        return text === '' ? null : extractAnchors(text);
      }),
    );
  }
  const none = extractAnchors('');
  const pairs: DerivedComparison['pairs'] = [];
  article.langs.forEach((a, i) => {
    for (const b of article.langs.slice(i + 1)) {
      const differences: [number, RowDifference[]][] = [];
      rows.forEach((row, k) => {
        const anchorsA = anchors.get(a)![k] ?? null;
        const anchorsB = anchors.get(b)![k] ?? null;
        if (anchorsA === null && anchorsB === null) return;
        const diff = compareAnchors(anchorsA ?? none, anchorsB ?? none);
        if (diff.length > 0) differences.push([row.row, diff]);
      });
      pairs.push({ a, b, summary: summarize(differences.map(([, d]) => d)), rows: differences });
    }
  });
  return { pivot, rows, sentences, pairs };
}

function minConfidence(row: AlignedRow, a: Lang, b: Lang): number | null {
  const values = [row.confidence[a], row.confidence[b]].filter((c) => c !== undefined);
  return values.length > 0 ? Math.min(...values) : null;
}
