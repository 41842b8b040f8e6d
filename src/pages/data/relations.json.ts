/** `/data/relations.json`: the documents' relation graph (nodes, typed edges with evidence; format in the README). */
import type { APIRoute } from 'astro';
import { relationsOpenData } from '../../lib/publishing/open-data.ts';
import { getCorpus } from '../../collections/corpus.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(relationsOpenData(await getCorpus(), site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
