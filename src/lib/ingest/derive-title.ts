/**
 * Titles. Some raw files start with the article's title on a line of its own; the seeds do not,
 * so we derive a readable stand-in from the first sentence of the body and mark it as derived, so
 * an editor can replace it and the site can say it is not the original headline.
 */
import { splitSentences } from '../text/sentences.ts';

export const MAX_TITLE_CHARS = 110;

/** Could this line (the first of a file) be a title? Short, more than one word, no closing stop. */
export function looksLikeTitle(line: string): boolean {
  if (line.length < 8 || line.length > 200) return false;
  if (line.split(/\s+/).length < 2) return false;
  const end = line.replace(/[\s"'”“»«„)\]]+$/u, '');
  return !/[.:;,…。]$/u.test(end);
}

/** The first sentence of a paragraph, cut at a word boundary when long, without its final stop. */
export function deriveTitle(paragraph: string): string {
  const sentence = (splitSentences(paragraph)[0] ?? paragraph).replace(/[.。]$/u, '').trim();
  if (sentence.length <= MAX_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_CHARS + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > MAX_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_TITLE_CHARS)).replace(
    /[\s,;:،؛–—-]+$/u,
    '',
  );
  return `${head} …`;
}
