/**
 * Where the project's own data files live. Scripts, tests and the Astro build all run with the
 * project root as working directory; we still look upward for package.json so a script started
 * from a subfolder finds the same files. (import.meta.url is useless here: Astro bundles modules
 * into dist/ chunks, so file-relative paths would break at build time.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cachedRoot: string | undefined;

export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = process.cwd();
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'song-song') {
      cachedRoot = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Song Song project root not found above ${process.cwd()}`);
    dir = parent;
  }
}

/** Path of a data table in src/data/ (provinces-2025.tsv, outlets.tsv). */
export function dataFile(name: string): string {
  return path.join(projectRoot(), 'src', 'data', name);
}

/** Parse a TSV table: lines starting with # are comments, the first other line is the header. */
export function readTsv(file: string): Record<string, string>[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = lines.shift();
  if (!header) throw new Error(`${file}: no header line`);
  const columns = header.split('\t');
  return lines.map((line, index) => {
    const cells = line.split('\t');
    if (cells.length > columns.length) {
      throw new Error(`${file}: row ${index + 1} has ${cells.length} cells, header has ${columns.length}`);
    }
    return Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()]));
  });
}
