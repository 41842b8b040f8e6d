/**
 * `/search/places.json`: the provinces (63 former, 34 of them current) and former district-level
 * units with their names in five languages, further spellings and article counts, for the search
 * page's place card (see lib/search/place-query.ts). A whole-corpus file without parameters, like
 * /data/manifest.json: rendered every build.
 */
import type { APIRoute } from 'astro';
import { buildPlaceIndex } from '../../lib/search/place-query.ts';
import { placeIndexInput } from '../../lib/search/place-index-input.ts';
import { getCorpus } from '../../collections/corpus.ts';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const index = buildPlaceIndex(placeIndexInput(corpus.articles.map((article) => article.province)));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
