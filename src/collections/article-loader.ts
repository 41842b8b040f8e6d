/**
 * The content loader of the articles collection: reads `<folder>/<article>/<lang>.md`, validates
 * the frontmatter with the collection's schema and stores the data only. Astro's glob loader also
 * stores every body and its rendered HTML in the content store, which Astro serializes as one
 * string: at 50,000 versions that string exceeds what V8 allows ("Invalid string length") and the
 * build dies. Bodies stay on disk; the corpus reads them (collections/corpus.ts) and article pages render
 * them with the same unified pipeline (lib/markdown/article-plugins.ts).
 *
 * Like the glob loader it replaces, it keeps an entry whose file text has not changed (same
 * digest), drops entries whose files are gone and, under `astro dev`, reloads a file when it is
 * added, edited or deleted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentFileAt, listContentFiles, type ContentFile } from '../lib/corpus/content-files.ts';
import { splitContentFile } from '../lib/corpus/load-content.ts';
import { detachedCopy } from '../lib/text/detached-copy.ts';

/** The collection's id of a version: `<article>/<lang>`. */
const idOf = (file: ContentFile): string => `${file.article}/${file.lang}`;

export function articleVersionsLoader(folder: string): Loader {
  return {
    name: 'song-song:articles',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const base = path.resolve(root, folder);

      /**
       * Stores the version in `file`. As Astro's glob loader does: an entry whose file has the same
       * digest as the stored one is kept as it is, so a build after an ingest (or a dev reload)
       * parses and validates only what changed. Says whether the entry was (re)stored.
       */
      async function sync(file: ContentFile): Promise<boolean> {
        const text = readFileSync(file.path, 'utf8');
        const id = idOf(file);
        const digest = generateDigest(text);
        const relative = path.relative(root, file.path);
        const stored = store.get(id);
        if (stored && stored.digest === digest && stored.filePath === relative) return false;
        // Copied out of the file text, which would otherwise stay alive for the whole build.
        const frontmatter = detachedCopy(splitContentFile(text, file.path).frontmatter) as Record<string, unknown>;
        const data = await parseData({ id, data: frontmatter, filePath: file.path });
        store.set({ id, data, digest, filePath: relative });
        return true;
      }

      const seen = new Set<string>();
      for (const file of listContentFiles(base)) {
        await sync(file);
        seen.add(idOf(file));
      }
      // Entries whose files are gone (an article deleted or renamed since the last build).
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      // `astro dev` only: reload just the file that was added, changed or deleted. Astro removes
      // these handlers before the next full load, so they are registered again each time. The
      // content folder is outside src/, so it is added to the watcher.
      if (!watcher) return;
      watcher.add(base);
      const reload = async (changedPath: string): Promise<void> => {
        const file = contentFileAt(base, changedPath);
        if (!file) return;
        try {
          if (await sync(file)) logger.info(`Reloaded ${file.relative}`);
        } catch (error) {
          // The entry keeps its last valid data until the file is fixed.
          logger.error(`Failed to reload ${file.relative}: ${(error as Error).message}`);
        }
      };
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', (removedPath: string) => {
        const file = contentFileAt(base, removedPath);
        if (file) store.delete(idOf(file));
      });
    },
  };
}

/** The Markdown body of a stored version (read from its file, frontmatter removed). */
export function readArticleBody(filePath: string, root: string = process.cwd()): string {
  const file = path.resolve(root, filePath);
  return splitContentFile(readFileSync(file, 'utf8'), file).body;
}
