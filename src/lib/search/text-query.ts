/**
 * A text query as search reads it: its words in order, and the phrases typed in quotes, which a
 * result must contain word for word (`"Hòa Bình"` is not `Bình … Hòa`; a quoted single word is
 * that word, not its forms). Words are runs of letters, marks and digits, split the way page text
 * is split (splitWords), so a query and a page agree on what a word is.
 *
 * Imported by browser code: no node: modules here.
 */

export interface TextQuery {
  /** Every word of the query in order, quoted or not. */
  words: string[];
  /** The quoted phrases, each as word indexes into `words`. */
  phrases: number[][];
}

export interface WordSpan {
  word: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text with their offsets. */
export function splitWords(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Quotes readers type: straight, typographic, German and French, CJK-style corner quotes. */
const QUOTES = /["“”„«»「」]/;

export function parseTextQuery(text: string): TextQuery {
  const words: string[] = [];
  const phrases: number[][] = [];
  // Odd pieces between quotes are quoted; an unclosed quote quotes the rest.
  text.split(QUOTES).forEach((piece, i) => {
    const pieceWords = splitWords(piece).map((w) => w.word);
    if (i % 2 === 1 && pieceWords.length > 0) phrases.push(pieceWords.map((_, k) => words.length + k));
    words.push(...pieceWords);
  });
  return { words, phrases };
}
