/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, comma or line break, quotes
 * doubled. A field that a spreadsheet would run as a formula gets a leading apostrophe
 * (text/defuse-formula.ts): the open data is untrusted text for whoever opens it. Only text
 * columns are defused; numeric columns are written as numbers.
 */
import { defuseFormula } from '../text/defuse-formula.ts';

export type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = defuseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
