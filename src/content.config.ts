/**
 * The content collection of the portal, wired: the articles collection reads
 * `content/articles/<article>/<lang>.md` with the project's loader (src/collections/article-loader.ts) and
 * validates every frontmatter with the one content schema (src/lib/corpus/article-version-schema.ts),
 * the schema ingest and the tests use too.
 */
import { defineCollection } from 'astro/content/config';
import { articleVersionSchema } from './lib/corpus/article-version-schema.ts';
import { articleVersionsLoader } from './collections/article-loader.ts';

/**
 * Where the articles are: the committed corpus, unless SONG_SONG_CONTENT names another folder (the
 * test fixture site, scripts/build-fixture-site.ts, is built this way).
 */
const articlesFolder = process.env.SONG_SONG_CONTENT ?? './content/articles';

export const collections = {
  articles: defineCollection({
    loader: articleVersionsLoader(articlesFolder),
    schema: articleVersionSchema,
  }),
};
