/**
 * rehype plugin: turns the one piece of HTML ingest writes — a photo caption,
 * `<figure class="caption"><figcaption>escaped text</figcaption></figure>` (article-body.ts) —
 * into real figure/figcaption elements, and every other raw HTML node into plain text.
 *
 * remark-rehype keeps raw HTML as `raw` nodes (article-plugins.ts); this is the one place that
 * decides what they become. Content files can be edited by hand; whatever else appears raw is
 * shown literally, never executed, and never silently dropped.
 */
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { decodeHTML } from 'entities';

const CAPTION = /^<figure class="caption"><figcaption>([^<>]*)<\/figcaption><\/figure>$/;

interface RawNode {
  type: 'raw';
  value: string;
}

export function captionFigure(text: string): Element {
  const caption: Text = { type: 'text', value: text };
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['caption'] },
    children: [{ type: 'element', tagName: 'figcaption', properties: {}, children: [caption] }],
  };
}

export default function rehypeCaptionFigures() {
  return (tree: Root) => {
    visit(tree, 'raw', (node: RawNode, index, parent) => {
      if (!parent || index === undefined) return;
      const caption = CAPTION.exec(node.value.trim());
      const replacement: Element | Text = caption
        ? captionFigure(decodeHTML(caption[1]!))
        : { type: 'text', value: node.value };
      parent.children.splice(index, 1, replacement as never);
    });
  };
}
