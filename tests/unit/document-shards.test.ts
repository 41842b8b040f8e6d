import { describe, expect, it } from 'vitest';
import { FIRST_FILE_VERSIONS, LATER_FILE_VERSIONS, shardFiles, type DocumentShard, type ShardPage } from '../../src/lib/search/document-shards.ts';
import { runSearch, type SearchBackend } from '../../src/lib/search/run-search.ts';
import { EMPTY_SEARCH } from '../../src/lib/search/search-query.ts';

/** A much-cited local number: two provinces' entries, 500 + 30 citing versions. */
function bigShard(): DocumentShard {
  const versions = (province: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ a: `${province}-article-${i}`, l: (i % 2 === 0 ? 'en' : 'de') as 'en' | 'de', t: `Title ${i}`, p: province, pn: province }));
  return {
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
    expect(first.entries.map((e) => [e.total, e.versions.length])).toEqual([[500, FIRST_FILE_VERSIONS], [30, 0]]);
    const later = files.slice(1).map(([, page]) => (page as ShardPage).versions);
    expect(later.map((v) => v.length)).toEqual([LATER_FILE_VERSIONS, 530 - FIRST_FILE_VERSIONS - LATER_FILE_VERSIONS]);
    const all = [...first.entries.flatMap((e, i) => e.versions.map((v) => `${i}:${v.a}`)), ...later.flat().map((v) => `${v.e}:${v.a}`)];
    const expected = bigShard().entries.flatMap((e, i) => e.versions.map((v) => `${i}:${v.a}`));
    expect(all).toEqual(expected);
  });

  it('writes a small shard as one file', () => {
    const small: DocumentShard = { key: '204-QD/TW', entries: [{ id: '204-qd-tw', number: '204-QĐ/TW', province: null, versions: [{ a: 'x', l: 'en', t: 'X', p: null, pn: null }] }] };
    expect(shardFiles('204-qd-tw', small)).toEqual([['204-qd-tw', { key: '204-QD/TW', entries: [{ ...small.entries[0], total: 1 }], more: 0 }]]);
  });
});

describe('runSearch with a much-cited number', () => {
  const files = new Map(shardFiles('02-kh-tu', bigShard()));
  const fetched: string[] = [];
  const backend: SearchBackend = {
    documentShard: async (name) => (fetched.push(name), (files.get(name) as DocumentShard) ?? null),
    documentShardPage: async (name, page) => (fetched.push(`${name}.${page}`), (files.get(`${name}.${page}`) as ShardPage) ?? null),
    textSearch: async () => ({ hits: [], total: 0 }),
  };

  it('shows the first versions from one small file, with the total', async () => {
    fetched.length = 0;
    const outcome = await runSearch({ ...EMPTY_SEARCH, q: '02-KH/TU' }, backend);
    expect(fetched).toEqual(['02-kh-tu']);
    expect(outcome.kind === 'documents' && outcome.documents[0]).toMatchObject({ total: 530, loaded: FIRST_FILE_VERSIONS });
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
