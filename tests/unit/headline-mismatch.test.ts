/**
 * The headline mismatch has one rule (documents compared by identity) for the article page and the
 * open data. The page used to compare by id: on these articles the two rules disagree, and page and
 * open data must still say the same.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusVersion } from '../../src/lib/corpus/corpus-index.ts';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { articlesOpenData } from '../../src/lib/publishing/open-data.ts';
import { headlineMismatches } from '../../src/lib/views/headline-mismatch.ts';

const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const site = new URL('https://songsong.example.org');
const seeds = loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url))).filter(
  (v) => v.data.article === phuTho,
);
type Cited = CorpusVersion['data']['headlineDocuments'][number];

/**
 * The Phú Thọ article (en, de) under a new id, its headline naming `headline`, the English text's 204-QĐ/TW written
 * `enSpelling`.
 */
function variant(id: string, headline: Cited[], enSpelling: string) {
  const versions = seeds.map((v) => ({
    ...v,
    data: {
      ...v.data,
      article: id,
      headlineDocuments: headline,
      documents: v.data.documents.map((d) =>
        v.data.lang === 'en' && d.number === '204-QĐ/TW' ? { ...d, number: enSpelling } : d,
      ),
    },
  }));
  const corpus = buildCorpusIndex(versions);
  const article = corpus.article(id)!;
  const open = articlesOpenData(corpus, site).articles.find((a) => a.id === id)!;
  return { article, fromOpenData: Object.fromEntries(open.versions.map((v) => [v.lang, v.headlineMismatch])) };
}

describe('headline mismatch: article page and open data', () => {
  it('a number with the same id but another identity (204/QĐ-TW is not 204-QĐ/TW) is a mismatch for both', () => {
    const { article, fromOpenData } = variant(
      `${phuTho}-same-id`,
      [{ number: '204-QĐ/TW', id: '204-qd-tw', province: null }],
      '204/QĐ-TW',
    );
    const en = article.versions.find((v) => v.data.lang === 'en')!;
    // The id rule would have seen no difference: the English text cites an id the headline names.
    expect(en.data.documents.map((d) => d.id)).toContain('204-qd-tw');
    expect(headlineMismatches(article)).toEqual({
      en: {
        headline: ['204-QĐ/TW'],
        cited: [
          '177-KL/TW',
          '02-KH/BCĐTW',
          '04-KH/TU',
          '204/QĐ-TW',
          '02-KH/TU',
          '9068-CV/BTCTW',
          '253-QĐ/TW',
          '255-QĐ/TW',
        ],
      },
    });
    expect(fromOpenData).toEqual({ en: headlineMismatches(article).en, de: null });
  });

  it('the same document under another id (a local number without its province) is no mismatch for either', () => {
    const { article, fromOpenData } = variant(
      `${phuTho}-same-identity`,
      [{ number: '04-KH/TU', id: '04-kh-tu', province: null }],
      '204-QĐ/TW',
    );
    // The id rule would have flagged it: the text cites 04-KH/TU as the Phú Thọ document.
    expect(article.versions.map((v) => v.data.documents.find((d) => d.number === '04-KH/TU')?.id)).toEqual([
      '04-kh-tu-phu-tho',
      '04-kh-tu-phu-tho',
    ]);
    expect(headlineMismatches(article)).toEqual({});
    expect(fromOpenData).toEqual({ en: null, de: null });
  });
});
