/**
 * buildAlignedRows keeps every paragraph of every version, in order: checked on generated
 * articles of three and four versions with drops, merges, splits and insertions. (Before it was
 * made linear it also lost a paragraph that one version inserted between two pivot paragraphs
 * another version merged: one article in ten of these.)
 */
import { describe, expect, it } from 'vitest';
import { buildAlignedRows } from '../../src/lib/alignment/aligned-rows.ts';
import type { Lang } from '../../src/lib/lang.ts';
import { seededRandom } from '../../tools/alignment-corpus.ts';

const random = seededRandom(999);
const WORDS = [
  'Hà Nội',
  'committee',
  'the',
  'Phú Thọ',
  'plan',
  'Ausschuss',
  'und',
  'Nguyễn Văn An',
  'report',
  'Lê',
  'đảng bộ',
];
function paragraph(): string {
  const words = Array.from({ length: 1 + Math.floor(random() * 30) }, () => {
    const r = random();
    if (r < 0.08) return String(Math.floor(random() * 300));
    if (r < 0.1) return `${Math.floor(random() * 300)}-KL/TW`;
    return WORDS[Math.floor(random() * WORDS.length)]!;
  });
  return `${words.join(' ')}.`;
}
/** A translation: the same paragraphs with up to five drops, merges, insertions or rewrites. */
function edited(original: string[]): string[] {
  const out = [...original];
  for (let e = Math.floor(random() * 6); e > 0 && out.length > 1; e--) {
    const k = Math.floor(random() * (out.length - 1));
    const r = random();
    if (r < 0.3) out.splice(k, 1);
    else if (r < 0.6) out.splice(k, 2, `${out[k]} ${out[k + 1]}`);
    else if (r < 0.8) out.splice(k, 0, paragraph());
    else out[k] = paragraph();
  }
  return out;
}

describe('buildAlignedRows on generated articles', () => {
  it('puts every paragraph of every version in exactly one row, in order, rows numbered from 1', () => {
    for (let article = 0; article < 300; article++) {
      const vi = Array.from({ length: Math.floor(random() * 40) }, paragraph);
      const langs: Lang[] = article % 2 === 0 ? ['en', 'de'] : ['en', 'de', 'ru'];
      const versions = [
        { lang: 'vi' as Lang, paragraphs: vi },
        ...langs.map((lang) => ({ lang, paragraphs: edited(vi) })),
      ];
      const { pivot, rows } = buildAlignedRows(versions);
      expect(pivot).toBe('vi');
      expect(rows.map((row) => row.row)).toEqual(rows.map((_, k) => k + 1));
      for (const { lang, paragraphs } of versions) {
        expect(
          rows.flatMap((row) => row.cells[lang] ?? []),
          `article ${article}, ${lang}`,
        ).toEqual(paragraphs.map((_, k) => k));
      }
      for (const row of rows) expect(Object.values(row.cells).some((cell) => cell.length > 0)).toBe(true);
    }
  });
});
