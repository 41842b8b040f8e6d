/** document-knowledge: dates agreed or disputed across versions, relations both ways, co-citations. */
import { describe, expect, it } from 'vitest';
import { documentKnowledge, type DocumentInput } from '../../src/lib/documents/document-knowledge.ts';

const reading = (sentence: string, date: string | null, issuer: string | null = null) => ({
  sentence,
  date,
  dateText: date,
  issuer,
  subject: null,
});

const DOCS: DocumentInput[] = [
  {
    id: '204-qd-tw',
    number: '204-QĐ/TW',
    province: null,
    citations: [
      {
        article: 'a',
        lang: 'en',
        readings: [reading('S1', '2024-11-29', 'Central Party Secretariat'), reading('S1b', '2024-11-29')],
        relations: [],
      },
      {
        article: 'a',
        lang: 'de',
        readings: [reading('S2', '2024-11-29', 'Zentralsekretariats der Partei')],
        relations: [],
      },
      { article: 'b', lang: 'ru', readings: [reading('S3', '2024-11-28')], relations: [] },
    ],
  },
  {
    id: '04-kh-tu-phu-tho',
    number: '04-KH/TU',
    province: 'Phú Thọ',
    citations: [
      {
        article: 'a',
        lang: 'en',
        readings: [reading('S1', '2025-07-16')],
        relations: [{ to: '204-qd-tw', type: 'implements', sentence: 'S1' }],
      },
      {
        article: 'a',
        lang: 'de',
        readings: [reading('S2', '2025-07-16')],
        relations: [{ to: '204-qd-tw', type: 'implements', sentence: 'S2' }],
      },
    ],
  },
];

describe('documentKnowledge', () => {
  const knowledge = documentKnowledge(DOCS);

  it('takes the date most versions give, counts a version once, and lists who says what', () => {
    const k = knowledge.get('204-qd-tw')!;
    expect(k.date).toBe('2024-11-29');
    expect(k.dates.map((d) => [d.date, d.evidence.map((e) => `${e.article}/${e.lang}`)])).toEqual([
      ['2024-11-29', ['a/en', 'a/de']],
      ['2024-11-28', ['b/ru']],
    ]);
    expect(k.disagreement?.kind).toBe('date');
    expect(k.issuers).toEqual([
      { lang: 'en', text: 'Central Party Secretariat', article: 'a' },
      { lang: 'de', text: 'Zentralsekretariats der Partei', article: 'a' },
    ]);
  });

  it('records relations both ways with their evidence, and co-citations by article', () => {
    expect(knowledge.get('04-kh-tu-phu-tho')!.implements).toEqual([
      {
        id: '204-qd-tw',
        number: '204-QĐ/TW',
        province: null,
        type: 'implements',
        evidence: [
          { article: 'a', lang: 'en', sentence: 'S1' },
          { article: 'a', lang: 'de', sentence: 'S2' },
        ],
      },
    ]);
    expect(knowledge.get('204-qd-tw')!.implementedBy.map((r) => [r.number, r.province, r.evidence.length])).toEqual([
      ['04-KH/TU', 'Phú Thọ', 2],
    ]);
    expect(knowledge.get('204-qd-tw')!.citedWith).toEqual([
      { id: '04-kh-tu-phu-tho', number: '04-KH/TU', province: 'Phú Thọ', articles: 1 },
    ]);
    expect(knowledge.get('04-kh-tu-phu-tho')!.disagreement).toBeNull();
  });

  it('gives no date on a tie', () => {
    const tied = documentKnowledge([
      {
        id: 'x',
        number: '1-KL/TW',
        province: null,
        citations: [
          { article: 'a', lang: 'en', readings: [reading('s', '2025-01-01')], relations: [] },
          { article: 'b', lang: 'en', readings: [reading('t', '2025-01-02')], relations: [] },
        ],
      },
    ]).get('x')!;
    expect([tied.date, tied.dates.length, tied.disagreement?.values.length]).toEqual([null, 2, 2]);
  });
});
