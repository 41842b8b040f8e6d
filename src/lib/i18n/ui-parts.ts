/**
 * A UI string as parts for markup, so direction is isolated by elements (`<bdi dir="ltr">`, see
 * src/components/UiText.astro and the search page's script), never by invisible U+2066…U+2069
 * characters that a reader would copy along with a document number.
 *
 * - A value given as `ltr(…)` (a document number, or a list of them) becomes its own left-to-right
 *   part; a list gives one part per item, separated by the language's comma.
 * - In a right-to-left language, a Latin run with inner punctuation in the rest of the text (the
 *   example number `204-QĐ/TW` in a hint) is a left-to-right part too: without isolation the bidi
 *   algorithm shows it as `QĐ/TW-204`. In every language such a run with a digit in it (a document
 *   number) is a part, so that it is kept on one line (bdi.code is `white-space: nowrap`).
 * Everything else is plain text; the renderer escapes it (Astro text, DOM text nodes).
 */
import { LANG_INFO, type Lang } from '../lang.ts';
import { splitLtrRuns, type TextRun } from '../text/ltr-runs.ts';
import { translator } from './ui-strings.ts';

/** One piece of a rendered UI string; `ltr` pieces are rendered in `<bdi dir="ltr">`. */
export type UiPart = TextRun;

/** A value kept left to right: one code, or several (each isolated on its own). */
export interface LtrValue {
  ltr: string | readonly string[];
}

export type UiValue = string | number | LtrValue;

export const ltr = (value: string | readonly string[]): LtrValue => ({ ltr: value });

/** Placeholders for the left-to-right values while i18next interpolates (private-use characters). */
const SLOT = /\uE000(\d+)\uE001/g;

/** The list separator of a UI language: the Arabic comma in Arabic. */
export const listSeparator = (lang: Lang): string => (lang === 'ar' ? '، ' : ', ');

/** Splits plain text around the Latin codes in it (in left-to-right text, those with a digit). */
const codeParts = (text: string, rtl: boolean): UiPart[] => splitLtrRuns(text, rtl ? 'codes' : 'numbers');

/** Adjacent plain parts merged into one; empty ones dropped. */
function merged(parts: UiPart[]): UiPart[] {
  const out: UiPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out.at(-1);
    if (last && !last.ltr && !part.ltr) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** The UI string `key` of `lang` with `values` interpolated, as parts (see the module comment). */
export function uiParts(lang: Lang, key: string, values: Record<string, UiValue> = {}): UiPart[] {
  const rtl = LANG_INFO[lang].dir === 'rtl';
  const held: UiPart[][] = [];
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    // Numbers go to i18next as they are (a plural needs its count); every string value takes a
    // slot, so no value's text is ever read as a slot.
    if (typeof value === 'number') {
      plain[name] = value;
      continue;
    }
    plain[name] = `\uE000${held.length}\uE001`;
    if (typeof value === 'string') {
      held.push(codeParts(value, rtl));
      continue;
    }
    const items: readonly string[] = typeof value.ltr === 'string' ? [value.ltr] : value.ltr;
    held.push(
      items.flatMap((item, i) => [
        ...(i > 0 ? [{ text: listSeparator(lang) }] : []),
        { text: item, ltr: true as const },
      ]),
    );
  }
  const text = translator(lang)(key, plain);
  const parts: UiPart[] = [];
  let at = 0;
  for (const match of text.matchAll(SLOT)) {
    parts.push(...codeParts(text.slice(at, match.index), rtl), ...held[Number(match[1])]!);
    at = match.index + match[0].length;
  }
  parts.push(...codeParts(text.slice(at), rtl));
  return merged(parts);
}

/** The parts as one plain string (for a test, or an attribute): no direction controls added. */
export const partsText = (parts: readonly UiPart[]): string => parts.map((p) => p.text).join('');
