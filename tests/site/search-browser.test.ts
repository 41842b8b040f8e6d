/**
 * Search in Chromium: from the Arabic home page's search box to the German and English Phú Thọ
 * versions, the URL shared and reloaded, everything done from the keyboard.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser.ts';
import { distDir, requireBuild } from '../support/built-site.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const hoaBinh = 'hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap';
const ninhThuan = 'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireBuild();
  server = await serveStatic(distDir);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await browser.newPage();
});
afterEach(async () => {
  await page.close();
});

const hitVersions = (p: Page) =>
  p
    .locator(`#search-results li[data-article="${phuTho}"] .search-versions a[data-version]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-version')));

describe('search in Chromium', { timeout: 30_000 }, () => {
  it('a number typed on the Arabic home page finds the German and English versions; the URL reloads them', async () => {
    await page.goto(`${server.url}/ar/`);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    // Keyboard only: skip link, then Tab to the search box (the home page's own: its header has none).
    await page.keyboard.press('Tab');
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'home-search'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('home-search');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.keyboard.type('204-QD/TW');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/search\/\?q=204-QD%2FTW/);
    await page.locator('#search-results li.search-hit').first().waitFor();
    expect(await hitVersions(page)).toEqual(['en', 'de']);
    expect(await page.locator('#search-results li.search-hit').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const title = page.locator('#search-results li.search-hit h2 a');
    expect(await title.getAttribute('lang')).toBe('en');
    expect(await title.getAttribute('dir')).toBe('ltr');

    const shared = page.url();
    const other = await browser.newPage();
    await other.goto(shared);
    await other.locator('#search-results li.search-hit').first().waitFor();
    expect(await hitVersions(other)).toEqual(await hitVersions(page));
    expect(await other.inputValue('#search-q')).toBe('204-QD/TW');
    await other.close();
  });

  it('a word search shows excerpts in their own language and direction; the filters live in the URL', async () => {
    await page.goto(`${server.url}/en/search/?q=${encodeURIComponent('комитета')}`);
    await page.locator('#search-results li.search-hit').first().waitFor();
    const excerpt = page.locator('#search-results .search-excerpt').first();
    expect(await excerpt.getAttribute('lang')).toBe('ru');
    // Word forms are marked too: комитет for комитета.
    expect(await excerpt.locator('mark').first().textContent()).toBe('комитет');
    // Narrow by language from the keyboard: focus the select, choose German, results update.
    await page.focus('select[name="lang"]');
    await page.selectOption('select[name="lang"]', 'de');
    await page.waitForURL(/lang=de/);
    await page
      .locator('#search-status')
      .filter({ hasText: /Nothing found/ })
      .waitFor();
    expect(await page.locator('#search-results li.search-hit').count()).toBe(0);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('lang=de'));
    await page.locator('#search-results li.search-hit').first().waitFor();
    expect(await page.inputValue('select[name="lang"]')).toBe('');
  });

  it('Hoa Binh on the Arabic search page: the province card, then its article, by keyboard alone', async () => {
    await page.goto(`${server.url}/ar/search/`);
    // Keyboard only: Tab to the page's search box, type, Enter.
    let focused = '';
    for (let i = 0; i < 15 && focused !== 'search-q'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('search-q');
    await page.keyboard.type('Hoa Binh');
    await page.keyboard.press('Enter');
    const card = page.locator('#search-results .search-place');
    await card.waitFor();
    // The card comes before the hits, names the province in Arabic, says where it went in 2025 and counts its articles.
    expect(await page.locator('#search-results > *').first().getAttribute('class')).toBe('search-place');
    expect(await card.locator('h2 a').textContent()).toBe('هوا بينه');
    expect(await card.locator('h2 a').getAttribute('href')).toBe('/ar/provinces/hoa-binh/');
    expect(await card.textContent()).toContain('جزء من فو تو منذ 2025');
    expect(await card.textContent()).toContain('مقال واحد');
    expect(
      await page
        .locator('#search-results li.search-hit')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-article'))),
    ).toEqual([hoaBinh]);
    // The card's link is reachable by Tab and leads to the province page.
    for (
      let i = 0;
      i < 20 && !(await page.evaluate(() => document.activeElement?.closest('.search-place') !== null));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/provinces\/hoa-binh\/$/);
  });

  it('a forgiving document query in Russian suggests the document; its link opens the document page', async () => {
    await page.goto(`${server.url}/ru/search/`);
    // Keyboard only: Tab to the page's search box, type, Enter; Tab to the suggestion, Enter.
    let focused = '';
    for (let i = 0; i < 15 && focused !== 'search-q'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('search-q');
    await page.keyboard.type('Резолюция 18');
    await page.keyboard.press('Enter');
    const suggestion = page.locator('#search-results .search-suggestions li[data-suggestion="18-nq-tw"]');
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toBe(
      '18-NQ/TW — Резолюция, Центральный комитет партии — цитируется в 1 статье',
    );
    expect(await suggestion.locator('bdi').getAttribute('dir')).toBe('ltr');
    // The citing article is listed below it.
    expect(await page.locator('#search-results li.search-hit').first().getAttribute('data-article')).toBe(ninhThuan);
    for (
      let i = 0;
      i < 25 && !(await page.evaluate(() => document.activeElement?.closest('[data-suggestion]') !== null));
      i++
    )
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/ru/documents/18-nq-tw/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ru\/documents\/18-nq-tw\/$/);
  });

  it('a number nobody cites shows a localized empty state', async () => {
    await page.goto(`${server.url}/de/search/?q=1770-KL%2FTW`);
    await page.locator('#search-results .search-document').waitFor();
    expect(await page.locator('#search-results li.search-hit').count()).toBe(0);
    expect(await page.locator('#search-results .search-document').textContent()).toContain('1770-KL/TW');
  });
});
