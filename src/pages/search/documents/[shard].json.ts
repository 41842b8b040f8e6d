/**
 * `/search/documents/<number>.json` (and `<number>.<k>.json`): the lookup files of one document number (see
 * document-shards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inputKey } from '../../../lib/build/input-key.ts';
import { selectPages } from '../../../lib/build/render-plan.ts';
import {
  buildDocumentShards,
  shardFiles,
  type DocumentShard,
  type ShardPage,
} from '../../../lib/search/document-shards.ts';
import { getCorpus } from '../../../collections/corpus.ts';

export const getStaticPaths = (async () => {
  const shards = buildDocumentShards(await getCorpus());
  return selectPages(
    'lookup',
    [...shards].flatMap(([name, shard]) =>
      shardFiles(name, shard).map(([file, data]) => ({
        file: `search/documents/${file}.json`,
        key: inputKey(data),
        page: { params: { shard: file }, props: { data } },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: DocumentShard | ShardPage }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
