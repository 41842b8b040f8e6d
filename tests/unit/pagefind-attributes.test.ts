/** What an article version's own page tells Pagefind: metadata read back by search, and its filters. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { pagefindAttributes } from '../../src/lib/search/pagefind-attributes.ts';

const versions = loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url)));
const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const en = versions.find((v) => v.data.article === phuTho && v.data.lang === 'en')!.data;

describe('pagefindAttributes', () => {
  it('gives the metadata search reads back and the filters it searches with, each type once', () => {
    expect(pagefindAttributes(en)).toEqual({
      meta: [
        `article:${phuTho}`,
        'lang:en',
        'title:The Standing Committee of the Provincial Party Committee requests that Party committees, ' +
          'Party organizations …',
        'province:Phú Thọ',
        'named:Phú Thọ',
        'outlet:Báo Phú Thọ',
      ],
      filters: ['lang:en', 'province:Phú Thọ', 'type:KL', 'type:KH', 'type:QĐ', 'type:CV'],
    });
  });

  it('adds the date when there is one, the former province as its own filter, and leaves out what is unknown', () => {
    const dated = {
      ...en,
      published: { date: '2025-07-22', from: 'byline' as const, text: '22/7/2025' },
      province: { named: 'Vĩnh Phúc', current: 'Phú Thọ', via: 'text' as const },
      source: { ...en.source, outlet: null },
      documents: [],
    };
    expect(pagefindAttributes(dated)).toEqual({
      meta: [
        `article:${phuTho}`,
        'lang:en',
        `title:${en.title}`,
        'date:2025-07-22',
        'province:Phú Thọ',
        'named:Vĩnh Phúc',
      ],
      filters: ['lang:en', 'province:Phú Thọ', 'province:Vĩnh Phúc'],
    });
    expect(pagefindAttributes({ ...dated, published: null, province: null })).toEqual({
      meta: [`article:${phuTho}`, 'lang:en', `title:${en.title}`],
      filters: ['lang:en'],
    });
  });
});
