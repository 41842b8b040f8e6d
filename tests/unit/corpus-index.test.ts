import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { buildCorpusIndex, type CorpusVersion } from '../../src/lib/corpus/corpus-index.ts';

const versions = loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url)));

/** The versions as the build gives them: a body is read (here: counted) each time it is asked for. */
function lazyVersions(): { versions: CorpusVersion[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const lazy = versions.map(({ data, body }) => ({
    data,
    get body() {
      const key = `${data.article}/${data.lang}`;
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return body;
    },
  }));
  return { versions: lazy, reads };
}

describe('corpus index', () => {
  it('reads each body once while indexing and keeps no copy of it (bodies stay on disk during a build)', () => {
    const { versions: lazy, reads } = lazyVersions();
    const corpus = buildCorpusIndex(lazy);
    expect([...reads.values()]).toEqual(lazy.map(() => 1));
    // The index hands out the very version objects it was given, so a page that renders a body reads it then.
    const article = corpus.articles[0]!;
    expect(lazy.includes(article.versions[0]!)).toBe(true);
    const key = `${article.id}/${article.versions[0]!.data.lang}`;
    const original = versions.find(
      (v) => v.data.article === article.id && v.data.lang === article.versions[0]!.data.lang,
    )!;
    expect(original.body).toMatch(/\S/);
    expect(article.versions[0]!.body).toBe(original.body);
    expect(reads.get(key)).toBe(2);
  });

  it('keeps the sentences that cite each document', () => {
    const corpus = buildCorpusIndex(lazyVersions().versions);
    const doc = corpus.document('204-qd-tw')!;
    // 204-QĐ/TW is cited once, in the English and German versions of the Phú Thọ article (as
    // written: with Đ in English, with D in German), each time in one sentence.
    const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
    expect(
      doc.citations.map((c) => ({
        article: c.article,
        lang: c.lang,
        count: c.count,
        raw: c.raw,
        sentences: c.sentences.length,
      })),
    ).toEqual([
      { article: phuTho, lang: 'en', count: 1, raw: ['204-QĐ/TW'], sentences: 1 },
      { article: phuTho, lang: 'de', count: 1, raw: ['204-QD/TW'], sentences: 1 },
    ]);
    const [en, de] = doc.citations.map((c) => c.sentences[0]!);
    expect(en).toMatch(
      new RegExp(
        String.raw`^Plan No\. 04-KH/TU dated July 16, 2025, .* ` +
          String.raw`Decision No\. 204-QĐ/TW dated November 29, 2024, .* citizens and businesses\.$`,
      ),
    );
    expect(de).toMatch(
      new RegExp(
        String.raw`^Plan Nr\. 04-KH/TU vom 16\. Juli 2025 .* ` +
          String.raw`Beschlusses Nr\. 204-QD/TW vom 29\. November 2024 .* für Bürger und Unternehmen\.$`,
      ),
    );
    // Each sentence is one sentence of that version's body, whole.
    for (const citation of doc.citations) {
      const body = versions.find((v) => v.data.article === citation.article && v.data.lang === citation.lang)!.body;
      expect(body).toContain(citation.sentences[0]!);
    }
  });
});
