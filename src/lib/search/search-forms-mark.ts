/**
 * The mark between a page's text and the search-only word forms the all-languages index reads
 * after it (search-forms.ts), and the cut the search page makes there. Apart from search-forms.ts
 * so the search page's first script stays free of the stemmers.
 *
 * Imported by browser code: no node: modules here.
 */

/** A word no text contains, between a page's text and its search-only forms. */
export const SEARCH_FORMS_MARK = 'songsongsearchforms';

/** The index's text of a page without the search-only forms after the mark. */
export function textBeforeSearchForms(text: string): string {
  const at = text.indexOf(SEARCH_FORMS_MARK);
  return at < 0 ? text : text.slice(0, at).trimEnd();
}
