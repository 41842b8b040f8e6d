/**
 * `/search/numbers/<n>.json`: the documents whose number starts with n, for forgiving document queries (see
 * number-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inputKey } from '../../../lib/build/input-key.ts';
import { selectPages } from '../../../lib/build/render-plan.ts';
import type { NumberFile } from '../../../lib/search/document-suggestions.ts';
import { buildNumberFiles } from '../../../lib/search/number-files.ts';
import { getCorpus } from '../../../collections/corpus.ts';

export const getStaticPaths = (async () => {
  const files = buildNumberFiles(await getCorpus());
  return selectPages(
    'number-lookup',
    [...files].map(([n, data]) => ({
      file: `search/numbers/${n}.json`,
      key: inputKey(data),
      page: { params: { n }, props: { data } },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: NumberFile }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
