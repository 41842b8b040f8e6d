/**
 * The Markdown body of an article version, written by ingest and read back by tests, the site and
 * the aligner. One format, defined here in both directions:
 * - a paragraph is one escaped line of text (escape-markdown.ts), blocks separated by a blank line;
 * - a paragraph that starts a section (raw `- ` / `* ` marker) is preceded by a thematic break `***`
 *   (the first block too, so reading the body back is lossless), not a fake list item;
 * - a photo caption is a figure: `<figure class="caption"><figcaption>…</figcaption></figure>`,
 *   the caption text HTML-escaped. It is the only HTML ingest writes; input text never becomes HTML.
 */
import { decodeHTML } from 'entities';
import type { Html, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeMarkdownLine } from './escape-markdown.ts';

export type BodyBlock = { kind: 'paragraph'; text: string; sectionStart: boolean } | { kind: 'caption'; text: string };

const FIGURE_OPEN = '<figure class="caption"><figcaption>';
const FIGURE_CLOSE = '</figcaption></figure>';

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function renderArticleBody(blocks: readonly BodyBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'caption') {
      parts.push(`${FIGURE_OPEN}${escapeHtmlText(block.text)}${FIGURE_CLOSE}`);
      continue;
    }
    if (block.sectionStart) parts.push('***');
    parts.push(escapeMarkdownLine(block.text));
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Most blocks (paragraphs and captions) a version may have. Ingest refuses longer texts; a body
 * put into content/ by other means is refused here, by a clear error, before the Markdown parser
 * (which needs gigabytes for 100,000 blocks) or the aligner see it.
 */
export const MAX_BODY_BLOCKS = 5_000;

/** Reads a body written by renderArticleBody back into blocks; anything else is an error. */
export function parseArticleBody(markdown: string): BodyBlock[] {
  const blockCount = markdown.split(/\n[ \t]*\n/).filter((part) => part.trim() !== '' && part.trim() !== '***').length;
  if (blockCount > MAX_BODY_BLOCKS) {
    const count = blockCount.toLocaleString('en');
    const limit = MAX_BODY_BLOCKS.toLocaleString('en');
    throw new Error(
      `article body has ${count} blocks, over the limit of ${limit} per version (ingest refuses such texts)`,
    );
  }
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks: BodyBlock[] = [];
  let sectionStart = false;
  tree.children.forEach((node: RootContent) => {
    if (node.type === 'thematicBreak') {
      sectionStart = true;
    } else if (node.type === 'paragraph') {
      blocks.push({ kind: 'paragraph', text: toString(node as Paragraph), sectionStart });
      sectionStart = false;
    } else if (node.type === 'html' && isCaption(node as Html)) {
      const value = (node as Html).value;
      blocks.push({ kind: 'caption', text: decodeHTML(value.slice(FIGURE_OPEN.length, -FIGURE_CLOSE.length)) });
    } else {
      const line = node.position?.start.line ?? 0;
      throw new Error(`article body line ${line}: unexpected ${node.type} block`);
    }
  });
  return blocks;
}

function isCaption(node: Html): boolean {
  return (
    node.value.startsWith(FIGURE_OPEN) &&
    node.value.endsWith(FIGURE_CLOSE) &&
    !node.value.slice(FIGURE_OPEN.length, -FIGURE_CLOSE.length).includes('<')
  );
}
