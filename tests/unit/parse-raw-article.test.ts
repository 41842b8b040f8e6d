import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRawFile } from '../../src/lib/ingest/decode-raw-file.ts';
import { parseRawArticle } from '../../src/lib/ingest/parse-raw-article.ts';

const seed = (name: string) => new URL(`../fixtures/seeds/${name}`, import.meta.url);
const raw = (name: string) => new URL(`../fixtures/raw/${name}`, import.meta.url);
const parseFile = (url: URL) =>
  parseRawArticle(decodeRawFile(url.pathname, url.pathname.split('/').pop()), url.pathname.split('/').pop()!);

/** Per seed: the lines that must NOT be body text, and what they become. */
const seeds = [
  {
    file: '000_e228c1ef6803ec34.txt',
    lang: 'de',
    byline: 'Van Lang',
    dropped: ['Kommentar (0)'],
    captions: 0,
    sections: 0,
  },
  {
    file: '001_b512f38989053f5c.txt',
    lang: 'ru',
    byline: null,
    dropped: ['Комментарий (0)'],
    captions: 0,
    sections: 0,
  },
  {
    file: '002_c9a5fda6541b9e37.txt',
    lang: 'en',
    byline: 'Van Lang',
    dropped: ['Comment (0)'],
    captions: 0,
    sections: 0,
  },
  { file: '003_3a970a3a0229f3a2.txt', lang: 'de', byline: null, dropped: ['Kommentar (0)'], captions: 0, sections: 7 },
  {
    file: '004_221c47744e1fa9ba.txt',
    lang: 'ar',
    byline: 'ديم ماي',
    dropped: ['[إعلان 2]', 'تعليق (0)'],
    captions: 3,
    sections: 0,
  },
] as const;

describe('parseRawArticle on the seeds', () => {
  it.each(seeds)(
    '$file: every other line is in the body, in order',
    ({ file, lang, byline, dropped, captions, sections }) => {
      const text = readFileSync(seed(file), 'utf8');
      const article = parseFile(seed(file));
      const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const sourceLine = lines.find((line) => /^(Quelle|Source|Источник|المصدر):/.test(line))!;
      expect(article.sourceUrl.href).toBe(sourceLine.replace(/^\S+\s*/, ''));
      expect(article.lang).toBe(lang);
      expect(article.byline).toBe(byline);
      expect(article.title).toBeNull();
      const expectedBody = lines
        .filter((line) => line !== sourceLine && line !== byline && !(dropped as readonly string[]).includes(line))
        .map((line) => line.replace(/^[-*] /, ''));
      expect(article.blocks.map((block) => block.text)).toEqual(expectedBody);
      expect(article.blocks.filter((block) => block.kind === 'caption')).toHaveLength(captions);
      expect(article.blocks.filter((block) => block.kind === 'paragraph' && block.sectionStart)).toHaveLength(sections);
    },
  );

  it('004: the three photo captions are captions', () => {
    const captions = parseFile(seed('004_221c47744e1fa9ba.txt')).blocks.filter((block) => block.kind === 'caption');
    expect(captions.map((c) => c.text.split('الصورة:')[1]?.trim())).toEqual(['فان ني', 'ديم ماي', expect.any(String)]);
  });
});

describe('parseRawArticle on own fixtures', () => {
  it('Vietnamese with a title line, caption, section, byline, Nguồn and Bình luận', () => {
    const article = parseFile(raw('vi-with-title.txt'));
    expect(article.lang).toBe('vi');
    expect(article.title).toBe('Hà Giang triển khai Kết luận số 127-KL/TW của Bộ Chính trị');
    expect(article.byline).toBe('Ngọc Hà');
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(article.blocks[2]).toMatchObject({ sectionStart: true, text: expect.stringMatching(/^Các đồng chí/) });
    expect(article.sourceUrl.hostname).toBe('baohagiang.vn');
  });

  it('BOM, CRLF, zero-width and bidi controls, NFD: cleaned before anything reads the text', () => {
    const article = parseFile(raw('bom-crlf-controls.txt'));
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Conclusion No. 177-KL/TW');
    expect(text).toContain('Decision No. 204\u2011QĐ/TW');
    expect(text).toContain('Hòa Bình');
    expect(text).not.toMatch(/[\u200B\u202A-\u202E\uFEFF\r]/);
    expect(article.sourceUrl.href).toBe('https://nhandan.vn/hoa-binh-trien-khai-ket-luan-post900001.html');
  });

  it('Markdown and HTML look-alikes are ordinary paragraphs', () => {
    const article = parseFile(raw('markdown-and-html.txt'));
    expect(article.blocks).toHaveLength(9);
    expect(article.blocks[3]).toEqual({ kind: 'paragraph', text: '---', sectionStart: false });
    expect(article.blocks[5]!.text).toBe('This line was indented by four spaces in the raw text of the article.');
  });

  it.each([
    ['empty.txt', 'empty.txt: empty file'],
    ['blank.txt', 'blank.txt: empty file'],
    ['binary.txt', 'binary.txt:3: binary file'],
    ['latin1.txt', 'latin1.txt:3: not valid UTF-8'],
    ['no-source.txt', 'no-source.txt: no source line'],
    ['french.txt', 'french.txt: unsupported language: looks like French'],
    ['javascript-url.txt', 'javascript-url.txt:2: source URL must be http(s), not javascript:'],
    ['unparseable-url.txt', 'unparseable-url.txt:2: unparseable source URL'],
    ['two-sources.txt', 'two-sources.txt:3: more than one source line (lines 2, 3)'],
  ])('%s is refused with a clear error', (file, message) => {
    expect(() => parseFile(raw(file))).toThrow(message);
  });
});
