/**
 * One paragraph of article text as HTML outside the Markdown pipeline (the compare view shows
 * paragraphs one by one): document numbers become links to document pages in the reader's UI
 * language, and in right-to-left text Latin runs are isolated — the same treatment the article
 * pages get from rehype-document-links and rehype-isolate-ltr. The text stays text: hast's
 * serializer escapes it.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { LANG_INFO, type Lang } from '../lang.ts';
import { linkDocumentNumbers } from './rehype-document-links.ts';
import { isolateLatinRuns } from './rehype-isolate-ltr.ts';

export interface ParagraphContext {
  /** Language of the paragraph's text. */
  lang: Lang;
  /** Language of the page (document links go to its document pages). */
  uiLang: Lang;
  /** The pre-merger province the article names, for local document numbers. */
  province: string | null;
}

export function paragraphHtml(text: string, context: ParagraphContext): string {
  let nodes: ElementContent[] = linkDocumentNumbers(text, context.uiLang, context.province);
  if (LANG_INFO[context.lang].dir === 'rtl') {
    nodes = nodes.flatMap((node) => (node.type === 'text' ? isolateLatinRuns(node.value) : [node]));
  }
  return toHtml({ type: 'root', children: nodes });
}
