/**
 * Sentence segmentation for the five corpus languages (vi, en, de, ru, ar): the sentence breaks of
 * Unicode's rules (UAX #29, through Intl.Segmenter — ICU in Node and in Chromium, no data of ours),
 * minus the breaks those rules put where news text does not end a sentence:
 * - after an abbreviation that stands before a name or a number (`Nr.`, `No.`, `TP.`, `Dr.`, `ст.`,
 *   `г. Ханой` — but `2025 г.` may end a sentence), or a single letter (an initial: `Hoang V. Nghiem`);
 * - after a German ordinal (`den 14. Nationalen Parteitag`, `am 4. August`, `11. Juli`): a number
 *   of one to three digits with a stop, in German text or before a month name in any language;
 * - inside a document number (`Nr. 177-KL/TW`), wherever the document-number finder sees one.
 * Abbreviations that may end a sentence (`usw.`, `etc.`, `v.v.`, `и т. д.`) keep Unicode's rule:
 * a break only before a capital. Decimal and grouped numbers (`6.600`, `2,5`) never break (no
 * space follows the stop). Arabic `؟` ends a sentence, `،` does not.
 *
 * Deterministic and free of locale data beyond Unicode's: the same text gives the same sentences
 * on every machine. Sentences are trimmed; joined with single spaces they give the paragraph back
 * (up to its white space).
 */
import { findDocumentNumbers } from '../documents/find-document-numbers.ts';
import type { Lang } from '../lang.ts';

/** Abbreviations after which a sentence never ends (lower case, without the final stop; inner stops kept). */
const NEVER_FINAL = new Set([
  // English
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'vs',
  'e.g',
  'i.e',
  'art',
  'para',
  'vol',
  'pp',
  'p',
  'approx',
  'dept',
  'gov',
  // German
  'nr',
  'bzw',
  'vgl',
  'z.b',
  'u.a',
  'ca',
  'abs',
  'ziff',
  'bd',
  'hr',
  'gem',
  'i.v.m',
  'd.h',
  'v.a',
  'sog',
  'inkl',
  'ggf',
  'evtl',
  'bspw',
  'dipl',
  'ing',
  // Vietnamese
  'tp',
  'ts',
  'ths',
  'gs',
  'pgs',
  'tx',
  'tt',
  'q',
  // Russian
  'гг',
  'ст',
  'им',
  'ул',
  'пр',
  'т.е',
  'т.н',
  'см',
  'тыс',
  'п',
  'ч',
  'рис',
  'тов',
]);

/** Month names after which a German-style ordinal (`11. Juli`, `4. August`) runs on. */
const MONTH_AFTER_ORDINAL = new RegExp(
  '^(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember' +
    '|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\\b',
  'iu',
);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: Lang | undefined): Intl.Segmenter {
  const key = lang ?? 'und';
  let segmenter = segmenters.get(key);
  if (!segmenter) segmenters.set(key, (segmenter = new Intl.Segmenter(lang ?? 'en', { granularity: 'sentence' })));
  return segmenter;
}

/** Closing quotes and brackets that may follow a stop. */
const CLOSERS = /["'”’»)\]]+$/u;

/** Whether Unicode's break at the end of `before` (a sentence candidate) should be undone. */
function keepsGoing(before: string, after: string, lang: Lang | undefined): boolean {
  const trimmed = before.trimEnd().replace(CLOSERS, '');
  if (!trimmed.endsWith('.')) return false; // ? ! ؟ always end a sentence
  const body = trimmed.slice(0, -1);
  const tokens = body.split(/\s+/u);
  const last = (tokens.at(-1) ?? '').replace(/^["'“„«([]+/u, '');
  const word = last.toLowerCase();
  const next = after.trimStart();
  if (word === '') return false;
  if (NEVER_FINAL.has(word)) return true;
  // A single letter: an initial (`V. Nghiem`), a Russian `г. Ханой`/`т. е.`, a Vietnamese `P. 5`.
  if (/^\p{L}$/u.test(last)) {
    const previous = (tokens.at(-2) ?? '').toLowerCase();
    // `и т. д.`, `и т. п.`, `и др.` may end a sentence; `2025 г.` (a year) may too.
    if (previous === 'т.' && (word === 'д' || word === 'п')) return false;
    if (word === 'г' && /^\d{4}$/u.test(previous)) return false;
    return true;
  }
  // `г.` as city (г. Ханой) is a single letter above; `гг.` after years may end a sentence.
  if (/^\d{1,3}$/u.test(last)) {
    if (MONTH_AFTER_ORDINAL.test(next)) return true;
    if (lang === 'de' || lang === undefined)
      return (
        /^\p{Lu}/u.test(next) &&
        !/^(?:Die|Der|Das|Es|Er|Sie|Wir|Ich|Im|In|Am|Auf|Zu|Mit|Bei|Nach|Von|Für|Diese|Dieser|Dieses)\b/u.test(next)
      );
  }
  return false;
}

/** The sentences of a paragraph as [start, end) offsets into it, white space excluded. */
export function sentenceSpans(text: string, lang?: Lang): [number, number][] {
  const spans: [number, number][] = [];
  // Document numbers: no break inside one (`Nr. 177-KL/TW`, `Số 12/2025/NĐ-CP`).
  const documents = findDocumentNumbers(text).map((m) => [m.start, m.end] as const);
  const insideDocument = (offset: number) => documents.some(([s, e]) => offset > s && offset < e);
  let start = 0;
  let end = 0;
  const segments = [...segmenterFor(lang).segment(text)];
  segments.forEach((segment, k) => {
    end = segment.index + segment.segment.length;
    const following = segments[k + 1];
    if (following && (keepsGoing(text.slice(start, end), following.segment, lang) || insideDocument(end))) return;
    pushSpan(text, start, end, spans);
    start = end;
  });
  if (start < text.length) pushSpan(text, start, text.length, spans);
  return spans;
}

function pushSpan(text: string, start: number, end: number, spans: [number, number][]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) spans.push([start, end]);
}

/** The sentences of a paragraph, in order, each trimmed; joined with spaces they give the paragraph back. */
export function splitSentences(text: string, lang?: Lang): string[] {
  return sentenceSpans(text, lang).map(([s, e]) => text.slice(s, e));
}
