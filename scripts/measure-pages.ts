/**
 * Measures what reading pages cost a visitor, in headless Chromium against a built site served on
 * loopback with gzip: bytes transferred for the home page and an article page (empty cache), the
 * JavaScript and the web fonts each loads (requests and bytes; fonts are loaded by the characters
 * a page shows: try --lang vi and --lang ar), and the cumulative layout shift while loading.
 * Prints one JSON line per page.
 *
 *   npm run build && npm run measure:pages [-- --dist dist --lang en --article <id>]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const dist = path.resolve(option('dist', 'dist'));
const lang = option('lang', 'en');
const article = option('article', readdirSync(path.join(dist, lang, 'articles')).sort()[0] ?? '');

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const [name, sitePath] of [
    ['home page', `/${lang}/`],
    ['article page', `/${lang}/articles/${article}/`],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    let scriptBytes = 0;
    let scripts = 0;
    let fontBytes = 0;
    let fonts = 0;
    const types = new Map<string, string>();
    session.on(
      'Network.responseReceived',
      (event: { requestId: string; type: string }) => void types.set(event.requestId, event.type),
    );
    session.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      requests++;
      if (types.get(event.requestId) === 'Script') {
        scripts++;
        scriptBytes += event.encodedDataLength;
      }
      if (types.get(event.requestId) === 'Font') {
        fonts++;
        fontBytes += event.encodedDataLength;
      }
    });
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const response = await page.goto(`${server.url}${sitePath}`);
    if (!response?.ok()) throw new Error(`${sitePath}: HTTP ${response?.status()}`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.log(
      JSON.stringify({
        case: name,
        path: sitePath,
        bytes,
        requests,
        scripts,
        scriptBytes,
        fonts,
        fontBytes,
        cumulativeLayoutShift: Math.round(cls * 1000) / 1000,
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
