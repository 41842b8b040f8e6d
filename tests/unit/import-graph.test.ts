/**
 * One import direction. Walks the import graph of the project's modules (`.ts` and `.astro` files
 * under src/, scripts/, tests/ and tools/: static imports and re-exports, `import type` included,
 * and `import()` with a string literal) and checks:
 *
 * - no cycle anywhere in the graph (in particular none through `src/content.config.ts`, which only
 *   wires the articles collection: the loader and the schema come from `src/lib/`);
 * - `src/lib/` imports nothing from Astro (`astro`, `astro/…`, `astro:…`) and no project file
 *   outside `src/lib/` but the data files listed in LIB_MAY_READ;
 * - `scripts/` (entry points: the commands of package.json) and `tests/` do not import each other.
 *   Tooling both need lives in `tools/` (the gates' checks and the page parser, the browser
 *   launcher, the static server for a built site, the generated alignment corpus), which imports
 *   neither; `tests/support/` is for the tests only. A test may still run a script as a subprocess.
 * - `src/` imports nothing from `scripts/`, `tests/` or `tools/`.
 *
 * The scanner is a few regular expressions, not a parser: an import statement must start its line
 * (as every formatter writes it), so examples in comments (` * import …`) are not read as imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'scripts', 'tests', 'tools'];
const MODULE_EXTENSIONS = ['.ts', '.astro'];
/** Tried in order for a relative specifier that names no file as written. */
const RESOLVE_SUFFIXES = ['', '.ts', '.astro', '.json', '/index.ts'];
/** Project files outside src/lib/ that src/lib/ may import: data, not code. */
const LIB_MAY_READ = [/^src\/ui-strings\/[a-z]{2}\.json$/];

/** Static imports, re-exports and side-effect imports; `import()` with a string literal. */
const STATIC_IMPORT = /^[ \t]*(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s*)?['"]([^'"\n]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

function walk(folder: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(path.join(root, folder));
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) continue;
    const rel = `${folder}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...walk(rel));
    else if (MODULE_EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

function isFile(rel: string): boolean {
  try {
    return statSync(path.join(root, rel)).isFile();
  } catch {
    return false;
  }
}

interface Edge {
  /** The specifier as written. */
  specifier: string;
  /** Project-relative path of the file it names, for a relative specifier. */
  file?: string;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((m) => m[1] as string);
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return { specifier };
    const base = path.posix.join(path.posix.dirname(file), specifier.replace(/\?.*$/, ''));
    const resolved = RESOLVE_SUFFIXES.map((suffix) => base + suffix).find(isFile);
    return { specifier, file: resolved ?? base };
  });
}

const modules = FOLDERS.flatMap(walk);
const graph = new Map(modules.map((file) => [file, importsOf(file)]));

/** Every cycle found by a depth-first walk, each as the list of its files. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const edge of graph.get(file) ?? []) {
      if (!edge.file || !graph.has(edge.file)) continue;
      const seen = state.get(edge.file);
      if (seen === 'open') found.push([...stack.slice(stack.indexOf(edge.file)), edge.file]);
      else if (seen === undefined) visit(edge.file);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of modules) if (!state.has(file)) visit(file);
  return found;
}

const topFolder = (file: string) => file.split('/')[0];

function edgesWhere(from: (file: string) => boolean, bad: (edge: Edge) => boolean): string[] {
  return [...graph]
    .filter(([file]) => from(file))
    .flatMap(([file, edges]) => edges.filter(bad).map((e) => `${file} → ${e.file ?? e.specifier}`));
}

describe('import graph', () => {
  it('finds the modules and their imports', () => {
    expect(modules).toContain('src/content.config.ts');
    expect(graph.get('src/content.config.ts')?.some((e) => e.file?.startsWith('src/lib/'))).toBe(true);
    expect(modules.filter((f) => f.startsWith('src/lib/')).length).toBeGreaterThan(50);
    // Every relative import names a file that exists.
    const unresolved = [...graph].flatMap(([file, edges]) =>
      edges.filter((e) => e.file && !isFile(e.file)).map((e) => `${file} → ${e.specifier}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('has no cycle', () => {
    expect(cycles().map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('src/lib/ imports nothing from Astro and no project file outside src/lib/ but data files', () => {
    const lib = (file: string) => file.startsWith('src/lib/');
    const astro = edgesWhere(lib, (e) => !e.file && /^astro(?:$|[:/])/.test(e.specifier));
    expect(astro).toEqual([]);
    const outside = edgesWhere(
      lib,
      (e) => !!e.file && !lib(e.file) && !LIB_MAY_READ.some((allowed) => allowed.test(e.file as string)),
    );
    expect(outside).toEqual([]);
  });

  it('scripts/ and tests/ do not import each other; tools/ imports neither; src/ none of the three', () => {
    const crossing = (from: string, to: string[]) =>
      edgesWhere(
        (file) => topFolder(file) === from,
        (e) => !!e.file && to.includes(topFolder(e.file) as string),
      );
    expect(crossing('scripts', ['tests'])).toEqual([]);
    expect(crossing('tests', ['scripts'])).toEqual([]);
    expect(crossing('tools', ['scripts', 'tests'])).toEqual([]);
    expect(crossing('src', ['scripts', 'tests', 'tools'])).toEqual([]);
  });
});
