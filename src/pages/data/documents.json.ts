/** `/data/documents.json`: every document and the versions citing it (format in the README). */
import type { APIRoute } from 'astro';
import { documentsOpenData } from '../../lib/publishing/open-data.ts';
import { getCorpus } from '../../collections/corpus.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(documentsOpenData(await getCorpus(), site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
