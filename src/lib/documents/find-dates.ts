/**
 * Full dates (day, month, year) in running text of one of the five corpus languages, read to ISO
 * `YYYY-MM-DD`, with their spans, so the date a sentence gives a cited document can be taken from
 * right after its number (read-citations.ts).
 *
 * Forms per language:
 *   vi  ngày 29/11/2024, 29-11-2024, 29.11.2024, 29 tháng 11 năm 2024, 29 tháng 11, 2024
 *   en  November 29, 2024, Nov. 29th 2024, 29 November 2024, 29th of November, 2024
 *   de  29. November 2024, 29.11.2024
 *   ru  29 ноября 2024 года, 29 ноября 2024 г., 29.11.2024
 *   ar  29 نوفمبر 2024, ٢٩ نوفمبر ٢٠٢٤, 29 تشرين الثاني 2024, 29 من نوفمبر 2024م, 29/11/2024
 * Month names of every language are accepted in every language (translations mix them).
 *
 * Numeric dates `A/B/YYYY` (also `.` and `-`): Vietnamese, German, Russian and Arabic write the day
 * first, so `11/7/2025` is 11 July; month first only when day first is impossible (`7/22/2025`).
 * In English the order is unknown (the translation may keep the Vietnamese order, an American
 * writer puts the month first), so an English numeric date is read only when just one order is a
 * real date (`22/7/2025`, `7/22/2025`); `11/7/2025` in English is no date. A date without a year
 * (`am 4. August`) is no date here: a document's date always has its year.
 * Only real calendar dates in 2000–2100 count (ingest's calendarDate).
 */
import { asciiDigits, calendarDate } from '../ingest/find-publication-date.ts';
import type { Lang } from '../lang.ts';

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Exactly `text.slice(start, end)`. */
  raw: string;
  start: number;
  end: number;
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'января', 'январь', 'يناير', 'كانون الثاني', 'tháng một', 'tháng giêng'],
  ['february', 'feb', 'februar', 'февраля', 'февраль', 'فبراير', 'شباط', 'tháng hai'],
  ['march', 'mar', 'märz', 'maerz', 'марта', 'март', 'مارس', 'آذار', 'tháng ba'],
  ['april', 'apr', 'апреля', 'апрель', 'أبريل', 'ابريل', 'إبريل', 'نيسان', 'tháng tư'],
  ['may', 'mai', 'мая', 'май', 'مايو', 'أيار', 'ايار', 'tháng năm'],
  ['june', 'jun', 'juni', 'июня', 'июнь', 'يونيو', 'يونيه', 'حزيران', 'tháng sáu'],
  ['july', 'jul', 'juli', 'июля', 'июль', 'يوليو', 'يوليه', 'تموز', 'tháng bảy'],
  ['august', 'aug', 'августа', 'август', 'أغسطس', 'اغسطس', 'آب', 'tháng tám'],
  ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'سبتمبر', 'أيلول', 'ايلول', 'tháng chín'],
  [
    'october',
    'oct',
    'oktober',
    'okt',
    'октября',
    'октябрь',
    'أكتوبر',
    'اكتوبر',
    'تشرين الأول',
    'تشرين الاول',
    'tháng mười',
  ],
  ['november', 'nov', 'ноября', 'ноябрь', 'نوفمبر', 'تشرين الثاني', 'tháng mười một'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'декабря',
    'декабрь',
    'ديسمبر',
    'كانون الأول',
    'كانون الاول',
    'tháng mười hai',
    'tháng chạp',
  ],
];
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((name) => MONTHS.set(name, i + 1)));

const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' {1,2}'))
    .join('|');

const MONTH = `(${alternation(MONTHS.keys())})`;
/** Not inside a word or number on either side (Arabic prefixes such as ب/و may attach before). */
const BEFORE = String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\d])`;
const AFTER = String.raw`(?![\p{Script=Latin}\p{Script=Cyrillic}\d])`;
const DAY = String.raw`(\d{1,2})`;
const YEAR = String.raw`(\d{4})`;

const monthOf = (name: string) => MONTHS.get(name.toLowerCase().replace(/ {1,2}/g, ' ')) ?? 0;

type Reader = (m: RegExpExecArray, lang: Lang) => string | null;

/** Each pattern is global and sticky-free; all are tried and overlapping finds resolved left first, longest first. */
const FORMS: { pattern: RegExp; read: Reader }[] = [
  {
    // 29/11/2024, 29.11.2024, 29-11-2024
    pattern: new RegExp(String.raw`${BEFORE}${DAY} ?([./-]) ?(\d{1,2}) ?\2 ?${YEAR}(?![\d/.-]\d)${AFTER}`, 'gu'),
    read: (m, lang) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      const dayFirst = calendarDate(year, b, a);
      const monthFirst = calendarDate(year, a, b);
      if (lang === 'en') return dayFirst && monthFirst && dayFirst !== monthFirst ? null : (dayFirst ?? monthFirst);
      return dayFirst ?? monthFirst;
    },
  },
  // 29 tháng 11 năm 2024, 29 tháng 11, 2024, 29 tháng 11/2024
  {
    pattern: new RegExp(
      String.raw`${BEFORE}${DAY} {1,2}tháng {1,2}(\d{1,2})(?: {0,2}(?:,|năm|/) {0,2}| {1,2})${YEAR}${AFTER}`,
      'giu',
    ),
    read: (m) => calendarDate(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  // 29 November 2024, 29. November 2024, 29 ноября 2024 года, 29 نوفمبر 2024, 29th of November, 2024, 29 من نوفمبر
  {
    pattern: new RegExp(
      String.raw`${BEFORE}${DAY}(?:\.|st|nd|rd|th)? {0,2}(?:of {1,2}|من {1,2})?${MONTH}\.?${AFTER}` +
        String.raw` {0,2}[,،]? {0,2}${YEAR}(?: {0,2}(?:года|год|г\.|г(?![\p{L}])|م(?![\p{L}])))?`,
      'giu',
    ),
    read: (m) => calendarDate(Number(m[3]), monthOf(m[2]!), Number(m[1])),
  },
  // November 29, 2024, Nov. 29th 2024
  {
    pattern: new RegExp(
      String.raw`${BEFORE}${MONTH}\.? {1,2}${DAY}(?:st|nd|rd|th)?${AFTER} {0,2},? {0,2}${YEAR}${AFTER}`,
      'giu',
    ),
    read: (m) => calendarDate(Number(m[3]), monthOf(m[1]!), Number(m[2])),
  },
];

/**
 * The view the patterns read: Arabic-Indic digits as ASCII, odd spaces as ' ', Arabic comma kept. Same length as the
 * text.
 */
function dateView(text: string): string {
  return asciiDigits(text).replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ');
}

/** Every full date in the text, in text order, none overlapping another. */
export function findDates(text: string, lang: Lang): FoundDate[] {
  if (!/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(text)) return [];
  const view = dateView(text);
  const found: FoundDate[] = [];
  for (const { pattern, read } of FORMS) {
    for (const m of view.matchAll(pattern)) {
      const date = read(m, lang);
      // A form that matched but is no real date still claims its span (`31/02/2025` is no date, not two).
      found.push({
        date: date ?? '',
        raw: text.slice(m.index, m.index + m[0].length),
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  let until = 0;
  for (const f of found) {
    if (f.start < until) continue;
    kept.push(f);
    until = f.end;
  }
  return kept.filter((f) => f.date !== '');
}
