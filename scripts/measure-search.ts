/**
 * Measures what a search costs a visitor, in headless Chromium against the built site (dist/)
 * served on loopback with gzip: bytes transferred (encoded, as on the wire) and the time from
 * its last keystroke (Enter) to the first rendered result, for a cold (empty cache) and a warm (same
 * page, second query) document-number search and word search. Prints one JSON line per case.
 *
 *   npm run build && npm run measure:search [-- --dist dist --lang en]
 */
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const dist = path.resolve(option('dist', 'dist'));
const lang = option('lang', 'en');
const documentQueries: [string, string] = [option('document', '204-QD/TW'), option('document2', '177-KL/TW')];
const wordQueries: [string, string] = [option('word', 'Provinz'), option('word2', 'committee')];

async function transferCounter(session: CDPSession) {
  let bytes = 0;
  let requests = 0;
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: false });
  session.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
    requests++;
  });
  return {
    reset: () => {
      bytes = 0;
      requests = 0;
    },
    read: () => ({ bytes, requests }),
  };
}

/** Types the query, then times from its last keystroke (Enter) to the first rendered result. */
async function timeToFirstResult(page: Page, box: string, query: string): Promise<number> {
  await page.fill(box, query);
  const t0 = performance.now();
  await page.press(box, 'Enter');
  await page.locator('#search-results li.search-hit').first().waitFor({ timeout: 30_000 });
  return Math.round(performance.now() - t0);
}

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const [kind, queries] of [
    ['document', documentQueries],
    ['word', wordQueries],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const counter = await transferCounter(await context.newCDPSession(page));
    // Cold: a visitor on a reading page submits the header search box; everything the search
    // page then loads counts (its HTML, CSS, script, lookup file or Pagefind files). The provinces
    // index: the home page has its own search box instead of the header's.
    await page.goto(`${server.url}/${lang}/provinces/`);
    await page.waitForLoadState('networkidle');
    counter.reset();
    const coldMs = await timeToFirstResult(page, '#site-search', queries[0]);
    await page.waitForLoadState('networkidle');
    console.log(JSON.stringify({ case: `cold ${kind} search`, query: queries[0], ms: coldMs, ...counter.read() }));
    // Warm: a second query on the search page, code and shared index files already loaded.
    counter.reset();
    await page.evaluate(() => document.querySelector('#search-results')?.replaceChildren());
    const warmMs = await timeToFirstResult(page, '#search-q', queries[1]);
    await page.waitForLoadState('networkidle');
    console.log(JSON.stringify({ case: `warm ${kind} search`, query: queries[1], ms: warmMs, ...counter.read() }));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
