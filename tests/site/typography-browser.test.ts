/**
 * Typography and direction in Chromium, on the fixture site (it has a Vietnamese and an Arabic
 * version of one article, and Vietnamese text with "Kết luận số"): the shipped web fonts render
 * Vietnamese and Arabic (a stock Linux machine would draw them in DejaVu Sans, Vietnamese with
 * detached diacritics), a document number copied from an Arabic page is exactly the number, and
 * the phone layout keeps the search box single, the filters folded and the pills in line.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser.ts';
import { fixtureDistDir, requireBuild } from '../support/built-site.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const article = 'to-cong-tac-so-2-lam-viec-voi-xa-chi-lang';
const hostile = 'hostile-text-for-the-quality-gates';
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

let server: StaticServer;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  requireBuild(fixtureDistDir);
  server = await serveStatic(fixtureDistDir);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

/** A fresh page (empty cache) at `width`, recording the font files it downloads. */
async function open(sitePath: string, width = 1280): Promise<{ page: Page; fonts: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
  const page = await context.newPage();
  pages.push(page);
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${server.url}${sitePath}`);
  await page.evaluate(() => document.fonts.ready);
  return { page, fonts };
}

/** The fonts Chromium actually drew a node's text with (DevTools protocol), by family. */
async function fontsDrawing(
  page: Page,
  selector: string,
): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** Loaded font faces of a family, with their unicode ranges. */
const loadedFaces = (page: Page, family: string) =>
  page.evaluate(
    (family) =>
      [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded')
        .map((f) => ({ range: f.unicodeRange, weight: f.weight })),
    family,
  );

describe('web fonts in Chromium', { timeout: 30_000 }, () => {
  it('draws Vietnamese with the shipped Noto Sans, loading its Vietnamese subset, woff2 only', async () => {
    const { page, fonts } = await open(`/vi/articles/${hostile}/`);
    const body = await fontsDrawing(page, '.prose p');
    expect(body.map((f) => [f.familyName, f.isCustomFont])).toEqual([['Noto Sans', true]]);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans"', 'Kết luận số'))).toBe(true);
    const faces = await loadedFaces(page, 'Noto Sans');
    expect(faces.some((f) => f.range.includes('U+1EA0-1EF9') && f.weight === '400')).toBe(true);
    // Files from the site, fingerprinted; the 55 KB latin-ext subset is never needed for Vietnamese.
    expect(fonts.length).toBeGreaterThan(0);
    for (const file of fonts)
      expect(file).toMatch(/^\/_astro\/noto-sans-(latin|vietnamese)-(400|700)-normal\.[\w-]+\.woff2$/);
  });

  it('draws Arabic with Noto Naskh Arabic, the digits and Latin codes among it with Noto Sans', async () => {
    const { page, fonts } = await open(`/ar/articles/${article}/`);
    const body = await fontsDrawing(page, '.prose p');
    expect(body.filter((f) => !f.isCustomFont)).toEqual([]);
    expect(body.map((f) => f.familyName).sort()).toEqual(['Noto Naskh Arabic', 'Noto Sans']);
    const arabic = body.find((f) => f.familyName === 'Noto Naskh Arabic')!;
    expect(arabic.glyphCount).toBeGreaterThan(100);
    expect(await loadedFaces(page, 'Noto Naskh Arabic')).toHaveLength(1);
    expect(fonts.filter((f) => f.includes('naskh'))).toHaveLength(1);
  });

  it('does not download a script’s font for one language name in the language bar or footer', async () => {
    const { page, fonts } = await open(`/en/articles/${article}/`);
    expect(fonts.filter((f) => /naskh|cyrillic/.test(f))).toEqual([]);
    // The Arabic name is drawn anyway (by a system font).
    expect(await page.locator('.site-footer a[lang="ar"]').isVisible()).toBe(true);
  });
});

describe('document numbers copied from Arabic pages', { timeout: 30_000 }, () => {
  /** What a reader gets by selecting `locator`'s whole text (mouse drag or triple click). */
  const copied = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      });

  it("a document page's heading: the number is exactly 204-QĐ/TW, with no invisible characters", async () => {
    const { page } = await open('/ar/documents/204-qd-tw/');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await copied(page, 'h1 bdi')).toBe('204-QĐ/TW');
    const heading = await copied(page, 'h1');
    expect(heading).toContain('204-QĐ/TW');
    expect(heading).not.toMatch(BIDI_CONTROLS);
    expect(await copied(page, 'main')).not.toMatch(BIDI_CONTROLS);
    // Shown in logical order, left to right, on one line.
    expect(
      await page.locator('h1 bdi').evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).whiteSpace]),
    ).toEqual(['ltr', 'nowrap']);
  });

  it('a number in an Arabic article, and the whole page', async () => {
    const { page } = await open(`/ar/articles/${article}/`);
    expect(await copied(page, '.prose a.doc-number')).toBe('204-QĐ/TW');
    expect(await copied(page, 'body')).not.toMatch(BIDI_CONTROLS);
  });

  it('the search hint of the Arabic search page keeps its example number in order, as markup', async () => {
    const { page } = await open('/ar/search/');
    expect(await copied(page, '#search-status bdi')).toBe('204-QĐ/TW');
    expect(await copied(page, '#search-status')).not.toMatch(BIDI_CONTROLS);
  });
});

describe('layout', { timeout: 30_000 }, () => {
  it('one search box on the home page, with the example in visible text', async () => {
    const { page } = await open('/vi/', 390);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('#home-search-hint').textContent()).toContain('204-QĐ/TW');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    // The example number is one run on one line, never broken at its hyphen.
    const number = page.locator('#home-search-hint bdi.code');
    expect(await number.textContent()).toBe('204-QĐ/TW');
    expect(await number.evaluate((el) => el.getClientRects().length)).toBe(1);
  });

  it('the search page prefills the header box; filters fold on a phone, open on a wide screen', async () => {
    const phone = (await open('/en/search/?q=204-QĐ/TW', 390)).page;
    await phone.locator('#search-results .search-document').first().waitFor();
    expect(await phone.inputValue('#site-search')).toBe('204-QĐ/TW');
    expect(await phone.locator('details.search-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const filtered = (await open('/en/search/?q=204-QĐ/TW&lang=de', 390)).page;
    expect(await filtered.locator('details.search-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const wide = (await open('/en/search/', 1280)).page;
    expect(await wide.locator('details.search-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await wide.locator('details.search-fold > summary').isVisible()).toBe(false);
    expect(await wide.locator('select[name="province"]').isVisible()).toBe(true);
  });

  it('arrows point the reading direction', async () => {
    const ar = (await open('/ar/search/')).page;
    const former = ar.locator('select[name="province"] option[value="Hòa Bình"]');
    expect(await former.textContent()).toContain(' ← ');
    const en = (await open('/en/search/')).page;
    expect(await en.locator('select[name="province"] option[value="Hòa Bình"]').textContent()).toContain(' → ');
  });

  it('the compare pill sits on the line of the language pills', async () => {
    for (const lang of ['en', 'ar']) {
      const { page } = await open(`/${lang}/articles/${article}/`);
      const tops = await page
        .locator('nav.lang-bar li > *')
        .evaluateAll((pills) => pills.map((p) => Math.round(p.getBoundingClientRect().top)));
      expect(new Set(tops).size, `${lang}: ${tops.join(', ')}`).toBe(1);
    }
  });
});
