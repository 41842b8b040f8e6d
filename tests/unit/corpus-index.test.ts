import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { buildCorpusIndex, type CorpusVersion } from '../../src/lib/site/corpus-index.ts';

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
    expect(article.versions[0]!.body.length).toBeGreaterThan(0);
    expect(reads.get(key)).toBe(2);
  });

  it('keeps the sentences that cite each document', () => {
    const corpus = buildCorpusIndex(lazyVersions().versions);
    const doc = corpus.document('204-qd-tw')!;
    expect(doc.citations.length).toBeGreaterThan(0);
    for (const citation of doc.citations) {
      expect(citation.sentences.length).toBeGreaterThan(0);
      for (const sentence of citation.sentences) expect(sentence).toMatch(/204-Q[ĐD]\/TW/);
    }
  });
});
