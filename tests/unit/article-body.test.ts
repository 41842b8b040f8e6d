import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  MAX_BODY_BLOCKS,
  parseArticleBody,
  renderArticleBody,
  type BodyBlock,
} from '../../src/lib/corpus/article-body.ts';

const hostileLines = [
  '# not a heading',
  '1. not a list',
  '> not a quote',
  '---',
  '===',
  '| not | a table |',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[link](javascript:alert(1)) **b** _i_ `c` ~~s~~',
  '&amp; &lt;b&gt; entity-looking text',
  'ends with a backslash \\',
  'Kết luận số 177-KL/TW ngày 11/7/2025',
];

describe('article body', () => {
  it('reads back exactly what it wrote, one paragraph per line', () => {
    const blocks: BodyBlock[] = [
      { kind: 'paragraph', text: 'First section', sectionStart: true },
      ...hostileLines.map((text): BodyBlock => ({ kind: 'paragraph', text, sectionStart: false })),
      { kind: 'caption', text: 'Quang cảnh <hội nghị> & "khách". Ảnh: Minh Anh' },
      { kind: 'paragraph', text: 'Second section', sectionStart: true },
    ];
    expect(parseArticleBody(renderArticleBody(blocks))).toEqual(blocks);
  });

  it('renders hostile text as text: no element but p, figure, figcaption, hr', async () => {
    const markdown = renderArticleBody([
      ...hostileLines.map((text): BodyBlock => ({ kind: 'paragraph', text, sectionStart: false })),
      { kind: 'caption', text: '<script>x</script> Photo: A' },
    ]);
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeStringify, { allowDangerousHtml: true })
        .process(markdown),
    );
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['figcaption', 'figure', 'p']);
    expect(html.match(/<p>/g)).toHaveLength(hostileLines.length);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('refuses a body with structure it did not write', () => {
    expect(() => parseArticleBody('# heading\n')).toThrow(/line 1: unexpected heading/);
  });
});

describe('parseArticleBody on a body over the limit', () => {
  it('refuses 100,000 paragraphs with the limit named, before parsing them', () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `Line ${i} of the 177-KL/TW report.`).join('\n\n');
    expect(() => parseArticleBody(body)).toThrow(
      'article body has 100,000 blocks, over the limit of 5,000 per version',
    );
    const atLimit = Array.from({ length: MAX_BODY_BLOCKS }, (_, i) => `Line ${i}.`).join('\n\n');
    expect(parseArticleBody(atLimit)).toHaveLength(MAX_BODY_BLOCKS);
  });
});
