/**
 * The consistency check of two aligned versions: what must not change in translation — document
 * numbers (by identity, so `204-QD/TW` = `204-QĐ/TW`), dates, numbers and counts (`6.600` =
 * `6,600` = `6600`) — compared row by row. A row differs when one side has an item the other
 * lacks (or has a different number of times). Also: a version citing documents other than the
 * ones the original's headline (URL slug) names.
 */
import { documentKey } from '../documents/document-identity.ts';
import { extractAnchors, type Anchors } from './anchors.ts';

export type DifferenceKind = 'document' | 'date' | 'number';

export interface RowDifference {
  kind: DifferenceKind;
  /** Items only version A has (as many times as it has them more). */
  onlyA: string[];
  onlyB: string[];
}

export interface ConsistencySummary {
  document: number;
  date: number;
  number: number;
  total: number;
}

/** Items of a that b lacks (as often as a has them more), compared by key, reported as written. */
function multisetDifference(a: string[], b: string[], key: (x: string) => string = (x) => x): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const left = counts.get(key(x)) ?? 0;
    if (left > 0) counts.set(key(x), left - 1);
    else out.push(x);
  }
  return out;
}

/** Differences between the text of a row in version A and in version B. */
export function compareRow(textA: string, textB: string): RowDifference[] {
  return compareAnchors(extractAnchors(textA), extractAnchors(textB));
}

/** compareRow for anchors already extracted (a row's text is compared with every other version's). */
export function compareAnchors(a: Anchors, b: Anchors): RowDifference[] {
  const lists: [DifferenceKind, string[], string[], ((x: string) => string)?][] = [
    ['document', a.documents, b.documents, documentKey],
    ['date', a.dates, b.dates],
    ['number', a.numbers, b.numbers],
  ];
  const differences: RowDifference[] = [];
  for (const [kind, listA, listB, key] of lists) {
    const onlyA = multisetDifference(listA, listB, key);
    const onlyB = multisetDifference(listB, listA, key);
    if (onlyA.length + onlyB.length > 0) differences.push({ kind, onlyA, onlyB });
  }
  return differences;
}

/** Counts of differing items by kind over all rows ("2 numbers differ between de and en"). */
export function summarize(rows: readonly RowDifference[][]): ConsistencySummary {
  const summary: ConsistencySummary = { document: 0, date: 0, number: 0, total: 0 };
  for (const row of rows) {
    for (const d of row) {
      const n = Math.max(d.onlyA.length, d.onlyB.length);
      summary[d.kind] += n;
      summary.total += n;
    }
  }
  return summary;
}

/**
 * Documents the headline names but the version does not cite, and the version's citations the
 * headline does not name; null when the headline names none or the version cites them all.
 */
export function headlineMismatch(
  headline: readonly string[],
  cited: readonly string[],
): { headline: string[]; cited: string[] } | null {
  if (headline.length === 0) return null;
  const citedKeys = new Set(cited.map(documentKey));
  const headlineKeys = new Set(headline.map(documentKey));
  const missing = headline.filter((n) => !citedKeys.has(documentKey(n)));
  if (missing.length === 0) return null;
  return { headline: missing, cited: cited.filter((n) => !headlineKeys.has(documentKey(n))) };
}
