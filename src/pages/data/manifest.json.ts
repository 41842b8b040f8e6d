/** `/data/manifest.json`: the versions this build holds, with text checksums (see open-data.ts). */
import type { APIRoute } from 'astro';
import { manifestOpenData } from '../../lib/publishing/open-data.ts';
import { getCorpus } from '../../collections/corpus.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(manifestOpenData(await getCorpus()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
