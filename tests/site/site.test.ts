/**
 * The built site over the real content: every version has its page, language bars and hreflang
 * sets are reciprocal, every internal link resolves, document pages gather every citing version.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/lib/corpus/content-files.ts';
import { LANG_ALTERNATION, LANGS } from '../../src/lib/lang.ts';
import { currentProvinces, loadProvinces } from '../../src/lib/provinces/provinces.ts';
import { checkLanguageAlternates, checkLinkTargets } from '../../tools/gates/links.ts';
import { attributeValues, nextElementSibling, select, selectOne, textOf } from '../../tools/gates/page-query.ts';
import type { ParsedPage } from '../../tools/gates/site-files.ts';
import { builtPages, distDir, pageExists, parsedPage, requireBuild } from '../support/built-site.ts';

const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const contentVersions = listContentFiles(fileURLToPath(new URL('../../content/articles/', import.meta.url)));
/** <html lang> and <html dir>. */
const htmlLangDir = (page: ParsedPage) => {
  const html = selectOne(page, 'html');
  return [html.attrs.get('lang'), html.attrs.get('dir')];
};
const has = (page: ParsedPage, selector: string) => select(page, selector).length > 0;

beforeAll(() => requireBuild());

describe('built site', () => {
  it('has every article under all five UI languages; search indexes each version once, on its own page', () => {
    const articles = [...new Set(contentVersions.map((v) => v.article))];
    const articlePages = builtPages().filter((p) => /^\/[a-z]{2}\/articles\/[^/]+\/$/.test(p));
    expect(articlePages).toEqual(articles.flatMap((a) => LANGS.map((l) => `/${l}/articles/${a}/`)).sort());
    const indexed = articlePages.filter((p) => has(parsedPage(p), '[data-pagefind-body]'));
    expect(indexed).toEqual(contentVersions.map((v) => `/${v.lang}/articles/${v.article}/`).sort());
  });

  it('shows a Russian-only article in English chrome, the Russian text marked, with a notice', () => {
    const hoaBinh = 'hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap';
    expect(contentVersions.filter((v) => v.article === hoaBinh).map((v) => v.lang)).toEqual(['ru']);
    const page = parsedPage(`/en/articles/${hoaBinh}/`);
    expect(htmlLangDir(page)).toEqual(['en', 'ltr']);
    expect(attributeValues(page, 'link[rel="canonical"]', 'href')).toEqual([
      `https://songsong.example.org/ru/articles/${hoaBinh}/`,
    ]);
    expect(textOf(selectOne(page, 'p.version-notice'))).toContain('Not available in English. Shown: Русский.');
    expect(has(page, 'div.prose[lang="ru"][dir="ltr"]')).toBe(true);
    expect(select(page, '[data-pagefind-body]')).toEqual([]);
    // The interface switch leads to the same article under each language; the footer is never empty.
    for (const lang of LANGS.filter((l) => l !== 'en'))
      expect(has(page, `[href="/${lang}/articles/${hoaBinh}/"][hreflang="${lang}"]`), lang).toBe(true);
    // The original's headline, readable, from its web address.
    expect(textOf(page)).toContain('Hoa Binh giao nhiem vu cho lanh dao chu chot 46 xa phuong sau sap nhap');
    // The Arabic interface: right-to-left chrome, left-to-right Russian text.
    const arabic = parsedPage(`/ar/articles/${hoaBinh}/`);
    expect(htmlLangDir(arabic)).toEqual(['ar', 'rtl']);
    expect(has(arabic, 'div.prose[lang="ru"][dir="ltr"]')).toBe(true);
  });

  it('gives the 404 page of every language the header, the search box and the way home', () => {
    for (const lang of LANGS) {
      const page = parsedPage(`/${lang}/404/`);
      expect(has(page, 'header.site-header'), lang).toBe(true);
      expect(has(page, `form[action="/${lang}/search/"]`), lang).toBe(true);
      expect(has(page, `a[href="/${lang}/"]`), lang).toBe(true);
    }
    const root = parsedPage('/404.html');
    for (const lang of LANGS) expect(has(root, `form[action="/${lang}/search/"]`), lang).toBe(true);
  });

  it("links articles in lists under the reader's language and marks a title in another language", () => {
    const home = parsedPage('/en/');
    const hoaBinh = 'hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap';
    // A title in Russian (marked ru, not empty), the mark that says so right after it.
    const marks = select(home, `a[href="/en/articles/${hoaBinh}/"][lang="ru"][dir="ltr"]`)
      .filter((a) => textOf(a) !== '')
      .map(nextElementSibling);
    expect(marks.map((mark) => [mark?.tag, mark?.attrs.get('class'), mark?.attrs.get('title')])).toContainEqual([
      'span',
      'lang-mark',
      'Russian version',
    ]);
    expect(has(home, `a[href="/en/articles/${phuTho}/"][lang="en"][dir="ltr"]`)).toBe(true);
  });

  it('has every UI page in all five languages', () => {
    for (const lang of LANGS) {
      for (const page of [
        '',
        'documents/',
        'provinces/',
        'provinces/phu-tho/',
        'provinces/hoa-binh/',
        'documents/204-qd-tw/',
        '404/',
      ]) {
        expect(pageExists(`/${lang}/${page}`), `/${lang}/${page}`).toBe(true);
      }
    }
    expect(pageExists('/404.html')).toBe(true);
  });

  it('marks Arabic pages right-to-left and the others left-to-right', () => {
    for (const page of builtPages().filter((p) => new RegExp(`^/(?:${LANG_ALTERNATION})/`).test(p))) {
      const lang = page.slice(1, 3);
      expect(htmlLangDir(parsedPage(page)), page).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    }
  });

  it("resolves every internal link and fragment (the links gate's check of link targets)", () => {
    expect(checkLinkTargets(distDir)).toEqual([]);
  });

  it('makes language bars reciprocal and never links a missing version', () => {
    for (const { article, lang } of contentVersions) {
      const bar = selectOne(parsedPage(`/${lang}/articles/${article}/`), 'nav.lang-bar');
      const linked = attributeValues(bar, 'a[data-version]', 'data-version');
      const missing = attributeValues(bar, 'span[data-missing]', 'data-missing');
      const available = contentVersions.filter((v) => v.article === article).map((v) => v.lang);
      expect(linked.sort()).toEqual(available.filter((l) => l !== lang).sort());
      expect([...linked, ...missing, lang].sort()).toEqual([...LANGS].sort());
      for (const other of linked) {
        const back = selectOne(parsedPage(`/${other}/articles/${article}/`), 'nav.lang-bar');
        expect(attributeValues(back, 'a[data-version]', 'data-version'), `${other} → ${lang}`).toContain(lang);
      }
    }
  });

  it("gives every page a reciprocal set of hreflang alternates (the links gate's check of alternates)", () => {
    expect(checkLanguageAlternates(distDir)).toEqual([]);
  });

  it('links the German and English Phú Thọ versions to each other and to /en/documents/204-qd-tw/', () => {
    const de = parsedPage(`/de/articles/${phuTho}/`);
    const en = parsedPage(`/en/articles/${phuTho}/`);
    expect(has(de, `[href="/en/articles/${phuTho}/"]`)).toBe(true);
    expect(has(en, `[href="/de/articles/${phuTho}/"]`)).toBe(true);
    expect(select(de, 'a[href="/de/documents/204-qd-tw/"]').map(textOf)).toContain('204-QD/TW');
    expect(select(en, 'a[href="/en/documents/204-qd-tw/"]').map(textOf)).toContain('204-QĐ/TW');
    const doc = parsedPage('/en/documents/204-qd-tw/');
    expect(has(doc, `[href="/de/articles/${phuTho}/"]`)).toBe(true);
    expect(has(doc, `[href="/en/articles/${phuTho}/"]`)).toBe(true);
    expect(textOf(doc)).toContain('204-QD/TW');
  });

  it('keeps local documents apart per province and explains them', () => {
    const doc = parsedPage('/en/documents/02-kh-tu-phu-tho/');
    expect(textOf(doc)).toContain('Phu Tho');
    expect(has(doc, `[href="/en/articles/${phuTho}/"]`)).toBe(true);
  });

  it('marks derived titles and the headline that names another document', () => {
    const en = parsedPage(`/en/articles/${phuTho}/`);
    expect(has(en, '[data-derived-title]')).toBe(true);
    expect(has(en, '[data-headline-mismatch]')).toBe(true);
    expect(has(en, '[href="/en/documents/178-kl-tw/"]')).toBe(true);
  });

  it('sends a former province to its current one and says so', () => {
    const former = parsedPage('/en/provinces/hoa-binh/');
    expect(attributeValues(former, 'meta[http-equiv="refresh"]', 'content')).toEqual([
      '0; url=/en/provinces/phu-tho/#hoa-binh',
    ]);
    expect(has(former, '[data-merged-into="phu-tho"]')).toBe(true);
    const current = parsedPage('/en/provinces/phu-tho/');
    expect(has(current, '#hoa-binh')).toBe(true);
    expect(
      has(current, '[href="/ru/articles/hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap/"]'),
    ).toBe(true);
  });

  it('lists 34 current and 63 former provinces on the index', () => {
    const page = parsedPage('/en/provinces/');
    const items = select(page, 'li[data-province]');
    const current = items.map((item) => item.attrs.get('data-province')!);
    expect(current).toHaveLength(34);
    expect([...current].sort()).toEqual(
      currentProvinces()
        .map((p) => p.slug)
        .sort(),
    );
    // Each current province's item: a merged one lists its former units (linked to the current page,
    // at the unit's anchor unless it is the current one's own name); an unmerged one is its own former unit.
    const unitsOf = (item: (typeof items)[number]) =>
      select(item, 'li a').map((link) => {
        const [, province, unit] = /^\/en\/provinces\/([a-z-]+)\/(?:#([a-z-]+))?$/.exec(link.attrs.get('href')!) ?? [];
        expect(province, `former unit of ${item.attrs.get('data-province')}`).toBe(item.attrs.get('data-province'));
        return unit ?? province!;
      });
    const former = items.flatMap((item) => {
      const slug = item.attrs.get('data-province')!;
      const units = unitsOf(item);
      if (units.length > 0) expect(units.length, slug).toBeGreaterThan(1);
      return units.length > 0 ? units : [slug];
    });
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
    expect([...former].sort()).toEqual(
      loadProvinces()
        .map((p) => p.slug)
        .sort(),
    );
    // Phu Tho took in Vinh Phuc and Hoa Binh on 2025-07-01.
    expect(
      unitsOf(selectOne(page, 'li[data-province="phu-tho"]')).filter((u) => u === 'vinh-phuc' || u === 'hoa-binh'),
    ).toEqual(['vinh-phuc', 'hoa-binh']);
  });

  it('ships no JavaScript on reading pages', () => {
    for (const page of [`/en/articles/${phuTho}/`, '/ar/documents/18-nq-tw/', '/de/provinces/', '/vi/']) {
      expect(select(parsedPage(page), 'script'), page).toEqual([]);
    }
  });
});
