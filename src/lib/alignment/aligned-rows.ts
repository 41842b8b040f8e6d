/**
 * Rows of the compare view for any number of versions: every version is aligned with one pivot
 * version (the Vietnamese original when present, else the first in portal order), and a row is
 * the smallest run of pivot paragraphs that no version splits or merges across. A paragraph that
 * only a non-pivot version has gets a row of its own (or joins the row when it falls between two
 * pivot paragraphs of one row). Every paragraph of every version is in exactly one row, in order.
 * Rows are numbered from 1 (`row`; permalink `#p7`, row-fragment.ts): the same in every column.
 *
 * Linear in the paragraphs (after the alignments): every lookup goes through an index by pivot
 * paragraph, so a version of 100,000 lines costs no more per row than one of ten.
 */
import { LANGS, type Lang } from '../lang.ts';
import { LOW_CONFIDENCE, alignParagraphs, type AlignedPair } from './align-paragraphs.ts';

export interface VersionParagraphs {
  lang: Lang;
  paragraphs: string[];
}

export interface AlignedRow {
  /** Row number from 1: the permalink is `#p<row>` (row-fragment.ts). */
  row: number;
  /** Paragraph indices per language (empty: this version has nothing for the row). */
  cells: Partial<Record<Lang, number[]>>;
  /** Alignment confidence of each non-pivot language with the pivot for this row. */
  confidence: Partial<Record<Lang, number>>;
  low: boolean;
}

export function pivotLanguage(langs: readonly Lang[]): Lang {
  return [...langs].sort((a, b) => LANGS.indexOf(a) - LANGS.indexOf(b))[0]!;
}

/** Aligns a version with the pivot: paragraphs by default; sentence rows pass the sentence aligner. */
export type PivotAligner = (pivot: VersionParagraphs, other: VersionParagraphs) => AlignedPair[];

const alignWithPivot: PivotAligner = (pivot, other) =>
  alignParagraphs(pivot.paragraphs, other.paragraphs, { a: pivot.lang, b: other.lang });

/**
 * The rows of the versions' units (paragraphs, or sentences with a sentence aligner: the same
 * construction gives the compare view's sentence rows).
 */
export function buildAlignedRows(
  versions: readonly VersionParagraphs[],
  align: PivotAligner = alignWithPivot,
): { pivot: Lang; rows: AlignedRow[] } {
  const pivotLang = pivotLanguage(versions.map((v) => v.lang));
  const pivot = versions.find((v) => v.lang === pivotLang)!;
  const others = versions.filter((v) => v.lang !== pivotLang);
  const alignments = new Map<Lang, AlignedPair[]>(others.map((v) => [v.lang, align(pivot, v)]));

  // Group pivot paragraphs: a bead spanning two pivot paragraphs joins them into one row.
  const n = pivot.paragraphs.length;
  const groupOf = Int32Array.from({ length: n }, (_, i) => i);
  for (const pairs of alignments.values()) {
    for (const pair of pairs) if (pair.a.length === 2) groupOf[pair.a[1]!] = groupOf[pair.a[0]!]!;
  }
  for (let i = 1; i < n; i++) if (groupOf[i] !== i) groupOf[i] = groupOf[groupOf[i]!]!;

  interface Slot {
    pivot: number[];
    cells: Partial<Record<Lang, number[]>>;
    confidence: Partial<Record<Lang, number>>;
  }
  // One slot per group, in order of its first paragraph; slotOf: the slot of each pivot paragraph.
  const slots: Slot[] = [];
  const slotOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (groupOf[i] === i) {
      const group = [i];
      slots.push({ pivot: group, cells: { [pivotLang]: group }, confidence: {} });
      slotOf[i] = slots.length - 1;
    } else {
      slotOf[i] = slotOf[groupOf[i]!]!;
      slots[slotOf[i]!]!.pivot.push(i);
    }
  }
  // Insertions (0-1 beads) go after the row of the pivot paragraph before them (-1: before all),
  // in a row of their own; one between two pivot paragraphs of one row belongs to that row.
  const insertionsAfter = new Map<number, { lang: Lang; b: number[] }[]>();
  for (const [lang, pairs] of alignments) {
    let lastPivot = -1;
    for (const pair of pairs) {
      const inRow = pair.a.length === 0 && lastPivot !== -1 && slots[slotOf[lastPivot]!]!.pivot.at(-1) !== lastPivot;
      if (pair.a.length === 0 && !inRow) {
        const after = lastPivot === -1 ? -1 : slotOf[lastPivot]!;
        const list = insertionsAfter.get(after);
        if (list) list.push({ lang, b: pair.b });
        else insertionsAfter.set(after, [{ lang, b: pair.b }]);
        continue;
      }
      if (pair.a.length > 0) lastPivot = pair.a[pair.a.length - 1]!;
      const slot = slots[slotOf[pair.a[0] ?? lastPivot]!]!;
      const cell = slot.cells[lang];
      if (cell) cell.push(...pair.b);
      else slot.cells[lang] = [...pair.b];
      const known = slot.confidence[lang];
      slot.confidence[lang] = known === undefined ? pair.confidence : Math.min(known, pair.confidence);
    }
  }
  const ordered: Slot[] = [];
  const insertAfter = (slot: number) => {
    for (const ins of insertionsAfter.get(slot) ?? [])
      ordered.push({ pivot: [], cells: { [ins.lang]: ins.b }, confidence: { [ins.lang]: 0.3 } });
  };
  insertAfter(-1);
  slots.forEach((slot, k) => {
    ordered.push(slot);
    insertAfter(k);
  });
  const rows = ordered.map((slot, i) => ({
    row: i + 1,
    cells: slot.cells,
    confidence: slot.confidence,
    low: Object.values(slot.confidence).some((c) => c < LOW_CONFIDENCE),
  }));
  return { pivot: pivotLang, rows };
}
