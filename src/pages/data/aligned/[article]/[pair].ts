/**
 * `/data/aligned/<article>/<a>-<b>[-sentences][-min90].tmx|.tsv`: one language pair's aligned text
 * for translators, by paragraph or by sentence, every unit or only those aligned with a
 * confidence of at least 0.90 (EXPORT_THRESHOLD).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageFile, selectPages } from '../../../../lib/build/render-plan.ts';
import { toAlignedTsv, toTmx } from '../../../../lib/alignment/translation-memory.ts';
import type { Lang } from '../../../../lib/lang.ts';
import { compareArticle } from '../../../../lib/site/article-comparison.ts';
import type { ArticleEntry } from '../../../../lib/site/corpus-index.ts';
import { articleKey } from '../../../../lib/site/page-inputs.ts';
import { EXPORT_THRESHOLD, alignedExportUrl } from '../../../../lib/site/urls.ts';
import { getCorpus } from '../../../../site/corpus.ts';

type Level = 'paragraphs' | 'sentences';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return selectPages(
    'aligned',
    corpus.articles.flatMap((article) => {
      const key = articleKey(article);
      return article.langs.flatMap((a, i) =>
        article.langs.slice(i + 1).flatMap((b) =>
          (['paragraphs', 'sentences'] as const).flatMap((level) =>
            [undefined, EXPORT_THRESHOLD].flatMap((min) =>
              (['tmx', 'tsv'] as const).map((format) => {
                const file = alignedExportUrl(article.id, a, b, format, { level, min });
                return {
                  file: pageFile(file),
                  key,
                  page: { params: { article: article.id, pair: file.split('/').at(-1)! }, props: { article, a, b, format, level, min } },
                };
              }),
            ),
          ),
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
  level: Level;
  min: number | undefined;
}

export const GET: APIRoute<Props> = ({ props }) => {
  const comparison = compareArticle(props.article);
  const segments = props.level === 'sentences' ? comparison.sentenceSegments(props.a, props.b) : comparison.segments(props.a, props.b);
  const langs = { a: props.a, b: props.b };
  const options = { segtype: props.level === 'sentences' ? ('sentence' as const) : ('paragraph' as const), ...(props.min === undefined ? {} : { minConfidence: props.min / 100 }) };
  return props.format === 'tmx'
    ? new Response(toTmx(segments, langs, props.article.id, options), { headers: { 'Content-Type': 'application/x-tmx+xml; charset=utf-8' } })
    : new Response(toAlignedTsv(segments, langs, options), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
