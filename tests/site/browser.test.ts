/**
 * Reader journeys in Chromium against the built site served on loopback.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser.ts';
import { distDir, requireBuild } from '../support/built-site.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const phuTho = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
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

describe('in Chromium', { timeout: 30_000 }, () => {
  it('keeps English chrome for a Russian-only article opened from English, offering the Russian text', async () => {
    const hoaBinh = 'hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap';
    await page.goto(`${server.url}/en/provinces/phu-tho/`);
    await page.click(`main a[href="/en/articles/${hoaBinh}/"]`);
    await page.waitForURL(`${server.url}/en/articles/${hoaBinh}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.site-nav').textContent()).toContain('Provinces');
    expect(await page.locator('[data-version-notice]').innerText()).toContain(
      'Not available in English. Shown: Русский.',
    );
    expect(await page.locator('.prose').getAttribute('lang')).toBe('ru');
    // One click to the same article under any other interface language.
    await page.click(`footer a[data-switch-lang="de"]`);
    await page.waitForURL(`${server.url}/de/articles/${hoaBinh}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
  });

  it('keeps the query and the fragment when switching language on a comparison', async () => {
    await page.goto(`${server.url}/en/compare/${phuTho}/?v=de,en#p5`);
    const link = page.locator('footer a[data-switch-lang="vi"]');
    expect(await link.getAttribute('href')).toBe(`/vi/compare/${phuTho}/?v=de,en#p5`);
    await link.click();
    await page.waitForURL(`${server.url}/vi/compare/${phuTho}/?v=de,en#p5`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('switches language from an article through the language bar', async () => {
    await page.goto(`${server.url}/de/articles/${phuTho}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.click('nav.lang-bar a[data-version="en"]');
    await page.waitForURL(`${server.url}/en/articles/${phuTho}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('nav.lang-bar [aria-current="page"]').textContent()).toBe('English');
    expect(await page.locator('nav.lang-bar [data-missing]').count()).toBe(3);
  });

  it('opens a document page from the Arabic article: right-to-left, the number isolated and readable', async () => {
    await page.goto(`${server.url}/ar/articles/${ninhThuan}/`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const link = page.locator('.prose a.doc-number', { hasText: '18-NQ/TW' });
    expect(await link.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await link.click();
    await page.waitForURL(`${server.url}/ar/documents/18-nq-tw/`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
    // The number is rendered as one left-to-right run: its characters appear in logical order
    // from left to right on screen.
    const order = await page
      .locator('main mark', { hasText: '18-NQ/TW' })
      .first()
      .evaluate((mark) => {
        const range = document.createRange();
        const text = mark.firstChild!;
        const xs: number[] = [];
        for (let i = 0; i < (text.textContent ?? '').length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          xs.push(range.getBoundingClientRect().left);
        }
        return xs;
      });
    expect(order.length).toBe('18-NQ/TW'.length);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await page.locator('h1').textContent()).toContain('18-NQ/TW');
  });

  it('redirects a former province to its current one and says so', async () => {
    await page.goto(`${server.url}/en/provinces/hoa-binh/`);
    await page.waitForURL(`${server.url}/en/provinces/phu-tho/#hoa-binh`);
    const section = page.locator('section#hoa-binh');
    expect(await section.locator('[data-merged-into="phu-tho"]').textContent()).toMatch(/Hoa Binh.*Phu Tho/);
    expect(await section.locator('a[hreflang="ru"]').count()).toBeGreaterThan(0);
  });

  it('sends / to the visitor’s language', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const russian = await context.newPage();
    await russian.goto(`${server.url}/`);
    await russian.waitForURL(`${server.url}/ru/`);
    expect(await russian.getAttribute('html', 'lang')).toBe('ru');
    await context.close();
  });
});
