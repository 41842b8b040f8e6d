/**
 * Sentence segmentation (src/lib/text/sentences.ts) on the corpus's hard cases: abbreviations
 * before names and numbers, German ordinals and dates, grouped numbers, document numbers, Russian
 * `г.`/`ст.`/`т. д.`, Vietnamese `TP.` and `v.v.`, Arabic punctuation; and on seed paragraphs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitSentences } from '../../src/lib/text/sentences.ts';

const seed = (name: string) =>
  readFileSync(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');

describe('splitSentences', () => {
  it('does not end a sentence after abbreviations before names and numbers', () => {
    expect(
      splitSentences('Schlussfolgerung Nr. 177-KL/TW vom 11. Juli 2025 des Politbüros. Dr. Hoang sprach.', 'de'),
    ).toEqual(['Schlussfolgerung Nr. 177-KL/TW vom 11. Juli 2025 des Politbüros.', 'Dr. Hoang sprach.']);
    expect(
      splitSentences(
        'Conclusion No. 177-KL/TW, dated July 11. Mr. Smith went to TP. Ho Chi Minh. It cost 6.600 dong. Really? Yes!',
        'en',
      ),
    ).toEqual([
      'Conclusion No. 177-KL/TW, dated July 11.',
      'Mr. Smith went to TP. Ho Chi Minh.',
      'It cost 6.600 dong.',
      'Really?',
      'Yes!',
    ]);
    expect(splitSentences('Tại TP. Hồ Chí Minh, v.v. Các đại biểu đã họp. Số 177-KL/TW ngày 11/7/2025.', 'vi')).toEqual(
      ['Tại TP. Hồ Chí Minh, v.v.', 'Các đại biểu đã họp.', 'Số 177-KL/TW ngày 11/7/2025.'],
    );
  });

  it('keeps German ordinals and dates inside the sentence', () => {
    expect(
      splitSentences(
        'Am Morgen des 4. August arbeitete die Gruppe. Im Hinblick auf den 14. Nationalen Parteitag usw. ' +
          'Beauftragen Sie das Büro.',
        'de',
      ),
    ).toEqual([
      'Am Morgen des 4. August arbeitete die Gruppe.',
      'Im Hinblick auf den 14. Nationalen Parteitag usw.',
      'Beauftragen Sie das Büro.',
    ]);
    expect(splitSentences('Bis zum 25. Juli 2025 abgeschlossen. Beraten Sie den Ausschuss.', 'de')).toHaveLength(2);
  });

  it('reads Russian abbreviations: г. before a city, ст., т. д. and a year with г. at the end', () => {
    expect(
      splitSentences('В г. Ханой ст. 5 и т. д. Проект принят в 2025 г. Новый этап. Всего 6.600 чел.', 'ru'),
    ).toEqual(['В г. Ханой ст. 5 и т. д.', 'Проект принят в 2025 г.', 'Новый этап.', 'Всего 6.600 чел.']);
  });

  it('ends Arabic sentences at ؟ and . but not at ،', () => {
    expect(splitSentences('هل هذا صحيح؟ نعم، هذا صحيح. الرقم 204-QĐ/TW مهم. انتهى', 'ar')).toEqual([
      'هل هذا صحيح؟',
      'نعم، هذا صحيح.',
      'الرقم 204-QĐ/TW مهم.',
      'انتهى',
    ]);
  });

  it('gives the paragraph back, spans in order, on every seed', () => {
    for (const [name, lang] of [
      ['000_e228c1ef6803ec34', 'de'],
      ['001_b512f38989053f5c', 'ru'],
      ['002_c9a5fda6541b9e37', 'en'],
      ['003_3a970a3a0229f3a2', 'de'],
      ['004_221c47744e1fa9ba', 'ar'],
    ] as const) {
      for (const line of seed(name)) {
        const spans = sentenceSpans(line, lang);
        expect(line.replace(/\s+/gu, '')).toBe(
          spans
            .map(([s, e]) => line.slice(s, e))
            .join('')
            .replace(/\s+/gu, ''),
        );
        for (const [s, e] of spans) expect(line.slice(s, e)).toBe(line.slice(s, e).trim());
      }
    }
    // The German Phú Thọ seed: 24 sentences in its eleven paragraphs, none starting at an ordinal or a document number.
    const german = seed('000_e228c1ef6803ec34')
      .slice(0, 11)
      .flatMap((l) => splitSentences(l, 'de'));
    expect(german).toHaveLength(24);
    for (const s of german) expect(s).toMatch(/^\p{Lu}/u);
  });

  it('keeps a document number whole wherever it stands', () => {
    for (const text of ['Gemäß Nr. 253-QD/TW. Und Nr. 255-QD/TW.', 'Theo Quyết định số 204-QĐ/TW. Các đại biểu.']) {
      for (const s of splitSentences(text)) expect(s).not.toMatch(/^\d/u);
    }
  });
});
