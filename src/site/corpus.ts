/** The corpus index of this build, made once from the content collection (the thin Astro side). */
import { getCollection } from 'astro:content';
import { buildCorpusIndex, type CorpusIndex } from '../lib/site/corpus-index.ts';
import { readArticleBody } from './article-loader.ts';

let corpus: Promise<CorpusIndex> | undefined;

export function getCorpus(): Promise<CorpusIndex> {
  corpus ??= getCollection('articles').then((entries) =>
    buildCorpusIndex(entries.map((entry) => ({ data: entry.data, body: readArticleBody(entry.filePath!) }))),
  );
  return corpus;
}
