/**
 * Which version a reader of each interface language is shown, and the original's headline made
 * readable from its web address.
 */
import { describe, expect, it } from 'vitest';
import { slugHeadline, slugHeadlineText } from '../../src/lib/documents/slug-headline.ts';
import type { Lang } from '../../src/lib/lang.ts';
import {
  articleView,
  articleViewPages,
  originalHeadline,
  readerVersion,
  shownVersion,
} from '../../src/lib/views/article-view.ts';
import type { ArticleEntry, CorpusVersion } from '../../src/lib/corpus/corpus-index.ts';

function article(langs: Lang[]): ArticleEntry {
  const versions = langs.map(
    (lang) => ({ data: { lang, title: `title ${lang}` }, body: '' }) as unknown as CorpusVersion,
  );
  return {
    id: 'a',
    versions,
    langs,
    province: null,
    source: { url: 'https://baophutho.vn/a-1.htm', host: 'baophutho.vn', outlet: null },
    headlineDocuments: [],
  };
}

describe('articleView', () => {
  it('shows the reader their own language, else the Vietnamese original, else the first version', () => {
    const withOriginal = article(['vi', 'de', 'ru']);
    expect(shownVersion(withOriginal, 'de').data.lang).toBe('de');
    expect(shownVersion(withOriginal, 'en').data.lang).toBe('vi');
    expect(shownVersion(withOriginal, 'ar').data.lang).toBe('vi');
    const translationsOnly = article(['de', 'ru']);
    expect(shownVersion(translationsOnly, 'en').data.lang).toBe('de');
    const view = articleView(translationsOnly, 'en');
    expect(view.own).toBe(false);
    expect(view.others.map((v) => v.data.lang)).toEqual(['ru']);
    expect(articleView(translationsOnly, 'ru').own).toBe(true);
  });

  it('gives a search hit the same version: of those matched, own language, else Vietnamese, else the first', () => {
    const matched = (langs: Lang[]) => langs.map((lang) => ({ lang, title: `title ${lang}` }));
    expect(readerVersion(matched(['vi', 'en', 'ru']), 'ru', (v) => v.lang)).toEqual({ lang: 'ru', title: 'title ru' });
    expect(readerVersion(matched(['vi', 'en', 'ru']), 'ar', (v) => v.lang)).toEqual({ lang: 'vi', title: 'title vi' });
    expect(readerVersion(matched(['de', 'ar']), 'en', (v) => v.lang)).toEqual({ lang: 'de', title: 'title de' });
    expect(readerVersion([], 'en', (v: { lang: Lang }) => v.lang)).toBeUndefined();
  });

  it('has a page for every article under each of the five interface languages', () => {
    expect(articleViewPages([article(['ru'])]).map((p) => p.ui)).toEqual(['vi', 'en', 'de', 'ru', 'ar']);
  });
});

describe('slugHeadline', () => {
  it('restores spaces, capitals and the canonical document number', () => {
    expect(slugHeadlineText('trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu')).toBe(
      'Trien khai thuc hien Ket luan so 178-KL/TW cua Bo Chinh tri Ban Bi thu',
    );
    expect(slugHeadline('quyet-dinh-204-qd-tw-cua-ban-bi-thu')).toEqual([
      { text: 'Quyet dinh ' },
      { document: '204-QĐ/TW' },
      { text: ' cua Ban Bi thu' },
    ]);
  });

  it('capitalises province names from the province table and leaves ordinary words alone', () => {
    expect(slugHeadlineText('hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap')).toBe(
      'Hoa Binh giao nhiem vu cho lanh dao chu chot 46 xa phuong sau sap nhap',
    );
    expect(slugHeadlineText('bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy')).toBe(
      'Bi thu Tinh uy giao ban voi thuong truc cac huyen Thanh uy',
    );
  });
});

describe('originalHeadline', () => {
  const fromSlug = () => [{ text: 'Trien khai ' }, { document: '178-KL/TW' }];
  it("gives the Vietnamese version's own title when there is one, else the headline of its address", () => {
    const withOriginal = article(['vi', 'en']);
    expect(originalHeadline(withOriginal, 'en', fromSlug)).toEqual({ title: 'title vi' });
    expect(originalHeadline(withOriginal, 'vi', fromSlug)).toBeNull();
    expect(originalHeadline(article(['en', 'de']), 'de', fromSlug)).toEqual({ parts: fromSlug() });
    const derived = article(['vi', 'en']);
    (derived.versions[0]!.data as { titleDerived: boolean }).titleDerived = true;
    expect(originalHeadline(derived, 'en', fromSlug)).toEqual({ parts: fromSlug() });
  });
});
