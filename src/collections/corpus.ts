/**
 * The corpus index of this build, made once from the content collection (the thin Astro side).
 * A version's body is read from its file each time it is asked for, never kept: the index lives
 * for the whole build, and 50,000 bodies held in memory (with the file texts they are sliced
 * from) took the build to V8's default heap limit. Values derived from bodies are cached between
 * builds by the file's digest (lib/build/derived-cache.ts).
 */
import { getCollection } from 'astro:content';
import { buildDerivedCache } from '../lib/build/derived-cache.ts';
import { buildCorpusIndex, type CorpusIndex } from '../lib/corpus/corpus-index.ts';
import { readArticleBody } from './article-loader.ts';

let corpus: Promise<CorpusIndex> | undefined;

export function getCorpus(): Promise<CorpusIndex> {
  corpus ??= getCollection('articles').then((entries) =>
    buildCorpusIndex(
      entries.map((entry) => ({
        data: entry.data,
        digest: String(entry.digest),
        get body() {
          return readArticleBody(entry.filePath!);
        },
      })),
      buildDerivedCache(),
    ),
  );
  return corpus;
}
