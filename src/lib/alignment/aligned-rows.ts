/**
 * Rows of the compare view for any number of versions: every version is aligned with one pivot
 * version (the Vietnamese original when present, else the first in portal order), and a row is
 * the smallest run of pivot paragraphs that no version splits or merges across. A paragraph that
 * only a non-pivot version has gets a row of its own. Rows are numbered from 1 (`#p7`): the same
 * row id in every column.
 */
import { LANGS, type Lang } from '../lang.ts';
import { LOW_CONFIDENCE, alignParagraphs, type AlignedPair } from './align-paragraphs.ts';

export interface VersionParagraphs {
  lang: Lang;
  paragraphs: string[];
}

export interface AlignedRow {
  /** 1-based row number: the permalink is `#p<n>`. */
  n: number;
  /** Paragraph indices per language (empty: this version has nothing for the row). */
  cells: Partial<Record<Lang, number[]>>;
  /** Alignment confidence of each non-pivot language with the pivot for this row. */
  confidence: Partial<Record<Lang, number>>;
  low: boolean;
}

export function pivotLanguage(langs: readonly Lang[]): Lang {
  return [...langs].sort((a, b) => LANGS.indexOf(a) - LANGS.indexOf(b))[0]!;
}

export function buildAlignedRows(versions: readonly VersionParagraphs[]): { pivot: Lang; rows: AlignedRow[] } {
  const pivotLang = pivotLanguage(versions.map((v) => v.lang));
  const pivot = versions.find((v) => v.lang === pivotLang)!;
  const others = versions.filter((v) => v.lang !== pivotLang);
  const alignments = new Map<Lang, AlignedPair[]>(
    others.map((v) => [v.lang, alignParagraphs(pivot.paragraphs, v.paragraphs, { a: pivotLang, b: v.lang })]),
  );

  // Group pivot paragraphs: a bead spanning two pivot paragraphs joins them into one row.
  const groupOf = pivot.paragraphs.map((_, i) => i);
  for (const pairs of alignments.values()) {
    for (const pair of pairs) if (pair.a.length === 2) groupOf[pair.a[1]!] = groupOf[pair.a[0]!]!;
  }
  for (let i = 1; i < groupOf.length; i++) if (groupOf[i] !== i) groupOf[i] = groupOf[groupOf[i]!]!;
  const groups = [...new Set(groupOf)].map((start) => groupOf.map((g, i) => (g === start ? i : -1)).filter((i) => i >= 0));

  interface Slot {
    pivot: number[];
    cells: Partial<Record<Lang, number[]>>;
    confidence: Partial<Record<Lang, number>>;
  }
  const slots: Slot[] = groups.map((g) => ({ pivot: g, cells: { [pivotLang]: g }, confidence: {} }));
  // Insertions (0-1 beads) go after the row of the pivot paragraph before them.
  const insertions: { after: number; lang: Lang; b: number[] }[] = [];
  for (const [lang, pairs] of alignments) {
    let lastPivot = -1;
    for (const pair of pairs) {
      if (pair.a.length === 0) {
        insertions.push({ after: lastPivot, lang, b: pair.b });
        continue;
      }
      lastPivot = pair.a[pair.a.length - 1]!;
      const slot = slots.find((s) => s.pivot.includes(pair.a[0]!))!;
      slot.cells[lang] = [...(slot.cells[lang] ?? []), ...pair.b];
      const known = slot.confidence[lang];
      slot.confidence[lang] = known === undefined ? pair.confidence : Math.min(known, pair.confidence);
    }
  }
  const ordered: Slot[] = [];
  const insertAfter = (pivotIndex: number) => {
    for (const ins of insertions.filter((x) => x.after === pivotIndex)) ordered.push({ pivot: [], cells: { [ins.lang]: ins.b }, confidence: { [ins.lang]: 0.3 } });
  };
  insertAfter(-1);
  for (const slot of slots) {
    ordered.push(slot);
    insertAfter(slot.pivot[slot.pivot.length - 1]!);
  }
  const rows = ordered.map((slot, i) => ({
    n: i + 1,
    cells: slot.cells,
    confidence: slot.confidence,
    low: Object.values(slot.confidence).some((c) => c < LOW_CONFIDENCE),
  }));
  return { pivot: pivotLang, rows };
}
