/**
 * Long generated versions of one article for the alignment's scale tests and benchmark: short
 * lines as a 1 MiB raw file of 100,000 lines would hold, the same line in English, German and
 * Vietnamese. About a third of the lines carry anchors (a line number, a document number, a
 * date); the rest are plain sentences of a few kinds, so many lines repeat exactly and only
 * lengths and neighbours tell them apart.
 */
import type { Lang } from '../src/lib/lang.ts';

type Line = Record<'en' | 'de' | 'vi', string>;

const PLAIN: Line[] = [
  {
    en: 'The committee discussed the plan.',
    de: 'Der Ausschuss erörterte den Plan.',
    vi: 'Ủy ban đã thảo luận kế hoạch.',
  },
  {
    en: 'Delegates asked for more staff and better computers in the wards.',
    de: 'Die Delegierten forderten mehr Personal und bessere Computer in den Bezirken.',
    vi: 'Các đại biểu đề nghị bổ sung cán bộ và máy tính tốt hơn cho các phường.',
  },
  { en: 'The meeting ended at noon.', de: 'Die Sitzung endete am Mittag.', vi: 'Cuộc họp kết thúc vào buổi trưa.' },
  {
    en: 'Work continues on the new administrative model across the province.',
    de: 'Die Arbeit am neuen Verwaltungsmodell in der Provinz geht weiter.',
    vi: 'Công việc triển khai mô hình hành chính mới trên toàn tỉnh vẫn tiếp tục.',
  },
  {
    en: 'Officials reported progress.',
    de: 'Die Beamten berichteten über Fortschritte.',
    vi: 'Các cán bộ báo cáo tiến độ.',
  },
];

/** Line i with anchors: its own number, and now and then a document number or a date. */
function anchored(i: number): Line {
  if (i % 7 === 0) {
    return {
      en: `Line ${i} of the 177-KL/TW report was approved on July 11, 2025.`,
      de: `Zeile ${i} des Berichts zu 177-KL/TW wurde am 11. Juli 2025 gebilligt.`,
      vi: `Dòng ${i} của báo cáo 177-KL/TW được thông qua ngày 11/7/2025.`,
    };
  }
  return {
    en: `Line ${i} of the 177-KL/TW report.`,
    de: `Zeile ${i} des Berichts 177-KL/TW.`,
    vi: `Dòng ${i} của báo cáo 177-KL/TW.`,
  };
}

/** A deterministic random number generator in [0, 1) (xorshift32): the same seed, the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Deterministic: the same count gives the same lines. */
export function generatedLines(count: number): Line[] {
  const random = seededRandom(0x2545f491);
  const lines: Line[] = [];
  for (let i = 0; i < count; i++)
    lines.push(random() < 0.35 ? anchored(i) : PLAIN[Math.floor(random() * PLAIN.length)]!);
  return lines;
}

/** Whether line i carries its own line number (so it cannot be mistaken for any other line). */
export const isAnchored = (lines: Line[], i: number) => lines[i]!.en.startsWith(`Line ${i} `);

export function versionOf(lines: Line[], lang: Lang & keyof Line): string[] {
  return lines.map((line) => line[lang]);
}
