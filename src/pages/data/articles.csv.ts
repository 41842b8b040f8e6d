/** `/data/articles.csv`: one row per article version (columns in the README). */
import type { APIRoute } from 'astro';
import { articlesCsv } from '../../lib/publishing/open-data.ts';
import { getCorpus } from '../../collections/corpus.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(articlesCsv(await getCorpus(), site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
