/**
 * Publication dates on the site (the frontmatter's `published`, see ingest/find-publication-date.ts):
 * shown per UI language with Intl.DateTimeFormat, and the order of every list of articles — newest
 * first, undated last, otherwise the order the list had. An undated version is shown as undated:
 * nothing here ever falls back to the build's clock. Pure, no Node APIs: the search page's script
 * formats its results' dates with it too.
 */
import type { Lang } from '../lang.ts';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** `2025-07-22` as the UI language writes it: `22 tháng 7, 2025`, `July 22, 2025`, `22. Juli 2025`, … */
export function formatPublished(date: string, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    // A calendar date, not an instant: formatted in UTC so no time zone can move it by a day;
    // Latin digits, as every number on the site.
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' });
    formats.set(lang, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** The date of an article version's frontmatter, or null when undated. */
export function publishedDate(data: { published: { date: string } | null }): string | null {
  return data.published?.date ?? null;
}

/** Newest first, undated last; 0 for equal dates (and for two undated), so a stable sort keeps the rest. */
export function newerFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** The items newest first by `dateOf`, undated last, in their given order otherwise (a new array). */
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => string | null): T[] {
  return items
    .map((item, index) => ({ item, index, date: dateOf(item) }))
    .sort((a, b) => newerFirst(a.date, b.date) || a.index - b.index)
    .map(({ item }) => item);
}

/** The newest of some dates, or null when none is dated. */
export function newestDate(dates: Iterable<string | null>): string | null {
  let newest: string | null = null;
  for (const date of dates) if (date !== null && (newest === null || date > newest)) newest = date;
  return newest;
}
