/** `/search/documents/<number>.json`: the lookup file of one document number (see document-shards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDocumentShards, type DocumentShard } from '../../../lib/search/document-shards.ts';
import { getCorpus } from '../../../site/corpus.ts';

export const getStaticPaths = (async () => {
  const shards = buildDocumentShards(await getCorpus());
  return [...shards].map(([shard, data]) => ({ params: { shard }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: DocumentShard }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
