/**
 * The one answer to "which runs of this text are kept left to right": the portal isolates them
 * with elements (`<bdi dir="ltr">`; components/Code.astro for UI codes), never with invisible
 * U+2066…U+2069 characters a reader would copy along with a document number.
 *
 * - `latin`: every run of Latin script (a name left untransliterated, `Phu Tho`, a URL, a code
 *   like `QĐ-UBND`), for right-to-left article text (markdown/rehype-isolate-ltr.ts). Sentence
 *   punctuation after a run belongs to the sentence around it.
 * - `codes`: Latin (or digit) runs with inner `-`, `/` or `.` (`204-QĐ/TW`, `1.2.3`; not `Song
 *   Song` or `2025.`), for right-to-left UI strings (i18n/ui-parts.ts).
 * - `numbers`: those codes with a digit in them (document numbers), for left-to-right UI strings,
 *   where they are isolated only to keep them on one line.
 */

/** A piece of text; `ltr` pieces are isolated left to right. */
export interface TextRun {
  text: string;
  ltr?: true;
}

export type LtrRunKind = 'latin' | 'codes' | 'numbers';

/** A run starting and ending with a Latin letter or digit, holding at least one Latin letter. */
const LATIN_RUN = /[\p{Script=Latin}\d](?:[\p{Script=Latin}\p{M}\d\-/.:_%@#&=?+]|\s(?=[\p{Script=Latin}\d]))*/gu;
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;
const LATIN_CODE = /[\p{Script=Latin}\d]+(?:[-/.][\p{Script=Latin}\d]+)+/gu;

/** The isolated run a match stands for, or null when it is not one. */
function runOf(match: string, kind: LtrRunKind): string | null {
  if (kind === 'latin') {
    const run = match.replace(/[.:,;?]+$/u, '');
    return HAS_LATIN_LETTER.test(run) ? run : null;
  }
  return kind === 'numbers' && !/\d/.test(match) ? null : match;
}

/** `text` split into plain and left-to-right runs, in order (no empty runs; `[]` for ''). */
export function splitLtrRuns(text: string, kind: LtrRunKind): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(kind === 'latin' ? LATIN_RUN : LATIN_CODE)) {
    const run = runOf(match[0], kind);
    if (run === null) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: run, ltr: true });
    at = match.index + run.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
