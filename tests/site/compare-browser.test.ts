/**
 * The compare view in Chromium, on the fixture site (tests/fixtures/compare-site: one article in
 * Vietnamese, English, German and Arabic; the German text has 2.530 where the others have 2,350).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { fixtureDistDir, requireBuild } from '../support/built-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const article = 'to-cong-tac-so-2-lam-viec-voi-xa-chi-lang';
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireBuild(fixtureDistDir);
  server = await serveStatic(fixtureDistDir);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  await page.close();
});

/** Languages of the columns a reader sees in the header row, in screen order (left to right). */
async function visibleColumns(p: Page): Promise<string[]> {
  return p.locator('.compare-head .compare-cell').evaluateAll((cells) =>
    cells
      .filter((c) => (c as HTMLElement).offsetParent !== null)
      .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
      .map((c) => c.getAttribute('data-lang') ?? ''),
  );
}

describe('compare view in Chromium', { timeout: 30_000 }, () => {
  it('opens from an article, shows the default pair, and adds a language picked by the reader', async () => {
    await page.goto(`${server.url}/en/articles/${article}/`);
    await page.click('nav.lang-bar a.compare');
    await page.waitForURL(`${server.url}/en/compare/${article}/`);
    expect(await visibleColumns(page)).toEqual(['vi', 'en']);

    await page.check('#compare-form input[value="ar"]');
    await page.waitForURL(`${server.url}/en/compare/${article}/?v=vi,en,ar`);
    expect(await visibleColumns(page)).toEqual(['vi', 'en', 'ar']);
    await page.uncheck('#compare-form input[value="vi"]');
    await page.waitForURL(`${server.url}/en/compare/${article}/?v=en,ar`);
    expect(await visibleColumns(page)).toEqual(['en', 'ar']);

    // Each column keeps its own direction: English left to right, Arabic right to left.
    const direction = (lang: string) =>
      page.locator(`#p1 .compare-cell[data-lang="${lang}"] p`).evaluate((p) => [p.closest('[dir]')!.getAttribute('dir'), getComputedStyle(p).direction, getComputedStyle(p).textAlign]);
    expect(await direction('en')).toEqual(['ltr', 'ltr', 'start']);
    expect(await direction('ar')).toEqual(['rtl', 'rtl', 'start']);
    expect(await page.getAttribute('#p1 .compare-cell[data-lang="ar"]', 'lang')).toBe('ar');

    // Back restores the previous choice.
    await page.goBack();
    await page.waitForURL(`${server.url}/en/compare/${article}/?v=vi,en,ar`);
    expect(await visibleColumns(page)).toEqual(['vi', 'en', 'ar']);
  });

  it('follows a paragraph permalink to the same row in every column', async () => {
    await page.goto(`${server.url}/de/compare/${article}/?v=de,ar#p3`);
    const row = page.locator('#p3');
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    // Row 3 holds the same paragraph in both languages: the one citing Regulation 204-QĐ/TW.
    const german = page.locator('#p3 .compare-cell[data-lang="de"] a.doc-number');
    const arabic = page.locator('#p3 .compare-cell[data-lang="ar"] a.doc-number');
    expect(await german.textContent()).toBe('204-QĐ/TW');
    expect(await arabic.textContent()).toBe('204-QĐ/TW');
    expect(await arabic.getAttribute('href')).toBe('/de/documents/204-qd-tw/');
    // Inside Arabic text the number stays one left-to-right run, read in its own order.
    expect(await arabic.evaluate((a) => getComputedStyle(a).direction)).toBe('ltr');
    const xs = await arabic.evaluate((a) => {
      const range = document.createRange();
      const text = a.firstChild!;
      return [0, 4, 7].map((i) => {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      });
    });
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    // The row number is the permalink.
    expect(await page.getAttribute('#p3 a.row-number', 'href')).toBe('#p3');
  });

  it('marks the row where a number differs, for the pairs shown', async () => {
    await page.goto(`${server.url}/en/compare/${article}/?v=en,de`);
    const differences = page.locator('#p2 .row-differences[data-a="en"][data-b="de"]');
    expect(await differences.isVisible()).toBe(true);
    expect(await differences.textContent()).toContain('2350');
    expect(await differences.textContent()).toContain('2530');
    expect(await page.locator('.consistency li[data-a="en"][data-b="de"]').getAttribute('data-differences')).toBe('1');
    // English and Arabic agree: nothing is marked when only they are shown.
    await page.goto(`${server.url}/en/compare/${article}/?v=en,ar`);
    expect(await page.locator('.row-differences:visible').count()).toBe(0);
  });

  it('highlights the partner on hover and moves row by row with j and k', async () => {
    await page.goto(`${server.url}/en/compare/${article}/?v=en,ar`);
    const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await background('p1');
    await page.hover('#p1 .compare-cell[data-lang="en"] p');
    // The whole aligned row lights up, so the Arabic partner is highlighted with the English paragraph.
    expect(await background('p1')).not.toBe(plain);
    expect(await background('p2')).toBe(plain);

    await page.mouse.move(0, 0);
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p1');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p3');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p2');
    expect(new URL(page.url()).hash).toBe('#p2');
  });

  it('stacks the columns by aligned paragraph on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/ar/compare/${article}/?v=en,ar`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    const [en1, ar1, en2] = [await top('#p1 [data-lang="en"]'), await top('#p1 [data-lang="ar"]'), await top('#p2 [data-lang="en"]')];
    // English paragraph 1, then its Arabic partner below it, then paragraph 2: not one whole text after the other.
    expect(en1).toBeLessThan(ar1);
    expect(ar1).toBeLessThan(en2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it('shows the default pair without JavaScript, and the exports link the aligned files', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${server.url}/de/compare/${article}/`);
    expect(await visibleColumns(noScript)).toEqual(['vi', 'de']);
    const tmx = await noScript.getAttribute('.exports li[data-a="vi"][data-b="de"] a[href$=".tmx"]', 'href');
    expect(tmx).toBe(`/data/aligned/${article}/vi-de.tmx`);
    const response = await noScript.request.get(`${server.url}${tmx}`);
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    expect(xml).toContain('<tuv xml:lang="vi">');
    expect(xml).toContain('<tuv xml:lang="de">');
    await context.close();
  });
});
