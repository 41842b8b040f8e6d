import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../src/lib/documents/document-identity.ts';
import {
  FIRST_FILE_VERSIONS,
  LATER_FILE_VERSIONS,
  buildDocumentShards,
  readDocumentLookup,
  shardFiles,
  type DocumentShard,
  type ShardPage,
} from '../../src/lib/search/document-shards.ts';
import { runSearch, type SearchBackend } from '../../src/lib/search/run-search.ts';
import { EMPTY_SEARCH } from '../../src/lib/search/search-query.ts';
import type { ArticleEntry, CorpusIndex, DocumentEntry } from '../../src/lib/corpus/corpus-index.ts';

/** A much-cited local number: two provinces' entries, 500 + 30 citing versions. */
function bigShard(): DocumentShard {
  const versions = (province: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      article: `${province}-article-${i}`,
      lang: (i % 2 === 0 ? 'en' : 'de') as 'en' | 'de',
      title: `Title ${i}`,
      province: { named: province, current: province },
    }));
  return {
    format: 'song-song/document-lookup@2',
    key: '02-KH/TU',
    entries: [
      { id: '02-kh-tu-lang-son', number: '02-KH/TU', province: 'Lạng Sơn', versions: versions('Lạng Sơn', 500) },
      { id: '02-kh-tu-phu-tho', number: '02-KH/TU', province: 'Phú Thọ', versions: versions('Phú Thọ', 30) },
    ],
  };
}

describe('shardFiles', () => {
  it('keeps the first file small and puts the rest in further files, nothing lost or repeated', () => {
    const files = shardFiles('02-kh-tu', bigShard());
    expect(files.map(([name]) => name)).toEqual(['02-kh-tu', '02-kh-tu.2', '02-kh-tu.3']);
    const first = files[0]![1] as DocumentShard;
    expect(first.more).toBe(2);
    expect(first.entries.map((e) => [e.total, e.versions.length])).toEqual([
      [500, FIRST_FILE_VERSIONS],
      [30, 0],
    ]);
    const later = files.slice(1).map(([, page]) => (page as ShardPage).versions);
    expect(later.map((v) => v.length)).toEqual([LATER_FILE_VERSIONS, 530 - FIRST_FILE_VERSIONS - LATER_FILE_VERSIONS]);
    const all = [
      ...first.entries.flatMap((e, i) => e.versions.map((v) => `${i}:${v.article}`)),
      ...later.flat().map((v) => `${v.entry}:${v.article}`),
    ];
    const expected = bigShard().entries.flatMap((e, i) => e.versions.map((v) => `${i}:${v.article}`));
    expect(all).toEqual(expected);
  });

  it('writes a small shard as one file', () => {
    const small: DocumentShard = {
      format: 'song-song/document-lookup@2',
      key: '204-QD/TW',
      entries: [
        {
          id: '204-qd-tw',
          number: '204-QĐ/TW',
          province: null,
          versions: [{ article: 'x', lang: 'en', title: 'X', province: null }],
        },
      ],
    };
    expect(shardFiles('204-qd-tw', small)).toEqual([
      [
        '204-qd-tw',
        {
          format: 'song-song/document-lookup@2',
          key: '204-QD/TW',
          entries: [{ ...small.entries[0], total: 1 }],
          more: 0,
        },
      ],
    ]);
  });
});

describe('readDocumentLookup', () => {
  it("reads a file of this format, a missing file as null, and refuses an older site's file", () => {
    const shard = bigShard();
    expect(readDocumentLookup(shard, '/search/documents/02-kh-tu.json')).toBe(shard);
    expect(readDocumentLookup(null, '/search/documents/02-kh-tu.json')).toBeNull();
    expect(() => readDocumentLookup({ key: '02-KH/TU', entries: [] }, '/search/documents/02-kh-tu.json')).toThrow(
      '/search/documents/02-kh-tu.json is not a document lookup file of format song-song/document-lookup@2',
    );
  });
});

describe('runSearch with a much-cited number', () => {
  const files = new Map(shardFiles('02-kh-tu', bigShard()));
  const fetched: string[] = [];
  const backend: SearchBackend = {
    documentShard: async (name) => (fetched.push(name), (files.get(name) as DocumentShard) ?? null),
    documentShardPage: async (name, page) => (
      fetched.push(`${name}.${page}`),
      (files.get(`${name}.${page}`) as ShardPage) ?? null
    ),
    textIndex: { search: async () => [] },
    siteJson: async () => null,
  };

  it('shows the first versions from one small file, with the total', async () => {
    fetched.length = 0;
    const outcome = await runSearch({ ...EMPTY_SEARCH, q: '02-KH/TU' }, backend);
    expect(fetched).toEqual(['02-kh-tu']);
    expect(outcome.kind === 'documents' && outcome.documents[0]).toMatchObject({
      total: 530,
      loaded: FIRST_FILE_VERSIONS,
    });
  });

  it('fetches every file when all are asked for or a filter needs them', async () => {
    fetched.length = 0;
    const all = await runSearch({ ...EMPTY_SEARCH, q: '02-KH/TU', all: true }, backend);
    expect(fetched).toEqual(['02-kh-tu', '02-kh-tu.2', '02-kh-tu.3']);
    expect(all.kind === 'documents' && all.documents[0]).toMatchObject({ total: 530, loaded: 530 });
    const filtered = await runSearch({ ...EMPTY_SEARCH, q: '02-KH/TU', province: 'Phú Thọ', lang: 'de' }, backend);
    expect(filtered.kind === 'documents' && filtered.articles.length).toBe(15);
  });
});

describe('buildDocumentShards', () => {
  // A cited number, and one that only an original's headline (its URL slug) names.
  const entry = (id: string, number: string, cited: boolean, headlineArticles: string[]): DocumentEntry => ({
    id,
    number,
    province: null,
    parsed: parseDocumentNumber(number)!,
    citations: cited
      ? [
          {
            article: 'cites',
            lang: 'en',
            title: 'Cites',
            published: '2025-01-02',
            count: 1,
            sentences: [],
            raw: [number],
          },
        ]
      : [],
    headlineArticles,
    langs: cited ? ['en'] : [],
    count: cited ? 1 : 0,
  });
  const articles = new Map([
    ['cites', { id: 'cites', province: { named: 'Hòa Bình', current: 'Phú Thọ' } }],
    ['names', { id: 'names', province: null }],
  ]) as unknown as Map<string, ArticleEntry>;
  const corpus = {
    documents: [entry('177-kl-tw', '177-KL/TW', true, []), entry('178-kl-tw', '178-KL/TW', false, ['names'])],
    article: (id: string) => articles.get(id),
  } as unknown as CorpusIndex;
  const shards = buildDocumentShards(corpus);

  it('gives a cited number its versions', () => {
    expect(shards.get('177-kl-tw')).toEqual({
      format: 'song-song/document-lookup@2',
      key: '177-KL/TW',
      entries: [
        {
          id: '177-kl-tw',
          number: '177-KL/TW',
          province: null,
          versions: [
            {
              article: 'cites',
              lang: 'en',
              title: 'Cites',
              published: '2025-01-02',
              province: { named: 'Hòa Bình', current: 'Phú Thọ' },
            },
          ],
        },
      ],
    });
  });

  it('gives a number only a headline names its file too: the page id, no versions, the headline articles', () => {
    const shard = shards.get('178-kl-tw')!;
    expect(shard).toEqual({
      format: 'song-song/document-lookup@2',
      key: '178-KL/TW',
      entries: [{ id: '178-kl-tw', number: '178-KL/TW', province: null, versions: [], headlineArticles: ['names'] }],
    });
    expect(shardFiles('178-kl-tw', shard)).toEqual([
      [
        '178-kl-tw',
        {
          format: 'song-song/document-lookup@2',
          key: '178-KL/TW',
          entries: [
            {
              id: '178-kl-tw',
              number: '178-KL/TW',
              province: null,
              versions: [],
              headlineArticles: ['names'],
              total: 0,
            },
          ],
          more: 0,
        },
      ],
    ]);
  });

  it('search then leads to the document page with zero citing versions', async () => {
    const files = new Map([...shards].flatMap(([name, shard]) => shardFiles(name, shard)));
    // Document queries use only the lookup files.
    const backend = {
      documentShard: async (name: string) => (files.get(name) as DocumentShard) ?? null,
      documentShardPage: async () => null,
    } as unknown as SearchBackend;
    expect(await runSearch({ ...EMPTY_SEARCH, q: '178-KL/TW' }, backend)).toEqual({
      kind: 'documents',
      documents: [
        {
          number: '178-KL/TW',
          ids: [{ id: '178-kl-tw', province: null }],
          total: 0,
          loaded: 0,
          headlineArticles: ['names'],
        },
      ],
      articles: [],
    });
    const cited = await runSearch({ ...EMPTY_SEARCH, q: '177-KL/TW' }, backend);
    expect(cited.kind === 'documents' && cited.documents[0]).toEqual({
      number: '177-KL/TW',
      ids: [{ id: '177-kl-tw', province: null }],
      total: 1,
      loaded: 1,
      headlineArticles: [],
    });
    const none = await runSearch({ ...EMPTY_SEARCH, q: '179-KL/TW' }, backend);
    expect(none.kind === 'documents' && none.documents[0]).toEqual({
      number: '179-KL/TW',
      ids: [],
      total: 0,
      loaded: 0,
      headlineArticles: [],
    });
  });
});
