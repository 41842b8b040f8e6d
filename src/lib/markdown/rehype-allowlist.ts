/**
 * rehype plugin, last in the chain: the sanitizer. Article bodies may only contain the elements
 * and attributes our own pipeline makes (paragraphs, section breaks, caption figures, document
 * links, bidi isolates). Any other element is replaced by its text, any other attribute dropped,
 * and a link may only point into the site. Runs just before rehype-stringify (article-plugins.ts),
 * on a tree where rehype-caption-figures has already turned raw HTML into text, so nothing is
 * deleted silently.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const ALLOWED: Record<string, readonly string[]> = {
  p: [],
  hr: [],
  br: [],
  em: [],
  strong: [],
  figure: ['className'],
  figcaption: [],
  bdi: ['dir'],
  a: ['href', 'className', 'dir', 'dataDocument'],
};

export default function rehypeAllowlist() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const allowed = ALLOWED[node.tagName];
      const href = node.properties.href;
      const badLink =
        node.tagName === 'a' && !(typeof href === 'string' && href.startsWith('/') && !href.startsWith('//'));
      if (!allowed || badLink) {
        const text: ElementContent = { type: 'text', value: toString(node) };
        parent.children.splice(index, 1, text);
        return index + 1;
      }
      for (const name of Object.keys(node.properties)) if (!allowed.includes(name)) delete node.properties[name];
      return undefined;
    });
  };
}
