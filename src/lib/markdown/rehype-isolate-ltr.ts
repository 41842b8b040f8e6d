/**
 * rehype plugin for right-to-left articles: runs of Latin script (a name left untransliterated,
 * `Phu Tho`, a URL, a code like `QĐ-UBND`) are wrapped in `<bdi dir="ltr">` so the bidi algorithm
 * cannot reorder their parts among the Arabic words around them. Document-number links are
 * already isolated (dir="ltr") and left alone; left-to-right articles are not touched.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { LANG_INFO, type Lang } from '../lang.ts';

/** A run starting and ending with a Latin letter or digit, holding at least one Latin letter. */
const LATIN_RUN = /[\p{Script=Latin}\d](?:[\p{Script=Latin}\p{M}\d\-/.:_%@#&=?+]|\s(?=[\p{Script=Latin}\d]))*/gu;
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;

export function isolateLatinRuns(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    let run = match[0];
    // Sentence punctuation after a run belongs to the Arabic sentence.
    run = run.replace(/[.:,;?]+$/u, '');
    if (!HAS_LATIN_LETTER.test(run)) continue;
    if (match.index > at) out.push({ type: 'text', value: text.slice(at, match.index) });
    const bdi: Element = { type: 'element', tagName: 'bdi', properties: { dir: 'ltr' }, children: [{ type: 'text', value: run }] };
    out.push(bdi);
    at = match.index + run.length;
  }
  if (out.length === 0) return [{ type: 'text', value: text }];
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

/** `lang`: the language of the text (the page passes it, article-plugins.ts). */
export default function rehypeIsolateLtr({ lang }: { lang: Lang }) {
  return (tree: Root) => {
    if (LANG_INFO[lang].dir !== 'rtl') return;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && ['a', 'bdi', 'code'].includes((node as Element).tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const replacement = isolateLatinRuns((node as Text).value);
      if (replacement.length === 1 && replacement[0]!.type === 'text') return;
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    });
  };
}
