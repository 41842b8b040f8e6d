/**
 * What survives translation unchanged, and so anchors paragraph alignment and the consistency
 * check: document numbers (by identity: `204-QD/TW` = `204-QĐ/TW`), dates (as year-month-day),
 * other numbers (`6.600` = `6,600` = `6 600` = `6600`; Arabic-Indic digits read as digits) and
 * proper names written in Latin script (folded, so `Đoàn` = `Doan`).
 *
 * Numbers inside a document number or a date are not counted again as numbers. Years of four
 * digits standing alone are numbers like any other.
 */
import { findDocumentNumbers } from '../documents/find-document-numbers.ts';
import { foldDiacritics } from '../text/normalize.ts';

export interface Anchors {
  /** Canonical document numbers (compare them with documentKey). */
  documents: string[];
  dates: string[];
  numbers: string[];
  names: string[];
}

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'janvier', 'января', 'январь', 'يناير', 'كانون الثاني']],
  [2, ['february', 'feb', 'februar', 'февраля', 'февраль', 'فبراير', 'شباط']],
  [3, ['march', 'mar', 'märz', 'marz', 'марта', 'март', 'مارس', 'آذار']],
  [4, ['april', 'apr', 'апреля', 'апрель', 'أبريل', 'ابريل', 'نيسان']],
  [5, ['may', 'mai', 'мая', 'май', 'مايو', 'أيار']],
  [6, ['june', 'jun', 'juni', 'июня', 'июнь', 'يونيو', 'حزيران']],
  [7, ['july', 'jul', 'juli', 'июля', 'июль', 'يوليو', 'تموز']],
  [8, ['august', 'aug', 'августа', 'август', 'أغسطس', 'آب']],
  [9, ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'سبتمبر', 'أيلول']],
  [10, ['october', 'oct', 'oktober', 'октября', 'октябрь', 'أكتوبر', 'اكتوبر', 'تشرين الأول']],
  [11, ['november', 'nov', 'ноября', 'ноябрь', 'نوفمبر', 'تشرين الثاني']],
  [12, ['december', 'dec', 'dezember', 'декабря', 'декабрь', 'ديسمبر', 'كانون الأول']],
];
for (const [month, names] of monthNames) for (const name of names) MONTHS[name] = month;
const MONTH_WORD = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/\./g, '\\.'))
  .join('|');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: string | undefined, month: number, day: string | undefined) =>
  `${year ?? '????'}-${pad(month)}${day ? `-${pad(Number(day))}` : ''}`;

/** Date patterns; each yields year (or ????), month and optional day. */
const DATE_PATTERNS: { pattern: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  // 11/7/2025, 11.07.2025, 11-7-2025 (day first, as Vietnamese, German and Russian write).
  {
    pattern: /(?<![\d/.-])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?![\d/])/gu,
    read: (m) => (Number(m[2]) <= 12 ? iso(m[3], Number(m[2]), m[1]) : null),
  },
  // Vietnamese: ngày 11 tháng 7 năm 2025, tháng 7/2025, tháng 7 năm 2025.
  {
    pattern: /(?:ngày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})(?:\s*(?:năm|\/)\s*(\d{4}))?/giu,
    read: (m) => (Number(m[2]) <= 12 ? iso(m[3], Number(m[2]), m[1]) : null),
  },
  // English: July 11, 2025 / July 2025.
  {
    pattern: new RegExp(`\\b(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?\\b`, 'giu'),
    read: (m) => iso(m[3], MONTHS[m[1]!.toLowerCase()]!, m[2]),
  },
  // German, Russian, Arabic, English: 11. Juli 2025 / 11 июля 2025 / 11 يوليو 2025 / 11 July 2025.
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(${MONTH_WORD})(?:\\s+(\\d{4}))?`, 'giu'),
    read: (m) => iso(m[3], MONTHS[m[2]!.toLowerCase()]!, m[1]),
  },
];

/** A grouped or plain number: `6.600`, `6,600`, `6 600`, `2,5`, `46`. */
// Arabic prefixes (و، ب، ل) attach to numbers, so only Latin and Cyrillic letters end a number.
const NUMBER_START = String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\d])`;
const NUMBER = new RegExp(
  String.raw`${NUMBER_START}\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+(?:[.,]\d+)?(?![\d])|` +
    String.raw`${NUMBER_START}\d+(?:[.,]\d+)?(?![\d])`,
  'gu',
);

/** `6.600` → `6600`; `2,5` → `2.5`: a separator followed by exactly three digits groups thousands. */
export function normalizeNumber(text: string): string {
  const grouped = /^\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+(?:[.,]\d+)?$/.test(text);
  if (grouped) {
    const decimal = /[.,](\d{1,2}|\d{4,})$/.exec(text);
    const integer = (decimal ? text.slice(0, -decimal[0].length) : text).replace(/[.,\u00A0\u202F ]/g, '');
    return String(Number(integer)) + (decimal ? `.${decimal[1]}` : '');
  }
  const [integer, fraction] = text.split(/[.,]/);
  return String(Number(integer)) + (fraction ? `.${fraction}` : '');
}

/** Arabic-Indic and Eastern Arabic-Indic digits, and the Arabic decimal/thousands marks. */
export function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ',')
    .replace(/\u066C/g, '.');
}

const NAME = /(?<![\p{L}\p{M}])\p{Lu}[\p{Script=Latin}\p{M}]{2,}(?![\p{L}\p{M}])/gu;

/** Anchors of one paragraph. Each list keeps repeats (a number said twice counts twice). */
export function extractAnchors(text: string): Anchors {
  let rest = westernDigits(text);
  const documents: string[] = [];
  for (const mention of findDocumentNumbers(rest)) documents.push(mention.number);
  // Blank out what was consumed, keeping offsets, so its digits are not numbers again.
  const blank = (start: number, end: number) => {
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  };
  for (const mention of findDocumentNumbers(rest)) blank(mention.start, mention.end);
  const dates: string[] = [];
  for (const { pattern, read } of DATE_PATTERNS) {
    for (const match of [...rest.matchAll(pattern)]) {
      const date = read(match as RegExpExecArray);
      if (!date) continue;
      dates.push(date);
      blank(match.index, match.index + match[0].length);
    }
  }
  const numbers = [...rest.matchAll(NUMBER)].map((m) => normalizeNumber(m[0].trim()));
  const names = [...rest.matchAll(NAME)].map((m) => foldDiacritics(m[0]).toLowerCase());
  return { documents, dates: dates.sort(), numbers, names };
}
