/** `/data/documents.csv`: one row per citation of a document (columns in the README). */
import type { APIRoute } from 'astro';
import { documentsCsv } from '../../lib/publishing/open-data.ts';
import { getCorpus } from '../../collections/corpus.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(documentsCsv(await getCorpus(), site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
