/**
 * Small escapes closed: one formula rule for every tabular export (the open-data CSV and the
 * aligned TSV defuse the same cells the same way), and every invisible or bidi control the README
 * lists removed from input — U+061C ARABIC LETTER MARK included, so a number carrying it is found.
 */
import { describe, expect, it } from 'vitest';
import { toAlignedTsv } from '../../src/lib/alignment/translation-memory.ts';
import { findDocumentNumbers } from '../../src/lib/documents/find-document-numbers.ts';
import { readSearchParams } from '../../src/lib/search/search-query.ts';
import { csvField } from '../../src/lib/publishing/csv.ts';
import { defuseFormula } from '../../src/lib/text/defuse-formula.ts';
import { cleanText, splitLines } from '../../src/lib/text/normalize.ts';
import { printable } from '../../src/lib/text/printable.ts';

const FORMULAS = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'];

describe('one formula-defusing rule for CSV and TSV', () => {
  it('prefixes an apostrophe to a cell a spreadsheet would run, in both exports alike', () => {
    for (const formula of FORMULAS) {
      expect(defuseFormula(formula)).toBe(`'${formula}`);
      expect(csvField(formula)).toMatch(/^"?'/);
    }
    const tsv = toAlignedTsv(
      [
        { row: 1, a: "=cmd|' /C calc'!A0", b: '@SUM(A1:A2)', confidence: 0.9 },
        { row: 2, a: '\t=HYPERLINK("http://x")', b: 'Kết luận 177-KL/TW', confidence: null },
      ],
      { a: 'vi', b: 'en' },
    );
    expect(tsv).toBe(
      `row\tvi\ten\tconfidence\n1\t'=cmd|' /C calc'!A0\t'@SUM(A1:A2)\t0.90\n` +
        `2\t =HYPERLINK("http://x")\tKết luận 177-KL/TW\t\n`,
    );
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Kết luận số 177-KL/TW', '2025 = năm', 'خطة 02-KH/BCĐTW'])
      expect(defuseFormula(text)).toBe(text);
  });
});

describe('invisible and bidi controls', () => {
  it('removes U+061C so the document number it splits is found', () => {
    const line = 'تنفيذ الاستنتاج رقم 178\u061C-KL/TW الصادر عن المكتب السياسي';
    expect(findDocumentNumbers(line)).toEqual([]);
    expect(findDocumentNumbers(cleanText(line)).map((m) => m.number)).toEqual(['178-KL/TW']);
  });

  it('removes every control the README lists', () => {
    const controls = [
      '\u00AD',
      '\u061C',
      '\u180E',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2060',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\uFEFF',
    ];
    for (const control of controls)
      expect(splitLines(`177${control}-KL/TW`), `U+${control.codePointAt(0)!.toString(16)}`).toEqual(['177-KL/TW']);
  });

  it('cleans a pasted search query the same way', () => {
    expect(readSearchParams(new URLSearchParams({ q: '178\u061C-KL/TW' })).q).toBe('178-KL/TW');
  });

  it('prints controls in names as visible escapes', () => {
    expect(printable('a\u001b[2K\rb\u202e\u061C.txt')).toBe('a\\x1b[2K\\x0db\\u202e\\u061c.txt');
    expect(printable('Bình Định → خطة.txt')).toBe('Bình Định → خطة.txt');
  });
});
