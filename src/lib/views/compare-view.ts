/**
 * The compare view's rules that are not layout: which two versions it shows before the reader
 * chooses, and which aligned pairs it marks as uncertain. The page only renders them.
 */
import { LOW_CONFIDENCE } from '../alignment/align-paragraphs.ts';
import { LANGS, type Lang } from '../lang.ts';

/**
 * The version in the page's language (else the pivot) and the pivot (else the next version of the
 * article), in portal order.
 */
export function defaultComparePair(langs: readonly Lang[], pageLang: Lang, pivot: Lang): Lang[] {
  const own = langs.includes(pageLang) ? pageLang : pivot;
  return [...new Set([own, pivot, ...langs])].slice(0, 2).sort((a, b) => LANGS.indexOf(a) - LANGS.indexOf(b));
}

/** Whether a pair's alignment confidence is low enough to be marked. */
export const isUncertain = (confidence: number | undefined): boolean =>
  confidence !== undefined && confidence < LOW_CONFIDENCE;
