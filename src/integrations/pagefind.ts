/** Astro integration: build every search shard once the static site is written (see build-search-indexes.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndexes } from '../lib/search/build-search-indexes.ts';

export function searchIndexes(): AstroIntegration {
  return {
    name: 'song-song:search-indexes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const reports = await buildSearchIndexes(fileURLToPath(dir));
        for (const report of reports) logger.info(`/${report.folder}/: ${report.pages} article versions indexed`);
      },
    },
  };
}
