/**
 * Builds the two Pagefind bundles after the site is built, through Pagefind's Node API, checking
 * every response and failing loudly (as Starlight's integration does):
 *   /pagefind/      one index per language (the page's <html lang>), with stemming: the
 *                   "this language only" search;
 *   /pagefind-all/  every language in one index (forced language without a stemmer), so one
 *                   query finds all five versions of an article: the default search.
 * Only article version pages are indexed (their <article data-pagefind-body>); an index with a
 * different page count than the built article pages fails the build.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../lang.ts';

/** Pagefind has no stemmer for Vietnamese, so forcing `vi` indexes every language unstemmed. */
export const ALL_LANGUAGES_INDEX_LANGUAGE = 'vi';

export const ARTICLE_PAGES_GLOB = `{${LANGS.join(',')}}/articles/*/index.html`;

export interface SearchIndexReport {
  bundle: string;
  pages: number;
}

/** The article version pages in a built site (what the indexes must hold). */
export function countArticlePages(dist: string): number {
  let count = 0;
  for (const lang of LANGS) {
    const folder = path.join(dist, lang, 'articles');
    let entries: string[] = [];
    try {
      entries = readdirSync(folder);
    } catch {
      continue;
    }
    count += entries.length;
  }
  return count;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export async function buildSearchIndexes(dist: string): Promise<SearchIndexReport[]> {
  const expected = countArticlePages(dist);
  const bundles = [
    { bundle: 'pagefind', config: {} },
    { bundle: 'pagefind-all', config: { forceLanguage: ALL_LANGUAGES_INDEX_LANGUAGE } },
  ];
  const reports: SearchIndexReport[] = [];
  try {
    for (const { bundle, config } of bundles) {
      const created = await pagefind.createIndex(config);
      check(`createIndex (${bundle})`, created.errors);
      const index = created.index;
      if (!index) throw new Error(`Pagefind createIndex (${bundle}) returned no index`);
      const added = await index.addDirectory({ path: dist, glob: ARTICLE_PAGES_GLOB });
      check(`addDirectory (${bundle})`, added.errors);
      if (added.page_count !== expected) {
        throw new Error(`Pagefind indexed ${added.page_count} pages into /${bundle}/, but the site has ${expected} article versions`);
      }
      const written = await index.writeFiles({ outputPath: path.join(dist, bundle) });
      check(`writeFiles (${bundle})`, written.errors);
      await index.deleteIndex();
      reports.push({ bundle, pages: added.page_count });
    }
  } finally {
    await pagefind.close();
  }
  return reports;
}
