/**
 * rehype plugin: every official document number in the text becomes a link to its document page,
 * `<a href="/en/documents/204-qd-tw/" class="doc-number" dir="ltr" data-document="204-qd-tw">204-QD/TW</a>`,
 * the number kept as the translator wrote it. dir="ltr" isolates it, so `177-KL/TW` reads the same
 * inside Arabic text. A local number (`02-KH/TU`) links to the page of the article's province.
 *
 * The page passes the language and province (article-plugins.ts); ids are made by documentId,
 * as ingest makes them.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { documentId } from '../documents/document-identity.ts';
import { findDocumentNumbers } from '../documents/find-document-numbers.ts';
import type { Lang } from '../lang.ts';
import { documentUrl } from '../routes/urls.ts';

export interface DocumentLinkOptions {
  /** The language whose document pages the links lead to. */
  lang: Lang;
  /** The pre-merger province the article names (frontmatter province.named). */
  province: string | null;
}

export function linkDocumentNumbers(text: string, lang: Lang, province: string | null): ElementContent[] {
  const mentions = findDocumentNumbers(text);
  if (mentions.length === 0) return [{ type: 'text', value: text }];
  const out: ElementContent[] = [];
  let at = 0;
  for (const mention of mentions) {
    // List members (`177, 178, 179/2024/NĐ-CP`) share the end of the list: link each member's own
    // serial, and the last one the whole number.
    const start = Math.max(mention.start, at);
    const next = mentions.find((m) => m.start > mention.start);
    const end = next && next.start < mention.end ? textEnd(text, mention.start, next.start) : mention.end;
    if (end <= start) continue;
    if (start > at) out.push({ type: 'text', value: text.slice(at, start) });
    const id = documentId({ number: mention.number, province: mention.doc.scope === 'local' ? province : null });
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: documentUrl(lang, id), className: ['doc-number'], dir: 'ltr', dataDocument: id },
      children: [{ type: 'text', value: text.slice(start, end) }],
    };
    out.push(link);
    at = end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

/** The end of a list member's own digits: up to the first character that is not a digit. */
function textEnd(text: string, start: number, limit: number): number {
  let end = start;
  while (end < limit && /\d/.test(text[end]!)) end++;
  return end;
}

export default function rehypeDocumentLinks({ lang, province }: DocumentLinkOptions) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (node as Element).tagName === 'a') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const replacement = linkDocumentNumbers((node as Text).value, lang, province);
      if (replacement.length === 1 && replacement[0]!.type === 'text') return;
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    });
  };
}
