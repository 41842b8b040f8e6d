/** `/data/aligned/<article>/<a>-<b>.tmx|.tsv`: one language pair's aligned text for translators. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageFile, selectPages } from '../../../../lib/build/render-plan.ts';
import { toAlignedTsv, toTmx } from '../../../../lib/alignment/translation-memory.ts';
import type { Lang } from '../../../../lib/lang.ts';
import { compareArticle } from '../../../../lib/site/article-comparison.ts';
import type { ArticleEntry } from '../../../../lib/site/corpus-index.ts';
import { articleKey } from '../../../../lib/site/page-inputs.ts';
import { alignedExportUrl } from '../../../../lib/site/urls.ts';
import { getCorpus } from '../../../../site/corpus.ts';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return selectPages(
    'aligned',
    corpus.articles.flatMap((article) => {
      const key = articleKey(article);
      return article.langs.flatMap((a, i) =>
        article.langs.slice(i + 1).flatMap((b) =>
          (['tmx', 'tsv'] as const).map((format) => ({
            file: pageFile(alignedExportUrl(article.id, a, b, format)),
            key,
            page: { params: { article: article.id, pair: `${a}-${b}.${format}` }, props: { article, a, b, format } },
          })),
        ),
      );
    }),
  );
}) satisfies GetStaticPaths;

interface Props {
  article: ArticleEntry;
  a: Lang;
  b: Lang;
  format: 'tmx' | 'tsv';
}

export const GET: APIRoute<Props> = ({ props }) => {
  const segments = compareArticle(props.article).segments(props.a, props.b);
  const langs = { a: props.a, b: props.b };
  return props.format === 'tmx'
    ? new Response(toTmx(segments, langs, props.article.id), { headers: { 'Content-Type': 'application/x-tmx+xml; charset=utf-8' } })
    : new Response(toAlignedTsv(segments, langs), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
