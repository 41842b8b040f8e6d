/**
 * npm run screenshots -- [--dist dist] [--out screenshots] [--width 1280,390] <site path>...
 *
 * Serves a built site on loopback and saves a screenshot of each path at each width, for a
 * reviewer to look at (the wide and phone layouts, right-to-left pages). Writes PNGs named after
 * the path and width into --out (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'screenshots' },
    width: { type: 'string', default: '1280,390' },
    full: { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error(
    'usage: npm run screenshots -- [--dist dist] [--out screenshots] [--width 1280,390] [--full] <site path>...',
  );
  process.exit(2);
}
const widths = values.width.split(',').map(Number);
mkdirSync(values.out, { recursive: true });
const server = await serveStatic(path.resolve(values.dist));
const browser = await launchChromium();
try {
  for (const sitePath of positionals) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 } });
      await page.goto(`${server.url}${sitePath}`);
      await page.waitForLoadState('networkidle');
      const file = path.join(
        values.out,
        `${sitePath.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`,
      );
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
