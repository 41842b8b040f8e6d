/**
 * The compare view in Chromium, on the fixture site (tests/fixtures/compare-site: one article in
 * Vietnamese, English, German and Arabic; the German text has 2.530 where the others have 2,350).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser.ts';
import { fixtureDistDir, requireBuild } from '../support/built-site.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { checkTmxStructure, parseXml } from '../support/tmx.ts';

const article = 'to-cong-tac-so-2-lam-viec-voi-xa-chi-lang';
let server: StaticServer;
let browser: Browser;
let page: Page;

// The page's own location: history.replaceState and pushState are synchronous there, while Playwright's page.url()
// learns of a same-document navigation by an event that may arrive after the next line has run.
const pageHash = () => page.evaluate(() => location.hash);

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
      page
        .locator(`#p1 .compare-cell[data-lang="${lang}"] p`)
        .evaluate((p) => [
          p.closest('[dir]')!.getAttribute('dir'),
          getComputedStyle(p).direction,
          getComputedStyle(p).textAlign,
        ]);
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
    expect(await pageHash()).toBe('#p2');
  });

  it('stacks the columns by aligned paragraph on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/ar/compare/${article}/?v=en,ar`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    const [en1, ar1, en2] = [
      await top('#p1 [data-lang="en"]'),
      await top('#p1 [data-lang="ar"]'),
      await top('#p2 [data-lang="en"]'),
    ];
    // English paragraph 1, then its Arabic partner below it, then paragraph 2: not one whole text after the other.
    expect(en1).toBeLessThan(ar1);
    expect(ar1).toBeLessThan(en2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  it('shows the default pair without JavaScript, and the exports link the aligned files', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${server.url}/de/compare/${article}/`);
    expect(await visibleColumns(noScript)).toEqual(['vi', 'de']);
    const tmx = await noScript.getAttribute(
      '.exports li[data-a="vi"][data-b="de"] [data-level="paragraphs"] a[href$="-de.tmx"]',
      'href',
    );
    expect(tmx).toBe(`/data/aligned/${article}/vi-de.tmx`);
    const response = await noScript.request.get(`${server.url}${tmx}`);
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    expect(xml).toContain('<tuv xml:lang="vi">');
    expect(xml).toContain('<tuv xml:lang="de">');
    // The sentence switch works without script too (CSS), showing the sentence rows.
    await noScript.check('#mode-sentences');
    expect(await noScript.locator('#compare-sentences').isVisible()).toBe(true);
    expect(await noScript.locator('#compare').isVisible()).toBe(false);
    await context.close();
  });

  it('links the sentence and thresholded exports of every pair at the top of the page', async () => {
    await page.goto(`${server.url}/en/compare/${article}/`);
    const exportsTop = await page.locator('.exports').evaluate((el) => el.getBoundingClientRect().top);
    const gridTop = await page.locator('#compare').evaluate((el) => el.getBoundingClientRect().top);
    expect(exportsTop).toBeLessThan(gridTop);
    const links = page.locator('.exports li[data-a="en"][data-b="ar"] [data-level="sentences"] a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `/data/aligned/${article}/en-ar-sentences.tmx`,
      `/data/aligned/${article}/en-ar-sentences.tsv`,
    ]);
    const xml = await (await page.request.get(`${server.url}/data/aligned/${article}/en-ar-sentences.tmx`)).text();
    expect(xml).toContain('segtype="sentence"');
    expect(xml).toMatch(/<tu tuid="[^"]+#p\d+\.\d+">/);
    // Every published TMX of the page, both levels, all units and thresholded, follows the DTD's structure.
    const hrefs = await page
      .locator('.exports a[href$=".tmx"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const href of hrefs) {
      const { root, doctype } = parseXml(await (await page.request.get(`${server.url}${href}`)).text());
      expect(doctype).toBe('tmx SYSTEM "tmx14.dtd"');
      expect([href, checkTmxStructure(root)]).toEqual([href, []]);
    }
    const tsv = await (await page.request.get(`${server.url}/data/aligned/${article}/en-ar-sentences.tsv`)).text();
    expect(tsv.split('\n')[0]).toBe('row\ten\tar\tconfidence');

    // A file with only the units at or above the translator's threshold, built in the browser.
    await page.selectOption('#export-threshold select[name="pair"]', 'en-ar');
    await page.selectOption('#export-threshold select[name="level"]', 'sentences');
    await page.fill('#export-threshold input[name="min"]', '0.8');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-threshold button[value="tmx"]'),
    ]);
    expect(download.suggestedFilename()).toBe('en-ar-sentences-min80.tmx');
    const filtered = readFileSync((await download.path())!, 'utf8');
    const { root } = parseXml(filtered);
    expect(checkTmxStructure(root)).toEqual([]);
    const kept = [...filtered.matchAll(/x-alignment-confidence">([\d.]+)</g)].map((m) => Number(m[1]));
    const all = [...xml.matchAll(/x-alignment-confidence">([\d.]+)</g)].map((m) => Number(m[1]));
    expect(kept).toEqual(all.filter((c) => c >= 0.8));
  });
});

describe('sentence mode in Chromium', { timeout: 30_000 }, () => {
  const sentenceRow = (id: string) => page.locator(`[id="${id}"]`);

  it("switches to sentences and lights a sentence row's partners in every column", async () => {
    await page.goto(`${server.url}/en/compare/${article}/?v=vi,en,ar`);
    await page.check('#mode-sentences');
    await page.waitForURL(`${server.url}/en/compare/${article}/?v=vi,en,ar&mode=sentences`);
    expect(await page.locator('#compare').isVisible()).toBe(false);
    const ids = await page
      .locator('#compare-sentences .sentence-row:visible')
      .evaluateAll((rows) => rows.map((r) => r.id));
    expect(ids).toContain('p2.1');
    expect(ids).toContain('p2.2');
    const background = (id: string, lang: string) =>
      page
        .locator(`[id="${id}"] .compare-cell[data-lang="${lang}"] .sentence`)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    // Web fonts that arrive late move the rows: hover only once the layout has settled.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const plain = await background('p2.2', 'ar');
    await page.hover('[id="p2.2"] .compare-cell[data-lang="en"] .sentence');
    for (const lang of ['vi', 'en', 'ar']) await expect.poll(() => background('p2.2', lang)).not.toBe(plain);
    expect(await background('p2.1', 'ar')).toBe(plain);
    // Focus (keyboard) lights them too: the row's permalink is focusable.
    await page.mouse.move(0, 0);
    await page.focus('[id="p2.1"] a.row-number');
    expect(await background('p2.1', 'ar')).not.toBe(plain);
    // Back to paragraphs keeps the place: #p2.1 becomes #p2.
    await page.keyboard.press('j');
    expect(await pageHash()).toMatch(/^#p\d+\.\d+$/);
    await page.check('#mode-paragraphs');
    expect(await pageHash()).toMatch(/^#p\d+$/);
    expect(await page.locator('#compare').isVisible()).toBe(true);
  });

  it('opens #p2.2 in Arabic beside German; choice and fragment survive a change of UI language', async () => {
    await page.goto(`${server.url}/de/compare/${article}/?v=de,ar#p2.2`);
    expect(await page.isChecked('#mode-sentences')).toBe(true);
    const row = sentenceRow('p2.2');
    expect(await row.isVisible()).toBe(true);
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    const arabic = row.locator('.compare-cell[data-lang="ar"]');
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.locator('.sentence').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect((await arabic.textContent())!.trim()).not.toBe('');
    expect((await row.locator('.compare-cell[data-lang="de"]').textContent())!.trim()).not.toBe('');
    expect(await visibleColumns(page)).toEqual(['de', 'ar']);

    await page.click('a[data-switch-lang="en"]');
    await page.waitForURL(/\/en\/compare\//);
    const url = new URL(page.url());
    expect(url.searchParams.get('v')).toBe('de,ar');
    expect(url.searchParams.get('mode')).toBe('sentences');
    expect(url.hash).toBe('#p2.2');
    expect(await page.isChecked('#mode-sentences')).toBe(true);
    expect(await sentenceRow('p2.2').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await visibleColumns(page)).toEqual(['de', 'ar']);
  });

  it('keeps every document number on one line on a phone, in both modes', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const query of ['?v=vi,en,de,ar', '?v=vi,en,de,ar&mode=sentences']) {
      await page.goto(`${server.url}/ar/compare/${article}/${query}`);
      const lines = await page
        .locator('a.doc-number:visible')
        .evaluateAll((links) => links.map((a) => [a.textContent, a.getClientRects().length]));
      expect(lines.length).toBeGreaterThan(0);
      for (const [text, count] of lines) expect([text, count]).toEqual([text, 1]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
    }
  });
});
