/**
 * The built site over the real content: every version has its page, language bars and hreflang
 * sets are reciprocal, every internal link resolves, document pages gather every citing version.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/lib/corpus/content-files.ts';
import { LANG_ALTERNATION, LANGS } from '../../src/lib/lang.ts';
import { currentProvinces, loadProvinces } from '../../src/lib/provinces/provinces.ts';
import { attributeValues, builtPages, pageExists, readPage, requireBuild } from '../support/built-site.ts';

const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const contentVersions = listContentFiles(fileURLToPath(new URL('../../content/articles/', import.meta.url)));

beforeAll(() => requireBuild());

describe('built site', () => {
  it('has every article under all five interface languages, and search indexes each version once: on its own page', () => {
    const articles = [...new Set(contentVersions.map((v) => v.article))];
    const articlePages = builtPages().filter((p) => /^\/[a-z]{2}\/articles\/[^/]+\/$/.test(p));
    expect(articlePages).toEqual(articles.flatMap((a) => LANGS.map((l) => `/${l}/articles/${a}/`)).sort());
    const indexed = articlePages.filter((p) => readPage(p).includes('data-pagefind-body'));
    expect(indexed).toEqual(contentVersions.map((v) => `/${v.lang}/articles/${v.article}/`).sort());
  });

  it('shows a Russian-only article to an English reader in English chrome, with the Russian text marked and a notice', () => {
    const hoaBinh = 'hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap';
    expect(contentVersions.filter((v) => v.article === hoaBinh).map((v) => v.lang)).toEqual(['ru']);
    const html = readPage(`/en/articles/${hoaBinh}/`);
    expect(html).toMatch(/<html lang="en" dir="ltr"/);
    expect(html).toContain(`<link rel="canonical" href="https://songsong.example.org/ru/articles/${hoaBinh}/">`);
    const notice = /<p class="version-notice"[\s\S]*?<\/p>/.exec(html)![0].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(notice).toContain('Not available in English. Shown: Русский.');
    expect(html).toMatch(/<div class="prose" lang="ru" dir="ltr"/);
    expect(html).not.toContain('data-pagefind-body');
    // The interface switch leads to the same article under each language; the footer is never empty.
    for (const lang of LANGS.filter((l) => l !== 'en')) expect(html).toContain(`href="/${lang}/articles/${hoaBinh}/" hreflang="${lang}"`);
    // The original's headline, readable, from its web address.
    expect(html.replace(/<[^>]+>/g, '')).toContain('Hoa Binh giao nhiem vu cho lanh dao chu chot 46 xa phuong sau sap nhap');
    // The Arabic interface: right-to-left chrome, left-to-right Russian text.
    expect(readPage(`/ar/articles/${hoaBinh}/`)).toMatch(/<html lang="ar" dir="rtl"[\s\S]*<div class="prose" lang="ru" dir="ltr"/);
  });

  it('gives the 404 page of every language the header, the search box and the way home', () => {
    for (const lang of LANGS) {
      const html = readPage(`/${lang}/404/`);
      expect(html, lang).toContain('<header class="site-header">');
      expect(html, lang).toContain(`action="/${lang}/search/"`);
      expect(html, lang).toContain(`href="/${lang}/"`);
    }
    const root = readPage('/404.html');
    for (const lang of LANGS) expect(root).toContain(`action="/${lang}/search/"`);
  });

  it('links articles in lists under the reader\'s language and marks a title in another language', () => {
    const home = readPage('/en/');
    const hoaBinh = 'hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap';
    expect(home).toMatch(new RegExp(`<a href="/en/articles/${hoaBinh}/" lang="ru" dir="ltr">[^<]+</a> <span class="lang-mark" title="Russian version">`));
    expect(home).toContain(`<a href="/en/articles/${phuTho}/" lang="en" dir="ltr">`);
  });

  it('has every UI page in all five languages', () => {
    for (const lang of LANGS) {
      for (const page of ['', 'documents/', 'provinces/', 'provinces/phu-tho/', 'provinces/hoa-binh/', 'documents/204-qd-tw/', '404/']) {
        expect(pageExists(`/${lang}/${page}`), `/${lang}/${page}`).toBe(true);
      }
    }
    expect(pageExists('/404.html')).toBe(true);
  });

  it('marks Arabic pages right-to-left and the others left-to-right', () => {
    for (const page of builtPages().filter((p) => new RegExp(`^/(?:${LANG_ALTERNATION})/`).test(p))) {
      const lang = page.slice(1, 3);
      const html = readPage(page);
      expect(html, page).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`));
    }
  });

  it('resolves every internal link and fragment', () => {
    const broken: string[] = [];
    for (const page of builtPages()) {
      const html = readPage(page);
      for (const href of attributeValues(html, 'a', 'href')) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://site${page}`);
        if (!pageExists(target.pathname)) {
          broken.push(`${page} → ${href}`);
          continue;
        }
        if (target.hash && target.pathname.endsWith('/')) {
          const id = decodeURIComponent(target.hash.slice(1));
          if (id !== 'main' && !readPage(target.pathname).includes(`id="${id}"`)) broken.push(`${page} → ${href} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('makes language bars reciprocal and never links a missing version', () => {
    for (const { article, lang } of contentVersions) {
      const html = readPage(`/${lang}/articles/${article}/`);
      const bar = /<nav class="lang-bar"[\s\S]*?<\/nav>/.exec(html)![0];
      const linked = attributeValues(bar, 'a', 'data-version');
      const missing = attributeValues(bar, 'span', 'data-missing');
      const available = contentVersions.filter((v) => v.article === article).map((v) => v.lang);
      expect(linked.sort()).toEqual(available.filter((l) => l !== lang).sort());
      expect([...linked, ...missing, lang].sort()).toEqual([...LANGS].sort());
      for (const other of linked) {
        const back = /<nav class="lang-bar"[\s\S]*?<\/nav>/.exec(readPage(`/${other}/articles/${article}/`))![0];
        expect(attributeValues(back, 'a', 'data-version'), `${other} → ${lang}`).toContain(lang);
      }
    }
  });

  it('gives every page a reciprocal set of hreflang alternates', () => {
    for (const page of builtPages().filter((p) => new RegExp(`^/(?:${LANG_ALTERNATION})/`).test(p))) {
      // The language alternates (x-default, the chooser at /, is not one of them).
      const hreflangLinks = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]!);
      const alternates = hreflangLinks(readPage(page)).filter((href) => new URL(href).pathname !== '/');
      for (const href of alternates) {
        const path = new URL(href).pathname;
        expect(pageExists(path), `${page} → ${path}`).toBe(true);
        const back = hreflangLinks(readPage(path)).map((h) => new URL(h).pathname);
        expect(back, `${path} ↔ ${page}`).toContain(page);
      }
    }
  });

  it('links the German and English Phú Thọ versions to each other and to /en/documents/204-qd-tw/', () => {
    const de = readPage(`/de/articles/${phuTho}/`);
    const en = readPage(`/en/articles/${phuTho}/`);
    expect(de).toContain(`href="/en/articles/${phuTho}/"`);
    expect(en).toContain(`href="/de/articles/${phuTho}/"`);
    expect(de).toMatch(/<a href="\/de\/documents\/204-qd-tw\/"[^>]*>204-QD\/TW<\/a>/);
    expect(en).toMatch(/<a href="\/en\/documents\/204-qd-tw\/"[^>]*>204-QĐ\/TW<\/a>/);
    const doc = readPage('/en/documents/204-qd-tw/');
    expect(doc).toContain(`href="/de/articles/${phuTho}/"`);
    expect(doc).toContain(`href="/en/articles/${phuTho}/"`);
    expect(doc).toContain('204-QD/TW');
  });

  it('keeps local documents apart per province and explains them', () => {
    const doc = readPage('/en/documents/02-kh-tu-phu-tho/');
    expect(doc).toContain('Phu Tho');
    expect(doc).toContain(`href="/en/articles/${phuTho}/"`);
  });

  it('marks derived titles and the headline that names another document', () => {
    const en = readPage(`/en/articles/${phuTho}/`);
    expect(en).toContain('data-derived-title');
    expect(en).toContain('data-headline-mismatch');
    expect(en).toContain('href="/en/documents/178-kl-tw/"');
  });

  it('sends a former province to its current one and says so', () => {
    const former = readPage('/en/provinces/hoa-binh/');
    expect(former).toMatch(/<meta http-equiv="refresh" content="0; url=\/en\/provinces\/phu-tho\/#hoa-binh"/);
    expect(former).toContain('data-merged-into="phu-tho"');
    const current = readPage('/en/provinces/phu-tho/');
    expect(current).toContain('id="hoa-binh"');
    expect(current).toContain('/ru/articles/hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap/');
  });

  it('lists 34 current and 63 former provinces on the index', () => {
    const html = readPage('/en/provinces/');
    const current = attributeValues(html, 'li', 'data-province');
    expect(current).toHaveLength(34);
    expect([...current].sort()).toEqual(currentProvinces().map((p) => p.slug).sort());
    // Each current province's item: a merged one lists its former units (linked to the current page,
    // at the unit's anchor unless it is the current one's own name); an unmerged one is its own former unit.
    const items = html.split(/<li data-province="/).slice(1);
    const former = items.flatMap((item) => {
      const slug = item.slice(0, item.indexOf('"'));
      const units = [...item.matchAll(/<li><a href="\/en\/provinces\/([a-z-]+)\/(?:#([a-z-]+))?"/g)].map((m) => {
        expect(m[1], `former unit of ${slug}`).toBe(slug);
        return m[2] ?? m[1]!;
      });
      if (units.length > 0) expect(units.length, slug).toBeGreaterThan(1);
      return units.length > 0 ? units : [slug];
    });
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
    expect([...former].sort()).toEqual(loadProvinces().map((p) => p.slug).sort());
    // Phu Tho took in Vinh Phuc and Hoa Binh on 2025-07-01.
    expect(items.find((item) => item.startsWith('phu-tho"'))).toMatch(/#vinh-phuc".*#hoa-binh"/s);
  });

  it('ships no JavaScript on reading pages', () => {
    for (const page of [`/en/articles/${phuTho}/`, '/ar/documents/18-nq-tw/', '/de/provinces/', '/vi/']) {
      expect(readPage(page), page).not.toMatch(/<script/);
    }
  });
});
