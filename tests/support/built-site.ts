/**
 * Reading the built site (dist/) in tests: list pages, parse a page's links and attributes.
 * The site tests run after `npm run build` (see the `test` script); a missing dist/ is an error.
 * A build written elsewhere (`SONG_SONG_OUT_DIR=/tmp/x npm run build`) is tested with the same
 * variable set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { decodeHTMLAttribute } from 'entities';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Every HTML file of the build, as site paths (`/en/articles/x/`, `/404.html`). */
export function builtPages(): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const relative = path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      return relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`;
    })
    .sort();
}

export function readPage(sitePath: string): string {
  const file = sitePath.endsWith('/') ? path.join(distDir, sitePath, 'index.html') : path.join(distDir, sitePath);
  return readFileSync(file, 'utf8');
}

export function pageExists(sitePath: string): boolean {
  const clean = sitePath.split('#')[0]!.split('?')[0]!;
  const file = clean.endsWith('/') ? path.join(distDir, clean, 'index.html') : path.join(distDir, clean);
  return existsSync(file);
}

/** All attribute values of one name on elements of one tag, in document order. */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const values: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`, 'i').exec(match[0]);
    if (value) values.push(decodeHTMLAttribute(value[1]!));
  }
  return values;
}
