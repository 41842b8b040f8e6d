import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, LOW_CONFIDENCE, type AlignedPair } from '../../src/lib/alignment/align-paragraphs.ts';
import { buildAlignedRows } from '../../src/lib/alignment/aligned-rows.ts';
import { parseArticleBody } from '../../src/lib/corpus/article-body.ts';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import type { Lang } from '../../src/lib/lang.ts';

const fixtures = fileURLToPath(new URL('../fixtures/alignment/', import.meta.url));
const content = loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url)));
const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const paragraphsOf = (article: string, lang: Lang) =>
  parseArticleBody(content.find((v) => v.data.article === article && v.data.lang === lang)!.body).map((b) => b.text);
const de = paragraphsOf(phuTho, 'de');
const en = paragraphsOf(phuTho, 'en');
const shape = (pairs: AlignedPair[]) => pairs.map((p) => [p.a, p.b]);

describe('alignParagraphs on the Phú Thọ article (de, en)', () => {
  it('pairs all eleven paragraphs one to one, confidently', () => {
    const pairs = alignParagraphs(de, en, { a: 'de', b: 'en' });
    expect(de).toHaveLength(11);
    expect(shape(pairs)).toEqual(de.map((_, i) => [[i], [i]]));
    for (const p of pairs) expect(p.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it('finds a merge: two German paragraphs joined into one', () => {
    const merged = [...de.slice(0, 3), `${de[3]} ${de[4]}`, ...de.slice(5)];
    const pairs = alignParagraphs(merged, en, { a: 'de', b: 'en' });
    expect(pairs[3]).toMatchObject({ a: [3], b: [3, 4], kind: '1-2' });
    expect(shape(pairs).slice(4)).toEqual(en.slice(5).map((_, k) => [[4 + k], [5 + k]]));
  });

  it('finds a split: an English paragraph cut in two at a sentence', () => {
    const cut = en[4]!.indexOf('. ') + 1;
    const split = [...en.slice(0, 4), en[4]!.slice(0, cut), en[4]!.slice(cut + 1), ...en.slice(5)];
    const pairs = alignParagraphs(de, split, { a: 'de', b: 'en' });
    expect(pairs[4]).toMatchObject({ a: [4], b: [4, 5], kind: '1-2' });
    expect(pairs).toHaveLength(11);
  });

  it('finds a drop: a German paragraph missing from the English', () => {
    const dropped = [...en.slice(0, 6), ...en.slice(7)];
    const pairs = alignParagraphs(de, dropped, { a: 'de', b: 'en' });
    expect(pairs.find((p) => p.b.length === 0)).toMatchObject({ a: [6], kind: '1-0' });
    expect(pairs.filter((p) => p.kind !== '1-1')).toHaveLength(1);
  });
});

describe('alignParagraphs on small fixtures', () => {
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.json'))) {
    const fixture = JSON.parse(readFileSync(`${fixtures}${file}`, 'utf8')) as {
      about: string;
      langs: { a: Lang; b: Lang };
      a: string[];
      b: string[];
      expected: [number[], number[]][];
    };
    it(`${file}: ${fixture.about}`, () => {
      expect(shape(alignParagraphs(fixture.a, fixture.b, fixture.langs))).toEqual(fixture.expected);
    });
  }
});

describe('anchors against lengths', () => {
  const filler = (n: number, seed: string) => `${seed} ${'lorem ipsum dolor sit amet '.repeat(20)}`.slice(0, n);
  const x = (n: number) => `${filler(n - 40, 'The conference')} opened on 12/3/2025 in Việt Trì.`;
  const y = (n: number, doc: string) => `${filler(n - 40, 'It applies')} Regulation No. ${doc} with 6.600 staff.`;

  it('follows shared document numbers and figures where lengths point elsewhere', () => {
    // By length alone the unanchored A[1] (110) fits B[1] (110) far better than A[2] (260) does.
    const a = [x(100), filler(110, 'Further remarks'), y(260, '204-QĐ/TW')];
    const b = [x(100), y(110, '204-QD/TW').replace('6.600', '6,600')];
    const withAnchors = alignParagraphs(a, b, { a: 'en', b: 'en' });
    expect(shape(withAnchors)).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
    // Control: the same texts without any anchors pair by length, so the anchors made the difference.
    const strip = (t: string) => t.replace(/[0-9][0-9.,/\-A-ZĐ]*/g, 'n').replace(/Việt Trì/g, 'the city');
    const lengthsOnly = alignParagraphs(a.map(strip), b.map(strip), { a: 'en', b: 'en' });
    expect(shape(lengthsOnly)).not.toEqual(shape(withAnchors));
  });
});

describe('determinism', () => {
  it('gives the same result every time and mirrors when the versions swap', () => {
    const file = JSON.parse(readFileSync(`${fixtures}en-ar-merge.json`, 'utf8')) as { a: string[]; b: string[] };
    const once = alignParagraphs(file.a, file.b, { a: 'en', b: 'ar' });
    expect(alignParagraphs(file.a, file.b, { a: 'en', b: 'ar' })).toEqual(once);
    const swapped = alignParagraphs(file.b, file.a, { a: 'ar', b: 'en' });
    expect(shape(swapped)).toEqual(once.map((p) => [p.b, p.a]));
  });

  it('handles empty versions', () => {
    expect(alignParagraphs([], [], { a: 'de', b: 'en' })).toEqual([]);
    expect(shape(alignParagraphs(['Ein Absatz.'], [], { a: 'de', b: 'en' }))).toEqual([[[0], []]]);
  });
});

describe('buildAlignedRows', () => {
  it('numbers rows from 1 over the pivot and keeps extra paragraphs as rows of their own', () => {
    const file = JSON.parse(readFileSync(`${fixtures}de-en-drop.json`, 'utf8')) as { a: string[]; b: string[] };
    const { pivot, rows } = buildAlignedRows([
      { lang: 'en', paragraphs: file.b },
      { lang: 'de', paragraphs: file.a },
    ]);
    expect(pivot).toBe('en');
    expect(rows.map((r) => [r.row, r.cells.en ?? [], r.cells.de ?? []])).toEqual([
      [1, [0], [0]],
      [2, [1], [1]],
      [3, [], [2]],
      [4, [2], [3]],
    ]);
    expect(rows[2]!.low).toBe(true);
  });

  it('prefers Vietnamese as the pivot and joins pivot paragraphs another version merged', () => {
    const file = JSON.parse(readFileSync(`${fixtures}en-ar-merge.json`, 'utf8')) as { a: string[]; b: string[] };
    const { pivot, rows } = buildAlignedRows([
      { lang: 'ar', paragraphs: file.b },
      { lang: 'en', paragraphs: file.a },
    ]);
    expect(pivot).toBe('en');
    expect(rows.map((r) => [r.cells.en, r.cells.ar])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ]);
  });
});
