import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractAnchors, normalizeNumber } from '../../src/lib/alignment/anchors.ts';
import { compareRow, headlineMismatch, summarize } from '../../src/lib/alignment/consistency.ts';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { compareArticle } from '../../src/lib/views/article-comparison.ts';
import { buildCorpusIndex } from '../../src/lib/corpus/corpus-index.ts';

describe('extractAnchors', () => {
  it('reads document numbers by identity, dates as ISO, numbers without grouping', () => {
    expect(
      extractAnchors('Theo Quy định số 204-QĐ/TW ngày 15/7/2025, tỉnh bố trí 6.600 cán bộ cho 148 xã.'),
    ).toMatchObject({
      documents: ['204-QĐ/TW'],
      dates: ['2025-07-15'],
      numbers: ['6600', '148'],
    });
    expect(
      extractAnchors('Under Regulation No. 204-QD/TW of July 15, 2025, 6,600 officials go to 148 communes.'),
    ).toMatchObject({
      documents: ['204-QĐ/TW'],
      dates: ['2025-07-15'],
      numbers: ['6600', '148'],
    });
  });

  it('reads dates in German, Russian and Arabic, and Arabic-Indic digits', () => {
    expect(extractAnchors('am 15. Juli 2025').dates).toEqual(['2025-07-15']);
    expect(extractAnchors('15 июля 2025 года').dates).toEqual(['2025-07-15']);
    expect(extractAnchors('في ١٥ يوليو ٢٠٢٥ عيّنت ٦٦٠٠ موظف').dates).toEqual(['2025-07-15']);
    expect(extractAnchors('في ١٥ يوليو ٢٠٢٥ عيّنت ٦٦٠٠ موظف').numbers).toEqual(['6600']);
    expect(extractAnchors('vào ngày 5 tháng 8 năm 2025').dates).toEqual(['2025-08-05']);
  });

  it('folds proper names so Vietnamese spellings with and without diacritics agree', () => {
    const vi = extractAnchors('Đồng chí Đoàn Minh Huấn phát biểu.').names;
    const en = extractAnchors('Comrade Doan Minh Huan spoke.').names;
    expect(vi.filter((n) => en.includes(n))).toEqual(['doan', 'minh', 'huan']);
  });
});

describe('normalizeNumber', () => {
  it('treats a separator before exactly three digits as grouping', () => {
    expect(['6.600', '6,600', '6 600', '6600'].map(normalizeNumber)).toEqual(['6600', '6600', '6600', '6600']);
    expect(normalizeNumber('2,5')).toBe('2.5');
    expect(normalizeNumber('1.234.567,89')).toBe('1234567.89');
    expect(normalizeNumber('046')).toBe('46');
  });
});

describe('compareRow', () => {
  const de =
    'Bis zum 30.09.2025 sollen 148 Gemeinden gemäß Schlussfolgerung Nr. 177-KL/TW und 6.600 Beamte umverteilt werden.';

  it('finds nothing when only spelling and number format differ', () => {
    const en =
      'By September 30, 2025, 148 communes under Conclusion No. 177-KL/TW and 6,600 officials are to be reassigned.';
    expect(compareRow(de, en)).toEqual([]);
    expect(compareRow('Quy định số 204-QĐ/TW', 'Regulation No. 204-QD/TW')).toEqual([]);
  });

  it('flags a changed number', () => {
    const en =
      'By September 30, 2025, 148 communes under Conclusion No. 177-KL/TW and 6,060 officials are to be reassigned.';
    expect(compareRow(de, en)).toEqual([{ kind: 'number', onlyA: ['6600'], onlyB: ['6060'] }]);
  });

  it('flags a changed document number and a changed date', () => {
    const en =
      'By September 3, 2025, 148 communes under Conclusion No. 178-KL/TW and 6,600 officials are to be reassigned.';
    expect(compareRow(de, en)).toEqual([
      { kind: 'document', onlyA: ['177-KL/TW'], onlyB: ['178-KL/TW'] },
      { kind: 'date', onlyA: ['2025-09-30'], onlyB: ['2025-09-03'] },
    ]);
  });

  it('flags a count said a different number of times, and a row missing on one side', () => {
    expect(compareRow('46 xã và 46 phường', '46 communes and wards')).toEqual([
      { kind: 'number', onlyA: ['46'], onlyB: [] },
    ]);
    expect(compareRow('', 'Plan 02-KH/BCĐTW')).toEqual([{ kind: 'document', onlyA: [], onlyB: ['02-KH/BCĐTW'] }]);
  });

  it('summarizes per kind, counting each differing item once', () => {
    const rows = [compareRow('6.600 và 148', '6,060 and 184'), compareRow('177-KL/TW', '178-KL/TW')];
    expect(summarize(rows)).toEqual({ document: 1, date: 0, number: 2, total: 3 });
  });
});

describe('headlineMismatch', () => {
  it('flags citations that differ from what the headline names, by identity', () => {
    expect(headlineMismatch(['178-KL/TW'], ['177-KL/TW', '204-QĐ/TW'])).toEqual({
      headline: ['178-KL/TW'],
      cited: ['177-KL/TW', '204-QĐ/TW'],
    });
    expect(headlineMismatch(['204-QĐ/TW'], ['204-QD/TW'])).toBeNull();
    expect(headlineMismatch([], ['177-KL/TW'])).toBeNull();
  });
});

describe('the Phú Thọ article', () => {
  const corpus = buildCorpusIndex(loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url))));
  const article = corpus.articles.find(
    (a) => a.id === 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu',
  )!;
  const comparison = compareArticle(article);

  it('has consistent German and English versions that both differ from the headline', () => {
    expect(comparison.pairs.map((p) => [p.a, p.b, p.summary.total])).toEqual([['en', 'de', 0]]);
    expect(comparison.headline.en?.headline).toEqual(['178-KL/TW']);
    expect(comparison.headline.de?.cited).toContain('177-KL/TW');
  });

  it('notices a number changed in one version', () => {
    const changed = {
      ...article,
      versions: article.versions.map((v) =>
        v.data.lang === 'de' ? { ...v, body: v.body.replace('177-KL/TW', '176-KL/TW') } : v,
      ),
    };
    const pair = compareArticle({ ...changed, id: `${article.id}-changed` }).pairs[0]!;
    expect(pair.summary.document).toBe(1);
    expect([...pair.rows.values()].flat()).toContainEqual({
      kind: 'document',
      onlyA: ['177-KL/TW'],
      onlyB: ['176-KL/TW'],
    });
  });
});
