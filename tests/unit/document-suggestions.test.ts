import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../src/lib/documents/document-identity.ts';
import {
  leadingNumber,
  lookupDocumentSuggestions,
  numberFilePath,
  parseDocumentHint,
  readNumberFile,
  suggestDocuments,
  suggestionLabels,
  type DocumentHint,
  type NumberFile,
} from '../../src/lib/search/document-suggestions.ts';
import { buildNumberFiles } from '../../src/lib/search/number-files.ts';
import type { Citation, CorpusIndex, DocumentEntry } from '../../src/lib/corpus/corpus-index.ts';

describe('parseDocumentHint', () => {
  const NQ = ['NQ'];
  const NQ_OR_QD = ['NQ', 'QĐ'];
  it.each<[string, DocumentHint]>([
    // Vietnamese, with and without diacritics, codes.
    ['Nghị quyết 18', { number: '18', types: NQ }],
    ['nghi quyet 18', { number: '18', types: NQ }],
    ['NGHỊ QUYẾT số 18', { number: '18', types: NQ }],
    ['NQ 18', { number: '18', types: NQ }],
    ['nq 18', { number: '18', types: NQ }],
    ['QĐ 204', { number: '204', types: ['QĐ'] }],
    ['QD 204', { number: '204', types: ['QĐ'] }],
    ['Quy định 253', { number: '253', types: ['QĐ'] }],
    ['Kết luận 177', { number: '177', types: ['KL'] }],
    ['ket luan so 177', { number: '177', types: ['KL'] }],
    ['Nghị định 178/2024', { number: '178', year: '2024', types: ['NĐ'] }],
    ['Nghị định số 179 / 2024', { number: '179', year: '2024', types: ['NĐ'] }],
    ['Chỉ thị 35', { number: '35', types: ['CT'] }],
    ['Kế hoạch 02', { number: '2', types: ['KH'] }],
    ['Thông báo kết luận 25', { number: '25', types: ['TB'] }],
    // English.
    ['Resolution 18', { number: '18', types: NQ }],
    ['Resolution No. 18', { number: '18', types: NQ }],
    ['resolution no.18', { number: '18', types: NQ }],
    ['Resolutions 18', { number: '18', types: NQ }],
    ['Decision 204', { number: '204', types: ['QĐ'] }],
    ['Regulation No. 253', { number: '253', types: ['QĐ'] }],
    ['Conclusion 177', { number: '177', types: ['KL'] }],
    ['Decree 178/2024', { number: '178', year: '2024', types: ['NĐ'] }],
    ['Directive 35', { number: '35', types: ['CT'] }],
    ['Plan No. 02', { number: '2', types: ['KH'] }],
    ['Official letter 9068', { number: '9068', types: ['CV'] }],
    // German, with plural and genitive forms.
    ['Beschluss 18', { number: '18', types: NQ_OR_QD }],
    ['Beschluss Nr. 18', { number: '18', types: NQ_OR_QD }],
    ['Beschlusses Nr. 204', { number: '204', types: NQ_OR_QD }],
    ['Beschlüsse 18', { number: '18', types: NQ_OR_QD }],
    ['Resolution Nr. 18', { number: '18', types: NQ }],
    ['Entscheidung 204', { number: '204', types: ['QĐ'] }],
    ['Schlussfolgerung 177', { number: '177', types: ['KL'] }],
    ['Schlussfolgerungen 177', { number: '177', types: ['KL'] }],
    ['Dekret 178/2024', { number: '178', year: '2024', types: ['NĐ'] }],
    ['Dekrets Nr. 179/2024', { number: '179', year: '2024', types: ['NĐ'] }],
    ['Plans Nr. 02', { number: '2', types: ['KH'] }],
    ['Direktive 35', { number: '35', types: ['CT'] }],
    // Russian, in several cases.
    ['Резолюция 18', { number: '18', types: NQ }],
    ['резолюции № 18', { number: '18', types: NQ }],
    ['резолюцией №18', { number: '18', types: NQ }],
    ['Постановление 18', { number: '18', types: ['NQ', 'NĐ'] }],
    ['Решение 204', { number: '204', types: ['QĐ'] }],
    ['решения № 204', { number: '204', types: ['QĐ'] }],
    ['Заключение 177', { number: '177', types: ['KL'] }],
    ['заключения № 177', { number: '177', types: ['KL'] }],
    ['Декрет 178/2024', { number: '178', year: '2024', types: ['NĐ'] }],
    ['декретом 179/2024', { number: '179', year: '2024', types: ['NĐ'] }],
    ['Директива 35', { number: '35', types: ['CT'] }],
    ['плана № 02', { number: '2', types: ['KH'] }],
    // Arabic, with the article and prefixes, Arabic-Indic digits.
    ['القرار 18', { number: '18', types: NQ_OR_QD }],
    ['قرار رقم 18', { number: '18', types: NQ_OR_QD }],
    ['بالقرار ١٨', { number: '18', types: NQ_OR_QD }],
    ['الاستنتاج 177', { number: '177', types: ['KL'] }],
    ['للمرسوم 179/2024', { number: '179', year: '2024', types: ['NĐ'] }],
    ['المرسوم رقم 178/2024', { number: '178', year: '2024', types: ['NĐ'] }],
    ['التوجيه 35', { number: '35', types: ['CT'] }],
    ['الخطة 02', { number: '2', types: ['KH'] }],
    ['مقرر 204', { number: '204', types: ['QĐ'] }],
    // A number with a type code but no issuer, or alone.
    ['18-NQ', { number: '18', types: NQ }],
    ['18 - nq', { number: '18', types: NQ }],
    ['204-QĐ', { number: '204', types: ['QĐ'] }],
    ['178/2024/NĐ', { number: '178', year: '2024', types: ['NĐ'] }],
    ['Nghị quyết 18-NQ', { number: '18', types: NQ }],
    ['18', { number: '18', types: [] }],
    ['No. 18', { number: '18', types: [] }],
    ['№ 0018', { number: '18', types: [] }],
    ['178/2024', { number: '178', year: '2024', types: [] }],
  ])('%s', (query, expected) => {
    expect(parseDocumentHint(query)).toEqual(expected);
  });

  it.each([
    // Plain words, numbers with words after them, words that are no type.
    'the 18 provinces',
    '18 provinces',
    'Hòa Bình',
    'Hòa Bình 46',
    'decrees',
    'Resolution',
    'Nghị quyết',
    'Resolution 18 of the Politburo',
    'Planet 5',
    'указание18',
    'nq18',
    // A type code after the number that is none, or contradicts the words.
    '18-XY',
    'Resolution 18-KL',
    // A single-letter code is never a type word.
    'L 12',
    // Full document numbers are exact document queries (search-query.ts).
    '18-NQ/TW',
    'No. 204-QĐ/TW',
    'Nghị quyết 18-NQ/TW',
    '179/2024/NĐ-CP',
    '',
  ])('not a hint: %s', (query) => {
    expect(parseDocumentHint(query)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// A small hand-built corpus with traps: 18 / 180 / 1800, leading zeros, a headline-only number,
// one number for a Party and a State document, a local number in two provinces.

function citation(article: string, lang: Citation['lang'] = 'en'): Citation {
  return { article, lang, title: article, published: null, count: 1, sentences: [], raw: [] };
}

function doc(
  number: string,
  citations: Citation[],
  options: { province?: string; headlineArticles?: string[] } = {},
): DocumentEntry {
  const parsed = parseDocumentNumber(number)!;
  const province = options.province ?? null;
  const id =
    number
      .toLowerCase()
      .replace(/đ/g, 'd')
      .replace(/[^a-z0-9]+/g, '-') + (province ? `-${province}` : '');
  return {
    id,
    number: parsed.number,
    province,
    parsed,
    citations,
    headlineArticles: options.headlineArticles ?? [],
    langs: [],
    count: citations.length,
  };
}

const documents: DocumentEntry[] = [
  doc('18-NQ/TW', [citation('a'), citation('a', 'de'), citation('b')]),
  doc('180-NQ/TW', [citation('c'), citation('d'), citation('e')]),
  doc('1800/QĐ-TTg', [citation('c')]),
  doc('18/2024/NĐ-CP', [citation('f')]),
  doc('18-KL/TW', [], { headlineArticles: ['g'] }),
  doc('02-KH/TU', [citation('h')], { province: 'phu-tho' }),
  doc('02-KH/TU', [citation('i'), citation('j')], { province: 'lang-son' }),
  doc('2-KH/BCĐTW', [citation('k')]),
  doc('20-KH/TU', [citation('l')], { province: 'phu-tho' }),
];
const corpus = { documents } as unknown as CorpusIndex;
const files = buildNumberFiles(corpus);

describe('number files', () => {
  it('a file per leading number; 18 is not 180 or 1800; no leading zeros; most cited first, then by number', () => {
    expect([...files.keys()]).toEqual(['2', '18', '20', '180', '1800']);
    expect(files.get('18')!.documents.map((d) => d.number)).toEqual(['18-NQ/TW', '18/2024/NĐ-CP', '18-KL/TW']);
    expect(files.get('2')!.documents.map((d) => [d.number, d.province])).toEqual([
      ['02-KH/TU', 'lang-son'],
      ['2-KH/BCĐTW', undefined],
      ['02-KH/TU', 'phu-tho'],
    ]);
    expect(leadingNumber('02-KH/TU')).toBe('2');
    expect(numberFilePath('02')).toBe('/search/numbers/2.json');
  });

  it('holds what a suggestion shows, compactly', () => {
    expect(files.get('18')!).toEqual({
      format: 'song-song/document-numbers@2',
      leadingNumber: '18',
      documents: [
        { id: '18-nq-tw', number: '18-NQ/TW', type: 'NQ', issuer: 'TW', articles: 2, versions: 3 },
        { id: '18-2024-nd-cp', number: '18/2024/NĐ-CP', type: 'NĐ', issuer: 'CP', articles: 1, versions: 1 },
        { id: '18-kl-tw', number: '18-KL/TW', type: 'KL', issuer: 'TW', articles: 0, versions: 0, headlineOnly: true },
      ],
    });
    expect(readNumberFile(JSON.parse(JSON.stringify(files.get('18'))))).toEqual(files.get('18'));
    expect(readNumberFile({ nope: 1 })).toBeNull();
    // An older site's file (format @1, one-letter keys) is not read as this format.
    expect(readNumberFile({ n: '18', documents: files.get('18')!.documents })).toBeNull();
  });
});

describe('suggestDocuments', () => {
  const suggest = (q: string) => {
    const hint = parseDocumentHint(q)!;
    return suggestDocuments(hint, files.get(hint.number) ?? null).map(
      (s) => s.number + (s.province ? ` (${s.province})` : ''),
    );
  };

  it.each([
    ['Resolution 18', ['18-NQ/TW']],
    ['Nghị quyết 18', ['18-NQ/TW']],
    ['القرار 18', ['18-NQ/TW']],
    ['Resolution 180', ['180-NQ/TW']],
    ['Decision 1800', ['1800/QĐ-TTg']],
    ['Decision 18', []],
    ['Nghị định 18/2024', ['18/2024/NĐ-CP']],
    ['Nghị định 18/2023', []],
    ['Decree 18', ['18/2024/NĐ-CP']],
    ['Kết luận 18', ['18-KL/TW']],
    ['18', ['18-NQ/TW', '18/2024/NĐ-CP', '18-KL/TW']],
    ['18-NQ', ['18-NQ/TW']],
    ['Kế hoạch 02', ['02-KH/TU (lang-son)', '2-KH/BCĐTW', '02-KH/TU (phu-tho)']],
    ['Plan 2', ['02-KH/TU (lang-son)', '2-KH/BCĐTW', '02-KH/TU (phu-tho)']],
    ['Plan 20', ['20-KH/TU (phu-tho)']],
    ['Resolution 1', []],
  ])('%s', (q, expected) => {
    expect(suggest(q)).toEqual(expected);
  });

  it('never takes a document of another number from a file (a wrong file is ignored)', () => {
    expect(suggestDocuments({ number: '18', types: [] }, files.get('180')!)).toEqual([]);
    expect(suggestDocuments({ number: '18', types: [] }, null)).toEqual([]);
  });

  it('marks a number only headlines name, and gives the labels of a UI language', () => {
    const [headline] = suggestDocuments({ number: '18', types: ['KL'] }, files.get('18')!);
    expect(headline).toEqual({
      id: '18-kl-tw',
      number: '18-KL/TW',
      type: 'KL',
      issuer: 'TW',
      province: null,
      articles: 0,
      versions: 0,
      headlineOnly: true,
    });
    const [nq] = suggestDocuments({ number: '18', types: ['NQ'] }, files.get('18')!);
    expect(nq!.headlineOnly).toBe(false);
    expect(suggestionLabels(nq!, 'en')).toEqual({ type: 'Resolution', issuer: 'Party Central Committee' });
    expect(suggestionLabels(nq!, 'vi')).toEqual({ type: 'Nghị quyết', issuer: 'Trung ương Đảng' });
    expect(suggestionLabels(nq!, 'de')).toEqual({ type: 'Resolution', issuer: 'Zentralkomitee der Partei' });
    expect(suggestionLabels(nq!, 'ru')).toEqual({ type: 'Резолюция', issuer: 'Центральный комитет партии' });
    expect(suggestionLabels(nq!, 'ar')).toEqual({ type: 'قرار', issuer: 'اللجنة المركزية للحزب' });
    // QĐ reads differently in Party and State numbers.
    expect(suggestionLabels({ number: '204-QĐ/TW', type: 'QĐ', issuer: 'TW' }, 'en').type).toBe(
      'Regulation / Decision',
    );
    expect(suggestionLabels({ number: '1800/QĐ-TTg', type: 'QĐ', issuer: 'TTg' }, 'en')).toEqual({
      type: 'Decision',
      issuer: 'Prime Minister',
    });
  });

  it('lookupDocumentSuggestions fetches exactly one file, none for a query that is no hint', async () => {
    const fetched: string[] = [];
    const fetchJson = async (path: string) => {
      fetched.push(path);
      const n = /\/search\/numbers\/(\d+)\.json$/.exec(path)?.[1];
      return n && files.has(n) ? JSON.parse(JSON.stringify(files.get(n))) : null;
    };
    const result = await lookupDocumentSuggestions('Resolution No. 18', fetchJson);
    expect(result?.suggestions.map((s) => s.id)).toEqual(['18-nq-tw']);
    expect(fetched).toEqual(['/search/numbers/18.json']);
    expect(await lookupDocumentSuggestions('Resolution 77', fetchJson)).toEqual({
      hint: { number: '77', types: ['NQ'] },
      suggestions: [],
    });
    fetched.length = 0;
    expect(await lookupDocumentSuggestions('the 18 provinces', fetchJson)).toBeNull();
    expect(await lookupDocumentSuggestions('18-NQ/TW', fetchJson)).toBeNull();
    expect(fetched).toEqual([]);
  });

  it('a number file has the documents of one number only', () => {
    for (const [n, file] of files)
      for (const d of (file as NumberFile).documents) expect(leadingNumber(d.number)).toBe(n);
  });
});
