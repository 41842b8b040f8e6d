/**
 * Forgiving document queries on the built site: the number lookup files under
 * dist/search/numbers/, read through the same lookup code the search page runs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  leadingNumber,
  lookupDocumentSuggestions,
  readNumberFile,
  suggestionLabels,
} from '../../src/lib/search/document-suggestions.ts';
import { distDir, requireBuild } from '../support/built-site.ts';

beforeAll(() => requireBuild());

async function fetchJson(sitePath: string): Promise<unknown> {
  const file = path.join(distDir, sitePath);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** The suggested numbers of a query; null when it is no forgiving document query. */
async function suggest(query: string): Promise<string[] | null> {
  const result = await lookupDocumentSuggestions(query, fetchJson);
  return result ? result.suggestions.map((s) => s.number + (s.province ? ` (${s.province})` : '')) : null;
}

describe('forgiving document queries on the committed content', () => {
  it.each([
    // Resolution 18-NQ/TW, in five languages.
    ['Nghị quyết 18', ['18-NQ/TW']],
    ['NQ 18', ['18-NQ/TW']],
    ['nghi quyet 18', ['18-NQ/TW']],
    ['Resolution 18', ['18-NQ/TW']],
    ['Resolution No. 18', ['18-NQ/TW']],
    ['Beschluss 18', ['18-NQ/TW']],
    ['Beschluss Nr. 18', ['18-NQ/TW']],
    ['Резолюция 18', ['18-NQ/TW']],
    ['резолюции № 18', ['18-NQ/TW']],
    ['القرار 18', ['18-NQ/TW']],
    ['قرار رقم 18', ['18-NQ/TW']],
    ['18-NQ', ['18-NQ/TW']],
    // Decision / Regulation 204-QĐ/TW.
    ['QĐ 204', ['204-QĐ/TW']],
    ['QD 204', ['204-QĐ/TW']],
    ['Decision 204', ['204-QĐ/TW']],
    ['Beschlusses Nr. 204', ['204-QĐ/TW']],
    ['Решение 204', ['204-QĐ/TW']],
    ['Regulations No. 253', ['253-QĐ/TW']],
    // Conclusion 177-KL/TW, not the Decree 177/2024/NĐ-CP.
    ['Kết luận 177', ['177-KL/TW']],
    ['Conclusion 177', ['177-KL/TW']],
    ['Schlussfolgerung 177', ['177-KL/TW']],
    ['Заключение 177', ['177-KL/TW']],
    ['الاستنتاج 177', ['177-KL/TW']],
    // 178-KL/TW is named only in an original's headline; 178/2024/NĐ-CP is cited.
    ['Kết luận 178', ['178-KL/TW']],
    ['Conclusion 178', ['178-KL/TW']],
    ['Nghị định 178/2024', ['178/2024/NĐ-CP']],
    ['Decree 178/2024', ['178/2024/NĐ-CP']],
    ['Nghị định 179/2024', ['179/2024/NĐ-CP']],
    ['للمرسوم 179/2024', ['179/2024/NĐ-CP']],
    ['Декрет 177/2024', ['177/2024/NĐ-CP']],
    ['Nghị định 179/2023', []],
    // A number alone: every document with it, most cited first.
    ['178', ['178/2024/NĐ-CP', '178-KL/TW']],
    // Leading zeros: 02-KH/… is found by 2 and 02.
    ['Kế hoạch 02', ['02-KH/BCĐTW', '02-KH/TU (Phú Thọ)']],
    ['Plan 2', ['02-KH/BCĐTW', '02-KH/TU (Phú Thọ)']],
    // Numbers the portal does not know, and prefixes of known ones.
    ['Resolution 1', []],
    ['Nghị quyết 180', []],
    ['Chỉ thị 35', []],
    ['Kết luận 17', []],
    ['Resolution 17', []],
    // No forgiving query at all.
    ['the 18 provinces', null],
    ['18-NQ/TW', null],
    ['Hòa Bình', null],
  ])('%s', async (query, expected) => {
    expect(await suggest(query)).toEqual(expected);
  });

  it('a headline-only number is marked, with the labels the page shows', async () => {
    const result = await lookupDocumentSuggestions('Kết luận 178', fetchJson);
    expect(result?.suggestions).toEqual([
      {
        id: '178-kl-tw',
        number: '178-KL/TW',
        type: 'KL',
        issuer: 'TW',
        province: null,
        articles: 0,
        versions: 0,
        headlineOnly: true,
      },
    ]);
    const [nq] = (await lookupDocumentSuggestions('Resolution 18', fetchJson))!.suggestions;
    expect(nq).toMatchObject({ id: '18-nq-tw', articles: 1, headlineOnly: false });
    expect(suggestionLabels(nq!, 'en')).toEqual({ type: 'Resolution', issuer: 'Party Central Committee' });
    expect(suggestionLabels(nq!, 'ru')).toEqual({ type: 'Резолюция', issuer: 'Центральный комитет партии' });
  });

  it('every document page has its number file entry, each file only its number, each file small', () => {
    const folder = path.join(distDir, 'search/numbers');
    const documents = (
      JSON.parse(readFileSync(path.join(distDir, 'data/documents.json'), 'utf8')) as {
        documents: { id: string; number: string }[];
      }
    ).documents;
    const listed = new Map<string, string>();
    for (const name of readdirSync(folder)) {
      expect(name).toMatch(/^(0|[1-9]\d*)\.json$/);
      expect(statSync(path.join(folder, name)).size).toBeLessThan(2000);
      const file = readNumberFile(JSON.parse(readFileSync(path.join(folder, name), 'utf8')))!;
      expect(`${file.leadingNumber}.json`).toBe(name);
      for (const doc of file.documents) {
        expect(leadingNumber(doc.number)).toBe(file.leadingNumber);
        listed.set(doc.id, doc.number);
      }
    }
    expect(new Map(documents.map((d) => [d.id, d.number]))).toEqual(listed);
  });
});
