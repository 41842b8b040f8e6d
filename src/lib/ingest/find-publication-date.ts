/**
 * The publication date of a raw translation, when the text or its source URL gives one. Read from
 * three places only, in this order:
 *
 * - `line`: a line that is a date and nothing else (a weekday, a label such as `Published:` /
 *   `Ngày đăng:`, a time and a time zone may go with it: `Thứ Ba, 22/07/2025 08:15 (GMT+7)`,
 *   `22. Juli 2025`, `٢٢/٠٧/٢٠٢٥`), standing where news pages put it: right before the source line
 *   (or before the byline there), right after the source line, or at the top (first line, or the
 *   line after a title line). The line is taken out of the body and kept as written in `text`.
 * - `byline`: the name line before the source line with a date beside it (`Báo Phú Thọ 22/07/2025`,
 *   `Van Lang - 22.07.2025`): the name stays the byline, the date part is kept as written.
 * - `url`: the source URL's path (`/2025/07/22/`, `-20250722.htm`, `-20250722101530123.htm`).
 *
 * Dates inside paragraphs are never taken: they are the dates of events and of cited documents
 * ("Conclusion No. 177-KL/TW, dated July 11, 2025"), not of the article. A date must be a real
 * calendar date between the years 2000 and 2100; anything unreadable is simply no date — a date
 * never makes ingest refuse a file.
 *
 * Day-first numeric dates (22/07/2025, 22.07.2025, 22-07-2025) are the norm in all five languages'
 * sources; a numeric date that is only valid month-first (07/22/2025) is read that way. Month
 * names in English, German, Russian (genitive and nominative) and Arabic (Egyptian and Levantine
 * names), Vietnamese `22 tháng 7 năm 2025`; Arabic-Indic and Persian digits read as digits.
 */

export type PublishedFrom = 'line' | 'byline' | 'url';

export interface PublicationDate {
  /** `YYYY-MM-DD`. */
  date: string;
  from: PublishedFrom;
  /** The date as written: the whole date line, the byline's date part, or the part of the URL path. */
  text: string;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** `YYYY-MM-DD` for a real calendar date in MIN_YEAR–MAX_YEAR, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Is this a `YYYY-MM-DD` string naming a real date in range? (The content schema checks with it.) */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits as ASCII digits; the length is kept. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.codePointAt(0)!;
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[][]) => names.forEach((list, i) => list.forEach((name) => (MONTHS[name] = i + 1)));
addMonths([
  ['january', 'jan', 'januar', 'jänner', 'января', 'январь', 'يناير', 'كانون الثاني'],
  ['february', 'feb', 'februar', 'feber', 'февраля', 'февраль', 'فبراير', 'شباط'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'марта', 'март', 'مارس', 'آذار'],
  ['april', 'apr', 'апреля', 'апрель', 'أبريل', 'ابريل', 'إبريل', 'نيسان'],
  ['may', 'mai', 'мая', 'май', 'مايو', 'أيار', 'ايار'],
  ['june', 'jun', 'juni', 'июня', 'июнь', 'يونيو', 'يونيه', 'حزيران'],
  ['july', 'jul', 'juli', 'июля', 'июль', 'يوليو', 'يوليه', 'تموز'],
  ['august', 'aug', 'августа', 'август', 'أغسطس', 'اغسطس', 'آب'],
  ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'سبتمبر', 'أيلول', 'ايلول'],
  ['october', 'oct', 'oktober', 'okt', 'октября', 'октябрь', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول'],
  ['november', 'nov', 'ноября', 'ноябрь', 'نوفمبر', 'تشرين الثاني'],
  ['december', 'dec', 'dezember', 'dez', 'декабря', 'декабрь', 'ديسمبر', 'كانون الأول', 'كانون الاول'],
]);

const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonnabend',
  'sonntag',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
  'пн',
  'вт',
  'ср',
  'чт',
  'пт',
  'сб',
  'вс',
  'thứ hai',
  'thứ ba',
  'thứ tư',
  'thứ năm',
  'thứ sáu',
  'thứ bảy',
  'chủ nhật',
  'thứ 2',
  'thứ 3',
  'thứ 4',
  'thứ 5',
  'thứ 6',
  'thứ 7',
  't2',
  't3',
  't4',
  't5',
  't6',
  't7',
  'cn',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الاربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'الأحد',
  'الاحد',
];

/** Labels that may open a date line ("Published:"); not "Updated:" — that is not the publication. */
const LABELS = [
  'published on',
  'published',
  'posted on',
  'posted',
  'date',
  'veröffentlicht am',
  'veröffentlicht',
  'datum',
  'дата публикации',
  'опубликовано',
  'дата',
  'ngày đăng',
  'đăng ngày',
  'ngày xuất bản',
  'ngày',
  'تاريخ النشر',
  'نُشر في',
  'نشر في',
  'نشر بتاريخ',
  'بتاريخ',
  'التاريخ',
];

const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

const MONTH = `(${alternation(Object.keys(MONTHS))})`;
const SEP = '[\\s,،|·•–—-]*';
const TIME = '\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|sa|ch|ص|م))?(?:\\s*(?:uhr|giờ))?';
const ZONE = '\\(?\\s*(?:gmt|utc|ict)\\s*(?:[+−-]\\s*\\d{1,2}(?::?\\d{2})?)?\\s*\\)?';

const LABEL_PREFIX = new RegExp(`^(?:${alternation(LABELS)})(?=[\\s:：\\d])\\s*[:：]?\\s*`, 'u');
const WEEKDAY_PREFIX = new RegExp(`^(?:يوم\\s+)?(?:${alternation(WEEKDAYS)})\\.?(?:\\s*[,،]\\s*|\\s+)`, 'u');
const TIME_PREFIX = new RegExp(`^${TIME}(?:\\s*${ZONE})?${SEP}`, 'u');
const TIME_SUFFIX = new RegExp(`${SEP}(?:(?:lúc|um|at|в|الساعة)\\s+)?${TIME}(?:\\s*${ZONE})?$`, 'u');
const ZONE_SUFFIX = new RegExp(`\\s*${ZONE}$`, 'u');

/** Date forms, each anchored to the whole (already undecorated) text; each yields year, month, day. */
const DATE_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number][] }[] = [
  {
    // 22/07/2025, 22.07.2025, 22-7-2025 (day first; month first only when day first is impossible)
    pattern: /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})$/u,
    read: (m) => [
      [Number(m[4]), Number(m[3]), Number(m[1])],
      [Number(m[4]), Number(m[1]), Number(m[3])],
    ],
  },
  // 2025-07-22, 2025/07/22, 2025.07.22
  {
    pattern: /^(\d{4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/u,
    read: (m) => [[Number(m[1]), Number(m[3]), Number(m[4])]],
  },
  // 22 tháng 7 năm 2025, ngày 22 tháng 07, 2025
  {
    pattern: /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|\s+năm)?\s*(\d{4})$/u,
    read: (m) => [[Number(m[3]), Number(m[2]), Number(m[1])]],
  },
  {
    // 22 July 2025, 22. Juli 2025, 22 июля 2025 г., 22 يوليو 2025م
    pattern: new RegExp(
      `^(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\.?\\s*[,،]?\\s*(\\d{4})(?:\\s*(?:г\\.?|года|م))?$`,
      'u',
    ),
    read: (m) => [[Number(m[3]), MONTHS[m[2]!.replace(/\s+/gu, ' ')] ?? 0, Number(m[1])]],
  },
  {
    // July 22, 2025, Jul. 22nd 2025
    pattern: new RegExp(`^${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})$`, 'u'),
    read: (m) => [[Number(m[3]), MONTHS[m[1]!.replace(/\s+/gu, ' ')] ?? 0, Number(m[2])]],
  },
];

/** A date line is short: a long line is a sentence that happens to hold a date. */
const MAX_DATE_LINE = 80;

/**
 * The date of a line that is a date and nothing else (with at most a label, a weekday, a time
 * and a time zone around it), as `YYYY-MM-DD`; null for any other line or an impossible date.
 */
export function readDateLine(line: string): string | null {
  if (line.length > MAX_DATE_LINE || !/\d|[\u0660-\u0669\u06F0-\u06F9]/u.test(line)) return null;
  let text = asciiDigits(line).toLowerCase().trim();
  // `Published: Tuesday, 08:15 22/07/2025 (GMT+7)` → `22/07/2025`; `Thứ Ba, ngày 22/07/2025` → `22/07/2025`.
  text = text
    .replace(LABEL_PREFIX, '')
    .replace(WEEKDAY_PREFIX, '')
    .replace(/^ngày\s+/u, '')
    .replace(TIME_PREFIX, '');
  text = text
    .replace(TIME_SUFFIX, '')
    .replace(ZONE_SUFFIX, '')
    .replace(/[\s,،.|·•–—-]+$/u, '')
    .trim();
  for (const form of DATE_FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    for (const [year, month, day] of form.read(match)) {
      const date = calendarDate(year, month, day);
      if (date) return date;
    }
    return null;
  }
  return null;
}

/** A byline with a date beside it: the name, the date, and the rest of the line as written. */
export interface DatedByline {
  name: string;
  date: string;
  /** The line without the name: the date as written, with what separates it from the name. */
  text: string;
}

const TRAILING_SEPARATORS = /[\s,،|·•–—-]+$/u;
const LEADING_SEPARATORS = /^[\s,،|·•–—-]+/u;

/**
 * `Báo Phú Thọ 22/07/2025`, `Van Lang - 22.07.2025`, `22.07.2025 | Van Lang`: a name (judged by
 * `isName`, the parser's byline rule) and a date line (readDateLine) side by side. The name is
 * the line's start (or end) as written; `text` is the rest of the line, so the two make the line
 * again. Null when the line is a date alone, has no name or no readable date.
 */
export function splitBylineDate(line: string, isName: (text: string) => boolean): DatedByline | null {
  const trimmed = line.trim();
  if (trimmed.length > MAX_DATE_LINE + 60 || readDateLine(trimmed) !== null) return null;
  for (const { index: gap } of trimmed.matchAll(/\s+/gu)) {
    const left = trimmed.slice(0, gap).replace(TRAILING_SEPARATORS, '');
    const right = trimmed.slice(gap).replace(LEADING_SEPARATORS, '');
    if (left === '' || right === '') continue;
    // The name first, then the date.
    const nameFirst = readDateLine(right);
    if (nameFirst && isName(left)) return { name: left, date: nameFirst, text: trimmed.slice(left.length).trim() };
    // The date first, then the name.
    const dateFirst = readDateLine(left);
    if (dateFirst && isName(right))
      return { name: right, date: dateFirst, text: trimmed.slice(0, trimmed.length - right.length).trim() };
  }
  return null;
}

/**
 * A date in the path of the source URL: `/2025/07/22/`, `/2025-07-22-…`, an eight-digit run
 * `20250722` (`-20250722.htm`, `/20250722/`), or a longer run that starts with the date and goes on
 * with a time of day (`-20250722101530123.htm`, as Tuổi Trẻ and others number articles).
 */
export function dateFromUrl(url: URL): { date: string; text: string } | null {
  const path = url.pathname;
  const slashed = /\/(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?=[/-]|\.|$)/u.exec(path);
  if (slashed) {
    const date = calendarDate(Number(slashed[1]), Number(slashed[3]), Number(slashed[4]));
    if (date) return { date, text: slashed[0].slice(1) };
  }
  for (const run of path.matchAll(/\d+/gu)) {
    const digits = run[0];
    if (digits.length !== 8 && digits.length < 12) continue;
    if (digits.length >= 12) {
      const hours = Number(digits.slice(8, 10));
      const minutes = Number(digits.slice(10, 12));
      if (hours > 23 || minutes > 59) continue;
    }
    const date = calendarDate(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)));
    if (date) return { date, text: digits.slice(0, 8) };
  }
  return null;
}

export interface DateLineCandidate {
  number: number;
  text: string;
}

/**
 * The date line of a raw file, if one stands where news pages put it (see the module comment).
 * `lines` are the file's text lines in order (empty lines, footers and ad markers already gone;
 * the source line among them or not), `sourceLine` the source line's number; `isName` is the
 * parser's byline rule and `isTitle` its title rule. A line that is the only text is never taken.
 */
export function findDateLine<L extends DateLineCandidate>(
  lines: readonly L[],
  sourceLine: number,
  rules: { isName: (text: string) => boolean; isTitle: (text: string) => boolean },
): { line: L; date: string } | null {
  const text = lines.filter((line) => line.number !== sourceLine);
  if (text.length < 2) return null;
  const before = text.filter((line) => line.number < sourceLine);
  const after = text.filter((line) => line.number > sourceLine);
  const last = before.at(-1);
  const candidates: (L | undefined)[] = [
    last,
    last && rules.isName(last.text) ? before.at(-2) : undefined,
    after[0],
    text[0],
    text[0] && rules.isTitle(text[0].text) ? text[1] : undefined,
  ];
  for (const line of candidates) {
    if (!line) continue;
    const date = readDateLine(line.text);
    if (date) return { line, date };
  }
  return null;
}
