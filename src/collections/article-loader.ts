/**
 * The content loader of the articles collection: reads `<folder>/<article>/<lang>.md`, validates
 * the frontmatter with the collection's schema and stores the data only. Astro's glob loader also
 * stores every body and its rendered HTML in the content store, which Astro serializes as one
 * string: at 50,000 versions that string exceeds what V8 allows ("Invalid string length") and the
 * build dies. Bodies stay on disk; the corpus reads them (site/corpus.ts) and article pages render
 * them with the same unified pipeline (lib/markdown/article-plugins.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listContentFiles } from '../lib/corpus/content-files.ts';
import { splitContentFile } from '../lib/corpus/load-content.ts';
import { detachedCopy } from '../lib/text/detached-copy.ts';

export function articleVersionsLoader(folder: string): Loader {
  return {
    name: 'song-song:articles',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      const base = path.resolve(root, folder);
      // As Astro's glob loader does: an entry whose file has the same digest as the stored one is
      // kept as it is, so a build after an ingest parses and validates only what changed.
      const seen = new Set<string>();
      for (const file of listContentFiles(base)) {
        const filePath = file.path;
        const text = readFileSync(filePath, 'utf8');
        const id = `${file.article}/${file.lang}`;
        const digest = generateDigest(text);
        const relative = path.relative(root, filePath);
        seen.add(id);
        const stored = store.get(id);
        if (stored && stored.digest === digest && stored.filePath === relative) continue;
        // Copied out of the file text, which would otherwise stay alive for the whole build.
        const frontmatter = detachedCopy(splitContentFile(text, filePath).frontmatter) as Record<string, unknown>;
        const data = await parseData({ id, data: frontmatter, filePath });
        store.set({ id, data, digest, filePath: relative });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

/** The Markdown body of a stored version (read from its file, frontmatter removed). */
export function readArticleBody(filePath: string, root: string = process.cwd()): string {
  const file = path.resolve(root, filePath);
  return splitContentFile(readFileSync(file, 'utf8'), file).body;
}
