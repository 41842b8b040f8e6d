/**
 * The bare forms of an Arabic page's words, added to what the all-languages index reads of the
 * page (never to the page itself): Arabic attaches prefixes before a word (`للمرسوم`), and the
 * index matches word beginnings, so without them `المرسوم` or `مرسوم` could not find `للمرسوم`.
 * They follow a mark word after the page's text; the search page cuts the text there
 * (textBeforeSearchForms in search-forms-mark.ts), so excerpts and verdicts see only the page's
 * own words.
 */
import type { Lang } from '../lang.ts';
import { SEARCH_FORMS_MARK } from './search-forms-mark.ts';
import { splitWords } from './text-query.ts';
import { arabicBareForms, foldWord } from './word-forms.ts';

/** The bare forms of the Arabic words of a text, each once, in order of first appearance. */
export function searchForms(text: string, lang: Lang): string[] {
  if (lang !== 'ar') return [];
  const words = new Set(splitWords(text).map(({ word }) => foldWord(word)));
  const forms = new Set<string>();
  // A bare form the page has as a word of its own is indexed already.
  for (const word of words) for (const form of arabicBareForms(word)) if (!words.has(form)) forms.add(form);
  return [...forms];
}

/**
 * A page's HTML as the index should read it: its indexed element (`data-pagefind-body`, closed
 * by the page's last `</article>`) gains a paragraph of search forms, marked. Pages of languages
 * without attached prefixes are returned as they are.
 */
export function withSearchForms(html: string, lang: Lang, text: string): string {
  const forms = searchForms(text, lang);
  const end = html.lastIndexOf('</article>');
  if (forms.length === 0 || end < 0) return html;
  return `${html.slice(0, end)}<p>${SEARCH_FORMS_MARK} ${forms.join(' ')}</p>${html.slice(end)}`;
}
