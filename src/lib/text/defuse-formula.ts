/**
 * The one formula-defusing rule of every tabular export (CSV open data, aligned TSV): a text cell
 * that a spreadsheet would run as a formula — starting with = + - @, a tab or a carriage return —
 * gets a leading apostrophe, which spreadsheets read as "this is text". Exported texts are
 * untrusted input for whoever opens them (`=cmd|' /C calc'!A0`).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
