/**
 * The band changes how much of the table is filled, not the answer: on versions too long to fill
 * the whole table (500 to 1,200 paragraphs, with drops, merges, insertions and runs of up to 300
 * missing paragraphs) the banded programme gives the same pairs as the whole table.
 */
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../src/lib/alignment/align-paragraphs.ts';
import { generatedLines, seededRandom, versionOf } from '../../tools/alignment-corpus.ts';

const random = seededRandom(7);

describe('the band of alignParagraphs', () => {
  const lines = generatedLines(1_200);
  const en = versionOf(lines, 'en');
  const de = versionOf(lines, 'de');

  it('gives the pairs of the whole table', () => {
    for (let article = 0; article < 8; article++) {
      const n = 500 + Math.floor(random() * 700);
      const a = en.slice(0, n);
      const b = de.slice(0, n);
      for (let e = Math.floor(random() * 8); e > 0; e--) {
        const k = Math.floor(random() * (b.length - 2));
        const r = random();
        if (r < 0.25) b.splice(k, 1);
        else if (r < 0.5) b.splice(k, 2, `${b[k]} ${b[k + 1]}`);
        else if (r < 0.7) b.splice(k, 0, 'Ein Absatz, den nur die deutsche Fassung hat.');
        else if (r < 0.85) b.splice(k, Math.floor(random() * 300));
        else a.splice(k, Math.floor(random() * 300));
      }
      const banded = alignParagraphs(a, b, { a: 'en', b: 'de' });
      expect(banded, `article ${article}`).toEqual(
        alignParagraphs(a, b, { a: 'en', b: 'de' }, { minRadius: Infinity }),
      );
      const mirrored = alignParagraphs(b, a, { a: 'de', b: 'en' });
      expect(mirrored).toEqual(alignParagraphs(b, a, { a: 'de', b: 'en' }, { minRadius: Infinity }));
    }
  }, 120_000);
});
