/**
 * rehype plugin for right-to-left articles: runs of Latin script (a name left untransliterated,
 * `Phu Tho`, a URL, a code like `QĐ-UBND`) are wrapped in `<bdi dir="ltr">` so the bidi algorithm
 * cannot reorder their parts among the Arabic words around them. Document-number links are
 * already isolated (dir="ltr") and left alone; left-to-right articles are not touched.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { LANG_INFO, type Lang } from '../lang.ts';
import { splitLtrRuns } from '../text/ltr-runs.ts';

/** `text` as hast: its Latin runs (lib/text/ltr-runs.ts) in `<bdi dir="ltr">`, the rest as text. */
export function isolateLatinRuns(text: string): ElementContent[] {
  const runs = splitLtrRuns(text, 'latin');
  if (!runs.some((run) => run.ltr)) return [{ type: 'text', value: text }];
  return runs.map((run): ElementContent =>
    run.ltr
      ? { type: 'element', tagName: 'bdi', properties: { dir: 'ltr' }, children: [{ type: 'text', value: run.text }] }
      : { type: 'text', value: run.text },
  );
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
