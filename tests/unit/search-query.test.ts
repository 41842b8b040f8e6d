import { describe, expect, it } from 'vitest';
import { parseQuery, readSearchParams, writeSearchParams } from '../../src/lib/search/search-query.ts';

describe('parseQuery', () => {
  it.each([
    ['204-QD/TW', '204-QĐ/TW'],
    ['204-QĐ/TW', '204-QĐ/TW'],
    ['204 - QĐ / TW', '204-QĐ/TW'],
    ['204-qđ/tw', '204-QĐ/TW'],
    ['  No. 177-KL/TW ', '177-KL/TW'],
    ['179/2024/ND-CP', '179/2024/NĐ-CP'],
    ['02-KH/BCDTW', '02-KH/BCĐTW'],
  ])('%s is the document %s', (query, number) => {
    const parsed = parseQuery(query);
    expect(parsed).toMatchObject({ kind: 'documents', documents: [{ number }] });
  });

  it('spellings of one number share one lookup file', () => {
    const shards = ['204-QD/TW', '204-QĐ/TW', '204 - qđ / tw'].map((q) => {
      const parsed = parseQuery(q);
      return parsed.kind === 'documents' ? parsed.documents[0]!.shard : null;
    });
    expect(shards).toEqual(['204-qd-tw', '204-qd-tw', '204-qd-tw']);
  });

  it('a list of numbers is a document query; numbers inside text are a text query', () => {
    expect(parseQuery('177-KL/TW, 178-KL/TW')).toMatchObject({
      kind: 'documents',
      documents: [{ number: '177-KL/TW' }, { number: '178-KL/TW' }],
    });
    expect(parseQuery('Kết luận 177-KL/TW về sắp xếp')).toEqual({
      kind: 'text',
      text: 'Kết luận 177-KL/TW về sắp xếp',
    });
  });

  it('text and empty queries', () => {
    expect(parseQuery('Hòa Bình')).toEqual({ kind: 'text', text: 'Hòa Bình' });
    expect(parseQuery('   ')).toEqual({ kind: 'empty' });
  });
});

describe('search parameters in the URL', () => {
  it('round-trips and drops defaults', () => {
    const params = readSearchParams(
      new URLSearchParams('q=204-QD%2FTW&scope=page&lang=de&province=H%C3%B2a+B%C3%ACnh&type=QĐ'),
    );
    expect(params).toEqual({ q: '204-QD/TW', scope: 'page', lang: 'de', province: 'Hòa Bình', type: 'QĐ', all: false });
    expect(writeSearchParams({ ...params, all: true })).toContain('&all=1');
    expect(readSearchParams(new URLSearchParams(writeSearchParams(params)))).toEqual(params);
    expect(writeSearchParams(readSearchParams(new URLSearchParams('q=x&scope=all&lang=xx')))).toBe('?q=x');
  });
});
