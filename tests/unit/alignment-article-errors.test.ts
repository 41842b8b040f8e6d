/**
 * A compare page that cannot be built names its article and languages: the error of reading or
 * aligning the versions is rethrown as `article <id> (<langs>): <message>`, the original as cause.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { compareArticle, inArticle } from '../../src/lib/views/article-comparison.ts';
import { buildCorpusIndex } from '../../src/lib/corpus/corpus-index.ts';

const corpus = buildCorpusIndex(loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url))));
const article = corpus.articles.find(
  (a) => a.id === 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu',
)!;

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing thrown');
}

describe('errors of the article comparison', () => {
  it('names the article and the version whose body cannot be read', () => {
    const broken = {
      ...article,
      id: `${article.id}-broken-body`,
      versions: article.versions.map((v) =>
        v.data.lang === 'de' ? { ...v, body: `${v.body}\n- a list item, which ingest never writes\n` } : v,
      ),
    };
    const error = thrown(() => compareArticle(broken));
    expect(error.message).toMatch(
      new RegExp(`^article ${broken.id} \\(de\\): article body line \\d+: unexpected list block$`),
    );
    expect((error.cause as Error).message).toMatch(/^article body line \d+: unexpected list block$/);
  });

  it('names the article and all its languages when the alignment fails', () => {
    // An index that lists a language the article has no version in.
    const inconsistent = { ...article, id: `${article.id}-no-ru`, langs: [...article.langs, 'ru' as const] };
    const error = thrown(() => compareArticle(inconsistent));
    expect(error.message).toMatch(new RegExp(`^article ${inconsistent.id} \\(${article.langs.join(', ')}, ru\\): `));
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('inArticle passes values through and wraps anything thrown', () => {
    expect(inArticle('a', ['vi'], () => 42)).toBe(42);
    const cause = new RangeError('Invalid array length');
    const error = thrown(() =>
      inArticle('hoa-binh-giao-nhiem-vu', ['vi', 'en', 'de'], () => {
        throw cause;
      }),
    );
    expect(error.message).toBe('article hoa-binh-giao-nhiem-vu (vi, en, de): Invalid array length');
    expect(error.cause).toBe(cause);
    const notAnError = () =>
      inArticle('x', ['ar'], () => {
        throw 'a string';
      });
    expect(thrown(notAnError).message).toBe('article x (ar): a string');
  });
});
