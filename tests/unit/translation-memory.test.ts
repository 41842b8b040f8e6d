import { describe, expect, it } from 'vitest';
import { toAlignedTsv, toTmx, type AlignedSegment } from '../../src/lib/alignment/translation-memory.ts';
import { thresholdFileName, tmxAtLeast, tsvAtLeast } from '../../src/lib/alignment/threshold-export.ts';
import { checkTmxStructure, parseXml } from '../support/tmx.ts';

const segments: AlignedSegment[] = [
  { row: 1, a: 'Kết luận số 177-KL/TW <b>& “trích dẫn”</b>', b: 'الاستنتاج رقم 177-KL/TW', confidence: 0.91 },
  { row: 2, a: 'Chỉ có tiếng Việt.', b: '', confidence: 0.3 },
  { row: 3, a: 'Dòng\tcó tab', b: 'سطر\nجديد', confidence: null },
];

describe('toTmx', () => {
  const xml = toTmx(segments, { a: 'vi', b: 'ar' }, 'bai-viet');
  const { root, doctype } = parseXml(xml);

  it('is well-formed TMX 1.4 following the DTD structure', () => {
    expect(doctype).toBe('tmx SYSTEM "tmx14.dtd"');
    expect(checkTmxStructure(root)).toEqual([]);
    expect(root.children[0]!.attributes).toMatchObject({ srclang: 'vi', segtype: 'paragraph', datatype: 'plaintext' });
  });

  it('has one unit per row both versions have, with the right xml:lang codes and exact text', () => {
    const units = root.children[1]!.children;
    expect(units.map((u) => u.attributes.tuid)).toEqual(['bai-viet#p1', 'bai-viet#p3']);
    const tuvs = units[0]!.children.filter((c) => c.name === 'tuv');
    expect(tuvs.map((t) => t.attributes['xml:lang'])).toEqual(['vi', 'ar']);
    expect(tuvs[0]!.children[0]!.text).toBe(segments[0]!.a);
    expect(xml).toContain('&lt;b&gt;&amp; “trích dẫn”&lt;/b&gt;');
    expect(units[0]!.children[0]).toMatchObject({
      name: 'prop',
      attributes: { type: 'x-alignment-confidence' },
      text: '0.91',
    });
  });

  it('gives the same bytes every time (no creation date)', () => {
    expect(toTmx(segments, { a: 'vi', b: 'ar' }, 'bai-viet')).toBe(xml);
    expect(xml).not.toMatch(/creationdate/);
  });
});

describe('toAlignedTsv', () => {
  it('has a header and one line per row, tabs and line breaks in text made spaces', () => {
    expect(toAlignedTsv(segments, { a: 'vi', b: 'ar' }).split('\n')).toEqual([
      'row\tvi\tar\tconfidence',
      `1\t${segments[0]!.a}\t${segments[0]!.b}\t0.91`,
      '2\tChỉ có tiếng Việt.\t\t0.30',
      '3\tDòng có tab\tسطر جديد\t',
      '',
    ]);
  });
});

describe('sentence-level and thresholded exports', () => {
  const sentences: AlignedSegment[] = [
    { row: 1, sentenceRow: 1, a: 'Câu một.', b: 'الجملة الأولى.', confidence: 0.95, kind: '1-1' },
    { row: 1, sentenceRow: 2, a: 'Câu hai. Câu ba.', b: 'الجملة الثانية.', confidence: 0.72, kind: '2-1' },
    { row: 1, sentenceRow: 2, a: '=HYPERLINK("x") & <tag>', b: 'ثالثة', confidence: 0.9, kind: '1-1' },
    { row: 2, sentenceRow: 1, a: 'Chỉ có tiếng Việt.', b: '', confidence: 0.3, kind: '1-0' },
  ];

  it('writes segtype sentence, the bead as a property, and unique tuids following the DTD', () => {
    const xml = toTmx(sentences, { a: 'vi', b: 'ar' }, 'bai-viet', { segtype: 'sentence' });
    const { root } = parseXml(xml);
    expect(checkTmxStructure(root)).toEqual([]);
    expect(root.children[0]!.attributes.segtype).toBe('sentence');
    const units = root.children[1]!.children;
    expect(units.map((u) => u.attributes.tuid)).toEqual(['bai-viet#p1.1', 'bai-viet#p1.2', 'bai-viet#p1.2~2']);
    expect(units[1]!.children.filter((c) => c.name === 'prop').map((p) => [p.attributes.type, p.text])).toEqual([
      ['x-alignment-confidence', '0.72'],
      ['x-alignment-bead', '2-1'],
    ]);
    expect(xml).toContain('=HYPERLINK(&quot;x&quot;) &amp; &lt;tag&gt;');
  });

  it('keeps only units at or above the threshold, in TMX and TSV alike', () => {
    const { root } = parseXml(
      toTmx(sentences, { a: 'vi', b: 'ar' }, 'bai-viet', { segtype: 'sentence', minConfidence: 0.9 }),
    );
    expect(checkTmxStructure(root)).toEqual([]);
    const units = root.children[1]!.children;
    expect(units.map((u) => u.attributes.tuid)).toEqual(['bai-viet#p1.1', 'bai-viet#p1.2']);
    for (const unit of units)
      expect(Number(unit.children.find((c) => c.name === 'prop')!.text)).toBeGreaterThanOrEqual(0.9);
    expect(toAlignedTsv(sentences, { a: 'vi', b: 'ar' }, { minConfidence: 0.9 }).split('\n')).toEqual([
      'row\tvi\tar\tconfidence',
      '1.1\tCâu một.\tالجملة الأولى.\t0.95',
      `1.2\t'=HYPERLINK("x") & <tag>\tثالثة\t0.90`,
      '',
    ]);
    // A unit without a confidence is not "at or above" any threshold.
    expect(toAlignedTsv(segments, { a: 'vi', b: 'ar' }, { minConfidence: 0 }).split('\n')).toHaveLength(4);
  });
});

describe('thresholded files built from the published ones (threshold-export.ts)', () => {
  const many: AlignedSegment[] = Array.from({ length: 40 }, (_, i) => ({
    ...(i % 3 === 0 ? { row: i } : { row: i, sentenceRow: (i % 4) + 1 }),
    a: i % 7 === 0 ? `=1+${i}\tnăm\n</tu>\n    </tu>` : `Câu số ${i} <b>&</b>`,
    b: i % 11 === 0 ? '' : `جملة ${i}`,
    confidence: i % 9 === 0 ? null : Math.round(((i * 37) % 100) + 0) / 100,
    ...(i % 2 === 0 ? { kind: '1-1' as const } : {}),
  }));

  it('keeps exactly the units toTmx and toAlignedTsv keep at that threshold, byte for byte', () => {
    for (const level of ['paragraph', 'sentence'] as const) {
      const full = toTmx(many, { a: 'vi', b: 'ar' }, 'bai', { segtype: level });
      const tsv = toAlignedTsv(many, { a: 'vi', b: 'ar' });
      for (const min of [0, 0.3, 0.5, 0.73, 0.9, 0.99, 1]) {
        const filtered = tmxAtLeast(full, min);
        expect(filtered).toBe(toTmx(many, { a: 'vi', b: 'ar' }, 'bai', { segtype: level, minConfidence: min }));
        expect(checkTmxStructure(parseXml(filtered).root)).toEqual([]);
        expect(tsvAtLeast(tsv, min)).toBe(toAlignedTsv(many, { a: 'vi', b: 'ar' }, { minConfidence: min }));
      }
    }
  });

  it('names the file after the threshold', () => {
    expect(thresholdFileName('/data/aligned/x/vi-en-sentences.tmx', 0.85)).toBe('vi-en-sentences-min85.tmx');
    expect(thresholdFileName('/data/aligned/x/de-ar.tsv', 0.9)).toBe('de-ar-min90.tsv');
  });
});
