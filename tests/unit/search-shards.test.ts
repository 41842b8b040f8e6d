import { describe, expect, it } from 'vitest';
import {
  MAX_BUCKETS,
  MAX_SHARDS,
  SHARD_PAGES,
  articlePageShards,
  fnv1a32,
  parseShardName,
  readShardList,
  scopeShardPaths,
  searchShardOf,
  shardCountFor,
  shardCounts,
  shardList,
} from '../../src/lib/search/search-shards.ts';

describe('searchShardOf', () => {
  it('is FNV-1a 32-bit over UTF-8 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    // UTF-8 bytes, not UTF-16 code units: "đ" (U+0111) is hashed as 0xC4 0x91.
    const overBytes = (bytes: number[]) => bytes.reduce((h, b) => Math.imul(h ^ b, 0x01000193) >>> 0, 0x811c9dc5);
    expect(fnv1a32('đ')).toBe(overBytes([0xc4, 0x91]));
    expect(fnv1a32('đ')).not.toBe(overBytes([0x11, 0x01]));
  });

  it('is stable: the same id always lands in the same bucket (pinned, so a change of hash is noticed)', () => {
    const ids = [
      'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu',
      'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy',
    ];
    expect(ids.map((id) => searchShardOf(id, 8))).toEqual(ids.map((id) => fnv1a32(id) % 8));
    expect(ids.map((id) => searchShardOf(id, 8))).toEqual([4, 3]);
  });

  it('spreads article ids over every bucket about evenly', () => {
    const counts = new Array<number>(8).fill(0);
    const n = 8000;
    for (let i = 0; i < n; i++) counts[searchShardOf(`tinh-uy-hoi-nghi-lan-thu-${i}-nam-2025`, 8)]!++;
    for (const count of counts) expect(Math.abs(count - n / 8) / (n / 8)).toBeLessThan(0.1);
  });
});

describe('bucket counts', () => {
  it('grow with the site: a bucket per SHARD_PAGES versions, at most MAX_BUCKETS, one all-languages index', () => {
    expect([0, 1, SHARD_PAGES, SHARD_PAGES + 1, 3 * SHARD_PAGES].map((n) => shardCountFor(n))).toEqual([1, 1, 1, 2, 3]);
    expect(shardCountFor(10 ** 9)).toBe(MAX_BUCKETS);
    // Every version counts, whatever its language; there is no per-language scope.
    expect(shardCounts([{ lang: 'en' }, { lang: 'en' }, { lang: 'de' }], 1)).toEqual({ all: 3 });
  });
});

describe('shard names and paths', () => {
  it('an article version is in exactly one shard, the all-languages shard of its article', () => {
    const article = 'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy';
    const ar = { lang: 'ar', article };
    const vi = { lang: 'vi', article };
    expect(articlePageShards(ar, { all: 8 })).toEqual([`all/8-${fnv1a32(article) % 8}`]);
    expect(articlePageShards(vi, { all: 8 })).toEqual(articlePageShards(ar, { all: 8 }));
    expect(articlePageShards(vi, { all: 1 })).toEqual(['all/1-0']);
  });

  it('parses only real shard names', () => {
    expect(parseShardName('all/2-0')).toEqual({ scope: 'all', count: 2, bucket: 0 });
    expect(parseShardName('all/8-7')).toEqual({ scope: 'all', count: 8, bucket: 7 });
    // Language shards (the layout before format @3) are no shards any more.
    for (const bad of [
      'en/8-7',
      'vi/1-0',
      'all/2-2',
      'all/0-0',
      'xx/1-0',
      'all/2-03',
      'all/02-1',
      'all/1',
      'all/',
      '/all/1-0',
      'all/2--1',
      'ALL/1-0',
      `all/${MAX_SHARDS + 1}-0`,
    ]) {
      expect(parseShardName(bad), bad).toBeNull();
    }
  });

  it('the list is sorted whatever order shards come in, and gives the bundle paths', () => {
    const list = shardList([
      { scope: 'all', count: 8, bucket: 5 },
      { scope: 'all', count: 8, bucket: 0 },
      { scope: 'all', count: 8, bucket: 5 },
    ]);
    expect(JSON.stringify(list)).toBe('{"format":"song-song/search-shards@3","all":["8-0","8-5"]}');
    expect(scopeShardPaths(list, 'all')).toEqual(['/pagefind-all/8-0/', '/pagefind-all/8-5/']);
    expect(scopeShardPaths(shardList([]), 'all')).toEqual([]);
    expect(readShardList(JSON.parse(JSON.stringify(list)))).toEqual(list);
    expect(readShardList(null)).toBeNull();
    expect(readShardList({ ...list, format: 'song-song/search-shards@1' })).toBeNull();
    // An older site's list (per-language shards, format @2) is refused, not misread.
    expect(
      readShardList({
        format: 'song-song/search-shards@2',
        all: ['8-0', '8-5'],
        lang: { ar: [], de: [], en: ['2-0'], ru: [], vi: [] },
      }),
    ).toBeNull();
    expect(readShardList({ ...list, all: ['2-2'] })).toBeNull();
    expect(readShardList({ ...list, all: [0] })).toBeNull();
    expect(readShardList({ format: list.format })).toBeNull();
  });
});
