/**
 * The articles collection's loader (src/collections/article-loader.ts) driven through the Loader API
 * with an in-memory store that behaves like Astro's (a set with the stored digest is refused, file
 * paths are relative to the root) and a watcher standing in for the dev server's: an unchanged
 * file is neither parsed nor validated again, a changed one is, entries of deleted files go, and
 * in dev an added, edited or deleted file reloads alone.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleVersionsLoader } from '../../src/collections/article-loader.ts';
import { articleVersionSchema } from '../../src/lib/corpus/article-version-schema.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const BAC_NINH = 'bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy';
const PHU_THO = 'trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu';
const COMMITTED = [`${BAC_NINH}/ar.md`, `${PHU_THO}/de.md`, `${PHU_THO}/en.md`];

type Entry = ReturnType<DataStore['get']>;

/** A Map-backed DataStore with the rules of Astro's scoped store that the loader meets. */
function memoryStore(): DataStore {
  const entries = new Map<string, NonNullable<Entry>>();
  return {
    get: ((key: string) => entries.get(key)) as DataStore['get'],
    entries: () => [...entries],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    set: (entry) => {
      if (entry.filePath?.startsWith('/'))
        throw new Error(`File path must be relative to the site root. Got: ${entry.filePath}`);
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry as NonNullable<Entry>);
      return true;
    },
    delete: (key) => void entries.delete(key),
    clear: () => entries.clear(),
    has: (key) => entries.has(key),
    addModuleImport: () => {},
  };
}

/** The part of Vite's watcher the loader uses; `fire` runs the handlers and waits for them. */
class FakeWatcher {
  readonly added: string[] = [];
  readonly #handlers = new Map<string, ((changedPath: string) => unknown)[]>();
  add(watched: string): this {
    this.added.push(watched);
    return this;
  }
  on(event: string, handler: (changedPath: string) => unknown): this {
    this.#handlers.set(event, [...(this.#handlers.get(event) ?? []), handler]);
    return this;
  }
  async fire(event: 'add' | 'change' | 'unlink', changedPath: string): Promise<void> {
    for (const handler of this.#handlers.get(event) ?? []) await handler(changedPath);
  }
}

let root: string;
let folder: string;
let store: DataStore;
/** The ids parseData (Astro's schema validation) was called for, in order. */
let parsed: string[];
let logged: string[];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'song-song-loader-'));
  folder = path.join(root, 'articles');
  for (const file of COMMITTED) {
    mkdirSync(path.join(folder, path.dirname(file)), { recursive: true });
    cpSync(path.join(repo, 'content/articles', file), path.join(folder, file));
  }
  store = memoryStore();
  parsed = [];
  logged = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function context(watcher?: FakeWatcher): LoaderContext {
  const log = (level: string) => (message: string) => void logged.push(`${level}: ${message}`);
  return {
    collection: 'articles',
    store,
    meta: new Map<string, string>(),
    logger: {
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      debug: log('debug'),
    } as unknown as LoaderContext['logger'],
    config: { root: pathToFileURL(`${root}/`) } as LoaderContext['config'],
    parseData: async ({ id, data }) => {
      parsed.push(id);
      return articleVersionSchema.parse(data) as unknown as typeof data;
    },
    renderMarkdown: () => Promise.reject(new Error('the loader renders nothing')),
    generateDigest: (data) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    ...(watcher ? { watcher: watcher as unknown as LoaderContext['watcher'] } : {}),
  };
}

const load = (watcher?: FakeWatcher): Promise<void> => articleVersionsLoader('articles').load(context(watcher));

/** Rewrites the byline of a copied content file. */
function editByline(file: string, byline: string): void {
  const filePath = path.join(folder, file);
  const text = readFileSync(filePath, 'utf8');
  writeFileSync(filePath, text.replace(/^byline: .*$/m, `byline: ${byline}`));
}

describe('article loader', () => {
  it('parses every file on the first load and stores data, digest and root-relative path', async () => {
    await load();
    expect(parsed).toEqual([`${BAC_NINH}/ar`, `${PHU_THO}/de`, `${PHU_THO}/en`]);
    expect(store.keys()).toEqual([`${BAC_NINH}/ar`, `${PHU_THO}/de`, `${PHU_THO}/en`]);
    const entry = store.get(`${PHU_THO}/en`)!;
    expect(entry.filePath).toBe(`articles/${PHU_THO}/en.md`);
    expect(entry.digest).toBe(
      createHash('sha256')
        .update(readFileSync(path.join(folder, PHU_THO, 'en.md'), 'utf8'))
        .digest('hex'),
    );
    expect(entry.data).toMatchObject({ article: PHU_THO, lang: 'en', byline: 'Van Lang' });
    expect(entry.body).toBeUndefined();
  });

  it('keeps unchanged entries as they are and parses only the changed file', async () => {
    await load();
    const before = new Map(store.entries());
    parsed = [];
    await load();
    expect(parsed).toEqual([]);
    for (const [id, entry] of store.entries()) expect(entry).toBe(before.get(id));

    editByline(`${PHU_THO}/de.md`, 'Redaktion');
    await load();
    expect(parsed).toEqual([`${PHU_THO}/de`]);
    expect(store.get(`${PHU_THO}/de`)!.data).toMatchObject({ byline: 'Redaktion' });
    expect(store.get(`${PHU_THO}/de`)!.digest).not.toBe(before.get(`${PHU_THO}/de`)!.digest);
    expect(store.get(`${PHU_THO}/en`)).toBe(before.get(`${PHU_THO}/en`));
    expect(store.get(`${BAC_NINH}/ar`)).toBe(before.get(`${BAC_NINH}/ar`));
  });

  it('removes the entries whose files are gone', async () => {
    await load();
    rmSync(path.join(folder, BAC_NINH), { recursive: true });
    parsed = [];
    await load();
    expect(parsed).toEqual([]);
    expect(store.keys()).toEqual([`${PHU_THO}/de`, `${PHU_THO}/en`]);
  });

  it('in dev, watches the content folder and reloads just the file added, edited or deleted', async () => {
    const watcher = new FakeWatcher();
    await load(watcher);
    expect(watcher.added).toEqual([folder]);
    const before = new Map(store.entries());
    parsed = [];

    await watcher.fire('change', path.join(folder, PHU_THO, 'en.md'));
    expect(parsed).toEqual([]);
    expect(store.get(`${PHU_THO}/en`)).toBe(before.get(`${PHU_THO}/en`));

    editByline(`${PHU_THO}/en.md`, 'Van Lang (edited)');
    await watcher.fire('change', path.join(folder, PHU_THO, 'en.md'));
    expect(parsed).toEqual([`${PHU_THO}/en`]);
    expect(store.get(`${PHU_THO}/en`)!.data).toMatchObject({ byline: 'Van Lang (edited)' });
    expect(store.get(`${PHU_THO}/de`)).toBe(before.get(`${PHU_THO}/de`));

    // Editors' temporary files, other files and files outside <article>/<lang>.md are not content.
    for (const other of [
      path.join(folder, PHU_THO, '.en.md.swp'),
      path.join(folder, PHU_THO, 'notes.txt'),
      path.join(folder, 'stray.md'),
      path.join(root, 'README.md'),
    ]) {
      writeFileSync(other, '');
      await watcher.fire('add', other);
      await watcher.fire('change', other);
      await watcher.fire('unlink', other);
    }
    expect(parsed).toEqual([`${PHU_THO}/en`]);

    cpSync(path.join(folder, PHU_THO, 'de.md'), path.join(folder, BAC_NINH, 'de.md'));
    await watcher.fire('add', path.join(folder, BAC_NINH, 'de.md'));
    expect(parsed).toEqual([`${PHU_THO}/en`, `${BAC_NINH}/de`]);
    expect(store.get(`${BAC_NINH}/de`)!.filePath).toBe(`articles/${BAC_NINH}/de.md`);

    rmSync(path.join(folder, BAC_NINH, 'ar.md'));
    await watcher.fire('unlink', path.join(folder, BAC_NINH, 'ar.md'));
    expect(store.keys()).toEqual([`${PHU_THO}/de`, `${PHU_THO}/en`, `${BAC_NINH}/de`]);
    expect(logged).toEqual([`info: Reloaded ${PHU_THO}/en.md`, `info: Reloaded ${BAC_NINH}/de.md`]);
  });

  it('in dev, keeps the last valid data of a file edited into an invalid one and says why', async () => {
    const watcher = new FakeWatcher();
    await load(watcher);
    const before = store.get(`${PHU_THO}/en`);
    writeFileSync(path.join(folder, PHU_THO, 'en.md'), 'No frontmatter yet\n');
    await watcher.fire('change', path.join(folder, PHU_THO, 'en.md'));
    expect(store.get(`${PHU_THO}/en`)).toBe(before);
    expect(logged).toEqual([
      `error: Failed to reload ${PHU_THO}/en.md: ${path.join(folder, PHU_THO, 'en.md')}: no YAML frontmatter`,
    ]);
  });
});
