/**
 * How the compare view's rows are numbered wherever they are shown or linked: paragraph row 3 is
 * `3`, its permalink `#p3`; the second sentence row of row 3 is `3.2`, `#p3.2`. The row numbers
 * are `row` (from 1, the same in every column; open data's consistency rows use it too) and, for
 * a sentence row, `sentenceRow` (from 1 within its row). The compare page, its browser script and
 * the exports (TMX tuid `<article>#p3.2`, the TSV's row column) write and read them here only.
 *
 * Browser-safe: the compare page's script reads fragments with parseRowFragment.
 */

/** A row (`sentenceRow` absent) or a sentence row of the compare view. */
export interface RowNumber {
  row: number;
  sentenceRow?: number;
}

/** `3` or `3.2`. */
export function rowLabel({ row, sentenceRow }: RowNumber): string {
  return sentenceRow === undefined ? String(row) : `${row}.${sentenceRow}`;
}

/** The row's element id and permalink fragment without `#`: `p3`, `p3.2`. */
export function rowFragment(at: RowNumber): string {
  return `p${rowLabel(at)}`;
}

const FRAGMENT = /^#p(\d+)(?:\.(\d+))?$/;

/** A location hash read back (`#p3.2` → row 3, sentence row 2); null when it names no row. */
export function parseRowFragment(hash: string): RowNumber | null {
  const match = FRAGMENT.exec(hash);
  if (!match) return null;
  return match[2] === undefined ? { row: Number(match[1]) } : { row: Number(match[1]), sentenceRow: Number(match[2]) };
}
