import { describe, expect, it } from 'vitest';
import {
  ARTICLE_ID_PATTERN,
  articleIdentityFromUrl,
  articleIdFromSlug,
} from '../../src/lib/corpus/article-identity.ts';

const id = (url: string) => articleIdentityFromUrl(new URL(url))?.id ?? null;

describe('article identity', () => {
  it('ignores outlet ids, suffixes and extensions', () => {
    expect(
      id('https://baophutho.vn/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu-236533.htm'),
    ).toBe('trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu');
    expect(
      id('https://nhandan.vn/hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap-post886309.html'),
    ).toBe('hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap');
    expect(
      id(
        'https://baoninhthuan.com.vn/news/151377p24c32/bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy.htm',
      ),
    ).toBe('bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy');
  });

  it('gives a page and its mirrors the same id', () => {
    const original = id(
      'https://baophutho.vn/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu-236533.htm',
    );
    expect(id('https://www.vietnam.vn/en/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu')).toBe(
      original,
    );
    expect(
      id('https://www.vietnam.vn/de/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu/'),
    ).toBe(original);
    expect(
      id(
        'http://baophutho.vn/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu-236533.htm' +
          '?utm=x#top',
      ),
    ).toBe(original);
  });

  it('slugifies percent-encoded Vietnamese', () => {
    expect(id('https://example.vn/tin-tuc/Tri%E1%BB%83n-khai-%C4%91%E1%BB%81-%C3%A1n-m%E1%BB%9Bi-12345.html')).toBe(
      'trien-khai-de-an-moi',
    );
  });

  it('has no id without a title slug', () => {
    expect(id('https://baophutho.vn/')).toBeNull();
    expect(id('https://baophutho.vn/news/151377p24c32/')).toBeNull();
    expect(id('https://baophutho.vn/article?id=236533')).toBeNull();
  });

  it('shortens very long slugs stably, within the pattern', () => {
    const slug = Array.from({ length: 40 }, (_, i) => `tu${i}`).join('-');
    const short = articleIdFromSlug(slug);
    expect(short.length).toBeLessThanOrEqual(100);
    expect(short).toMatch(ARTICLE_ID_PATTERN);
    expect(articleIdFromSlug(slug)).toBe(short);
    expect(articleIdFromSlug(`${slug}-x`)).not.toBe(short);
  });
});
