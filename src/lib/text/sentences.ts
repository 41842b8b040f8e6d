/**
 * Sentence splitting for the five corpus languages, good enough for titles and citing sentences:
 * a sentence ends at . ! ? ؟ followed by white space and a capital, an Arabic letter, a digit or an
 * opening quote — unless the word before the stop is an abbreviation (`Nr.`, `No.`, `т.`), a
 * number (`4. August`) or a single letter (an initial).
 */

const ABBREVIATIONS = new Set([
  'nr', 'no', 'dr', 'st', 'bzw', 'usw', 'vgl', 'ca', 'z.b', 'u.a', 'mr', 'mrs', 'ms', 'prof', 'etc', 'vs',
  'т', 'г', 'гг', 'им', 'т.е', 'т.д', 'ул', 'ông', 'bà', 'tp',
]);

const BOUNDARY = /[.!?؟。](?=\s+["„“«(]?[\p{Lu}\p{Script=Arabic}\d])/gu;

/** The sentences of a paragraph, in order, each trimmed; joined with spaces they give the paragraph back. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const before = text.slice(start, match.index);
    const lastWord = (before.match(/(\S+)$/u)?.[1] ?? '').toLowerCase();
    if (ABBREVIATIONS.has(lastWord) || /^\d+$/.test(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
    sentences.push(text.slice(start, match.index + 1).trim());
    start = match.index + 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}
