/**
 * Property-based tests (fast-check) of the parts that meet untrusted or varied input: the raw
 * parser, the document-number recogniser and the paragraph aligner. Seeds are fixed so a failure
 * reproduces; fast-check prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/lib/alignment/align-paragraphs.ts';
import { findDocumentNumbers } from '../../src/lib/documents/find-document-numbers.ts';
import { IngestError } from '../../src/lib/ingest/ingest-error.ts';
import { parseRawArticle } from '../../src/lib/ingest/parse-raw-article.ts';
import { AD_MARKER_LINE, FOOTER_LINE, SECTION_MARKER } from '../../src/lib/ingest/raw-line-kinds.ts';
import { LANGS } from '../../src/lib/lang.ts';
import { splitLines } from '../../src/lib/text/normalize.ts';

const SOURCE = 'Source: https://baophutho.vn/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-236533.htm';
const options = { seed: 20261123, numRuns: 300 };

/** Lines like a translator's: words of several scripts, digits, punctuation, markup, controls. */
const word = fc.oneof(
  fc.constantFrom(
    'the',
    'Provincial',
    'Party',
    'committee',
    'der',
    'Provinz',
    'và',
    'Tỉnh',
    'ủy',
    'провинции',
    'комитет',
    'اللجنة',
    'الحزب',
    '204-QĐ/TW',
    '177-KL/TW',
    '<script>',
    '&amp;',
    '**',
    '#',
    '-',
    '[x](javascript:1)',
    '\u202e',
    '\u200b',
    '2025',
    'Photo:',
    'Quelle',
    '22/07/2025',
    '22. Juli 2025',
    '٢٢/٠٧/٢٠٢٥',
    'Van',
    'Lang',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const line = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));

describe('parseRawArticle, fuzzed', () => {
  it('never crashes: it returns an article or refuses with an IngestError, and loses no line', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 12 }), (lines, at) => {
        const input = [...lines.slice(0, at), SOURCE, ...lines.slice(at)].join('\n');
        let article;
        try {
          article = parseRawArticle(input, 'fuzz.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          return;
        }
        const kept = new Set([article.title, article.byline, ...article.blocks.map((b) => b.text)]);
        // A date line is kept as written in `published.text`; a dated byline is the name and that text.
        const { published } = article;
        if (published?.from === 'line') kept.add(published.text);
        if (published?.from === 'byline')
          kept.add(`${article.byline} ${published.text}`).add(`${published.text} ${article.byline}`);
        for (const text of splitLines(input)) {
          if (text === '' || text === SOURCE || FOOTER_LINE.test(text) || AD_MARKER_LINE.test(text)) continue;
          const found =
            kept.has(text) ||
            kept.has(text.replace(/\s+/gu, ' ')) ||
            (SECTION_MARKER.test(text) && kept.has(text.replace(SECTION_MARKER, '')));
          expect(found, `line lost: ${JSON.stringify(text)}`).toBe(true);
        }
      }),
      options,
    );
  });
});

describe('findDocumentNumbers, fuzzed', () => {
  const documentNumber = fc.record({
    serial: fc.integer({ min: 1, max: 9999 }),
    // Party documents join serial and type with a dash (204-QĐ/TW), state ones with a slash (15/QĐ-UBND).
    form: fc.constantFrom('-KL/TW', '-QĐ/TW', '-NQ/TW', '-KH/BCĐTW', '-CV/BTCTW', '/QĐ-UBND', '/2024/NĐ-CP', '-KH/TU'),
  });
  /** The spellings translators use for one number: Đ as D, other dashes, case, spaces. */
  const variant = (serial: number, form: string) =>
    fc
      .record({
        stroke: fc.boolean(),
        dash: fc.constantFrom('-', '‐', '–', '—', '−'),
        lower: fc.boolean(),
        spaces: fc.boolean(),
      })
      .map(({ stroke, dash, lower, spaces }) => {
        let text = `${serial}${form}`.replace(/-/g, dash);
        if (!stroke) text = text.replace(/Đ/g, 'D');
        if (lower) text = text.toLowerCase();
        if (spaces) text = text.replace(/([-‐–—−/])/g, ' $1 ');
        return text;
      });

  it('reads every variant spelling of a number as the same canonical number', () => {
    fc.assert(
      fc.property(
        documentNumber.chain(({ serial, form }) =>
          fc.tuple(
            fc.constant(`${serial}${form}`),
            variant(serial, form),
            fc.constantFrom('Theo', 'Under', 'Gemäß', 'Согласно', 'وفقاً لـ'),
          ),
        ),
        ([canonical, spelled, lead]) => {
          const found = findDocumentNumbers(`${lead} ${spelled} của tỉnh.`);
          expect(found.map((m) => m.number)).toEqual([canonical]);
        },
      ),
      options,
    );
  });

  it('never crashes on arbitrary text and reports spans that are the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const mention of findDocumentNumbers(text))
          expect(text.slice(mention.start, mention.end)).toBe(mention.raw);
      }),
      options,
    );
  });
});

describe('alignParagraphs, fuzzed', () => {
  it('never crashes and pairs every paragraph of both versions exactly once, in order', () => {
    const paragraphs = fc.array(
      fc.array(word, { minLength: 1, maxLength: 60 }).map((w) => w.join(' ')),
      { maxLength: 14 },
    );
    fc.assert(
      fc.property(
        paragraphs,
        paragraphs,
        fc.constantFrom(...LANGS),
        fc.constantFrom(...LANGS),
        (a, b, langA, langB) => {
          const pairs = alignParagraphs(a, b, { a: langA, b: langB });
          expect(pairs.flatMap((p) => p.a)).toEqual(a.map((_, i) => i));
          expect(pairs.flatMap((p) => p.b)).toEqual(b.map((_, i) => i));
          for (const p of pairs) {
            expect(p.a.length + p.b.length).toBeGreaterThan(0);
            expect(p.confidence).toBeGreaterThanOrEqual(0);
            expect(p.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { ...options, numRuns: 150 },
    );
  });
});
