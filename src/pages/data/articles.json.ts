/** `/data/articles.json`: every article and its versions (format in the README, "Open data"). */
import type { APIRoute } from 'astro';
import { articlesOpenData } from '../../lib/publishing/open-data.ts';
import { getCorpus } from '../../collections/corpus.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(articlesOpenData(await getCorpus(), site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
