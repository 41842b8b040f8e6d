import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listContentFiles } from '../../src/lib/corpus/content-files.ts';
import { renderArticleHtml } from '../../src/lib/markdown/article-plugins.ts';
import { paragraphHtml } from '../../src/lib/markdown/render-paragraph.ts';

const en = { lang: 'en' as const, province: 'Phú Thọ' };
const ar = { lang: 'ar' as const, province: 'Ninh Thuận' };

describe('article rendering', () => {
  it('links a document number to its page, keeping the spelling as written', () => {
    expect(renderArticleHtml('Decision No. 204-QD/TW was issued.\n', en)).toBe(
      '<p>Decision No. <a href="/en/documents/204-qd-tw/" class="doc-number" dir="ltr" ' +
        'data-document="204-qd-tw">204-QD/TW</a> was issued.</p>',
    );
  });

  it('links a local number to the page of the article’s province', () => {
    expect(renderArticleHtml('Plan 02-KH/TU of the province.\n', en)).toBe(
      '<p>Plan <a href="/en/documents/02-kh-tu-phu-tho/" class="doc-number" dir="ltr" ' +
        'data-document="02-kh-tu-phu-tho">02-KH/TU</a> of the province.</p>',
    );
  });

  it('links each member of a list of numbers', () => {
    expect(renderArticleHtml('Decrees 177, 178, 179/2024/ND-CP.\n', en)).toBe(
      '<p>Decrees <a href="/en/documents/177-2024-nd-cp/" class="doc-number" dir="ltr" ' +
        'data-document="177-2024-nd-cp">177</a>, ' +
        '<a href="/en/documents/178-2024-nd-cp/" class="doc-number" dir="ltr" ' +
        'data-document="178-2024-nd-cp">178</a>, ' +
        '<a href="/en/documents/179-2024-nd-cp/" class="doc-number" dir="ltr" ' +
        'data-document="179-2024-nd-cp">179/2024/ND-CP</a>.</p>',
    );
  });

  it('turns the ingest caption into a figure', () => {
    expect(
      renderArticleHtml(
        '<figure class="caption"><figcaption>Delegates &#60;2025&#62; Photo: X</figcaption></figure>\n',
        en,
      ),
    ).toBe('<figure class="caption"><figcaption>Delegates &#x3C;2025> Photo: X</figcaption></figure>');
  });

  it('shows any other raw HTML as text, never as markup', () => {
    const html = renderArticleHtml('<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n', en);
    expect(html).toBe('&#x3C;img src=x onerror=alert(1)>\n&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('escaped text stays text', () => {
    expect(renderArticleHtml('a \\<script\\>alert(1)\\</script\\> b\n', en)).toBe(
      '<p>a &#x3C;script>alert(1)&#x3C;/script> b</p>',
    );
  });

  it('drops links and attributes the pipeline did not make', () => {
    expect(renderArticleHtml('[click](javascript:alert(1)) and [out](https://example.com)\n', en)).toBe(
      '<p>click and out</p>',
    );
  });

  it('isolates Latin runs in Arabic text and links numbers left-to-right', () => {
    expect(renderArticleHtml('قرار 18-NQ/TW في Phu Tho.\n', ar)).toBe(
      '<p>قرار <a href="/ar/documents/18-nq-tw/" class="doc-number" dir="ltr" ' +
        'data-document="18-nq-tw">18-NQ/TW</a> في <bdi dir="ltr">Phu Tho</bdi>.</p>',
    );
  });

  it('does not isolate in left-to-right articles', () => {
    expect(renderArticleHtml('In Phu Tho.\n', en)).toBe('<p>In Phu Tho.</p>');
  });

  it('on every content file, links exactly the documents the frontmatter lists', () => {
    for (const file of listContentFiles(fileURLToPath(new URL('../../content/articles/', import.meta.url)))) {
      const text = readFileSync(file.path, 'utf8');
      const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const data = parse(yaml!) as { lang: 'en'; province: { named: string } | null; documents: { id: string }[] };
      const html = renderArticleHtml(body!, { lang: data.lang, province: data.province?.named ?? null });
      const linked = new Set([...html.matchAll(/data-document="([^"]+)"/g)].map((m) => m[1]));
      expect([...linked].sort(), file.relative).toEqual(data.documents.map((d) => d.id).sort());
    }
  });
});

describe('paragraphHtml', () => {
  it('links document numbers in the page language and escapes the text', () => {
    expect(paragraphHtml('Theo 204-QĐ/TW <b>x</b> & y', { lang: 'vi', uiLang: 'de', province: null })).toBe(
      'Theo <a href="/de/documents/204-qd-tw/" class="doc-number" dir="ltr" ' +
        'data-document="204-qd-tw">204-QĐ/TW</a> &#x3C;b>x&#x3C;/b> &#x26; y',
    );
  });

  it('isolates Latin runs in right-to-left text, and local numbers get the province', () => {
    expect(paragraphHtml('الخطة 02-KH/TU في Phu Tho.', { lang: 'ar', uiLang: 'ar', province: 'Phú Thọ' })).toBe(
      'الخطة <a href="/ar/documents/02-kh-tu-phu-tho/" class="doc-number" dir="ltr" ' +
        'data-document="02-kh-tu-phu-tho">02-KH/TU</a> في <bdi dir="ltr">Phu Tho</bdi>.',
    );
  });
});
