/**
 * The document page marks the spellings of the number in each citing sentence: a list member's
 * raw text is cut at the recogniser's own list separators (find-document-numbers.ts).
 */
import { describe, expect, it } from 'vitest';
import { findDocumentNumbers, mentionSpellings } from '../../src/lib/documents/find-document-numbers.ts';
import { markSpellings } from '../../src/lib/views/document-page.ts';

describe('mentionSpellings', () => {
  it('cuts a list member at every separator the recogniser reads', () => {
    expect(mentionSpellings('177, 178, 179/2024/NĐ-CP')).toEqual(['177', '178', '179/2024/NĐ-CP']);
    expect(mentionSpellings('177، 178 و179/2024/ND-CP')).toEqual(['177', '178', '179/2024/ND-CP']);
    expect(mentionSpellings('177，178 & 179/2024/NĐ-CP')).toEqual(['177', '178', '179/2024/NĐ-CP']);
    expect(mentionSpellings('177 und Nr. 178-KL/TW')).toEqual(['177', 'Nr. 178-KL/TW']);
    expect(mentionSpellings('177 и 178-KL/TW')).toEqual(['177', '178-KL/TW']);
    expect(mentionSpellings('02 , và 03-KH/TU')).toEqual(['02', '03-KH/TU']);
  });

  it('leaves a single number whole, spaces and dashes as written', () => {
    expect(mentionSpellings('204 - QĐ / TW')).toEqual(['204 - QĐ / TW']);
    expect(mentionSpellings('759/QĐ-TTg')).toEqual(['759/QĐ-TTg']);
  });

  it('cuts what the finder reports for a list into the members it found', () => {
    const text = 'Nghị định số 177، 178 و179/2024/ND-CP';
    expect(findDocumentNumbers(text).map((m) => mentionSpellings(m.raw))).toEqual([
      ['177', '178', '179/2024/ND-CP'],
      ['178', '179/2024/ND-CP'],
      ['179/2024/ND-CP'],
    ]);
  });
});

describe('markSpellings', () => {
  it('marks every spelling of the citation, the longer one where two overlap', () => {
    expect(
      markSpellings('Die Beschlüsse Nr. 177 und Nr. 178-KL/TW gelten.', ['177 und Nr. 178-KL/TW', '178-KL/TW']),
    ).toEqual([
      { text: 'Die Beschlüsse Nr. ', hit: false },
      { text: '177', hit: true },
      { text: ' und ', hit: false },
      { text: 'Nr. 178-KL/TW', hit: true },
      { text: ' gelten.', hit: false },
    ]);
  });

  it('marks an Arabic list member by member, and reads spellings literally', () => {
    expect(markSpellings('المراسيم رقم 177، 178 و179/2024/ND-CP.', ['177، 178 و179/2024/ND-CP'])).toEqual([
      { text: 'المراسيم رقم ', hit: false },
      { text: '177', hit: true },
      { text: '، ', hit: false },
      { text: '178', hit: true },
      { text: ' و', hit: false },
      { text: '179/2024/ND-CP', hit: true },
      { text: '.', hit: false },
    ]);
    expect(markSpellings('Số 1.2 và 1x2', ['1.2'])).toEqual([
      { text: 'Số ', hit: false },
      { text: '1.2', hit: true },
      { text: ' và 1x2', hit: false },
    ]);
  });

  it('gives the sentence unmarked when there is no spelling', () => {
    expect(markSpellings('Kein Dokument.', [])).toEqual([{ text: 'Kein Dokument.', hit: false }]);
  });
});
