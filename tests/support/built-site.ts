/**
 * Reading the built site (dist/) in tests: list pages, read a page as text or parsed as the gates
 * parse it (tools/gates/site-files.ts; query it with tools/gates/page-query.ts).
 * The site tests run after `npm run build` (see the `test` script); a missing dist/ is an error.
 * A build written elsewhere (`SONG_SONG_OUT_DIR=/tmp/x npm run build`) is tested with the same
 * variable set.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPages, parseHtml, type ParsedPage } from '../../tools/gates/site-files.ts';

/** The built site, with a trailing separator: SONG_SONG_OUT_DIR (as astro.config.mjs reads it), else dist/. */
export const distDir = process.env.SONG_SONG_OUT_DIR
  ? path.join(path.resolve(process.env.SONG_SONG_OUT_DIR), path.sep)
  : fileURLToPath(new URL('../../dist/', import.meta.url));
/** The small site built from tests/fixtures/compare-site/ (npm run build:fixture-site). */
export const fixtureDistDir = fileURLToPath(new URL('../../dist-fixture/', import.meta.url));

export function requireBuild(dir: string = distDir): void {
  if (!existsSync(path.join(dir, 'index.html'))) {
    const command = dir === fixtureDistDir ? 'npm run build:fixture-site' : 'npm run build';
    throw new Error(`no build in ${dir}: run \`${command}\` first (npm test does)`);
  }
}

/** Every HTML file of the build, as site paths (`/en/articles/x/`, `/404.html`), sorted. */
export function builtPages(): string[] {
  return htmlPages(distDir)
    .map((p) => p.sitePath)
    .sort();
}

export function readPage(sitePath: string, dir: string = distDir): string {
  const file = sitePath.endsWith('/') ? path.join(dir, sitePath, 'index.html') : path.join(dir, sitePath);
  return readFileSync(file, 'utf8');
}

/** A built page parsed as the gates parse it (of dist/, or of another build such as the fixture site's). */
export function parsedPage(sitePath: string, dir: string = distDir): ParsedPage {
  return parseHtml(sitePath, readPage(sitePath, dir));
}

export function pageExists(sitePath: string): boolean {
  const clean = sitePath.split('#')[0]!.split('?')[0]!;
  const file = clean.endsWith('/') ? path.join(distDir, clean, 'index.html') : path.join(distDir, clean);
  return existsSync(file);
}
