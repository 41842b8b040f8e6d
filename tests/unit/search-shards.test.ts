import { describe, expect, it } from 'vitest';
import {
  SEARCH_SHARD_COUNT,
  articlePageShards,
  fnv1a32,
  parseShardName,
  readShardList,
  scopeShardPaths,
  searchShardOf,
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
    const ids = ['trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu', 'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy'];
    expect(ids.map(searchShardOf)).toEqual(ids.map((id) => fnv1a32(id) % SEARCH_SHARD_COUNT));
    expect(ids.map(searchShardOf)).toEqual([4, 3]);
  });

  it('spreads article ids over every bucket about evenly', () => {
    const counts = new Array<number>(SEARCH_SHARD_COUNT).fill(0);
    const n = 8000;
    for (let i = 0; i < n; i++) counts[searchShardOf(`tinh-uy-hoi-nghi-lan-thu-${i}-nam-2025`)]!++;
    const expected = n / SEARCH_SHARD_COUNT;
    for (const count of counts) expect(Math.abs(count - expected) / expected).toBeLessThan(0.1);
  });
});

describe('shard names and paths', () => {
  it('an article version is in one all-languages shard and one shard of its language, the same bucket', () => {
    const article = 'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy';
    const b = searchShardOf(article);
    expect(articlePageShards({ lang: 'ar', article })).toEqual([`all/${b}`, `ar/${b}`]);
    expect(articlePageShards({ lang: 'vi', article })).toEqual([`all/${b}`, `vi/${b}`]);
  });

  it('parses only real shard names', () => {
    expect(parseShardName('all/0')).toEqual({ scope: 'all', bucket: 0 });
    expect(parseShardName('en/7')).toEqual({ scope: 'en', bucket: 7 });
    for (const bad of ['all/8', 'xx/1', 'en/03', 'en', 'en/', '/en/1', 'all/-1', 'EN/1']) expect(parseShardName(bad), bad).toBeNull();
  });

  it('the list is sorted whatever order shards come in, and gives each scope its bundle paths', () => {
    const list = shardList([
      { scope: 'en', bucket: 5 },
      { scope: 'all', bucket: 5 },
      { scope: 'all', bucket: 0 },
      { scope: 'en', bucket: 0 },
      { scope: 'ar', bucket: 5 },
    ]);
    expect(JSON.stringify(list)).toBe(
      '{"format":"song-song/search-shards@1","all":[0,5],"lang":{"ar":[5],"de":[],"en":[0,5],"ru":[],"vi":[]}}',
    );
    expect(scopeShardPaths(list, 'all')).toEqual(['/pagefind-all/0/', '/pagefind-all/5/']);
    expect(scopeShardPaths(list, 'en')).toEqual(['/pagefind/en/0/', '/pagefind/en/5/']);
    expect(scopeShardPaths(list, 'de')).toEqual([]);
    expect(readShardList(JSON.parse(JSON.stringify(list)))).toEqual(list);
    expect(readShardList(null)).toBeNull();
    expect(readShardList({ ...list, format: 'other@1' })).toBeNull();
    expect(readShardList({ ...list, all: [SEARCH_SHARD_COUNT] })).toBeNull();
  });
});
