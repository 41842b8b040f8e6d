/**
 * `/data/aligned/<article>/<a>-<b>[-sentences].tmx|.tsv`: one language pair's aligned text for
 * translators, by paragraph or by sentence, every unit with its confidence. The variant with only
 * the units at or above a threshold the translator picks is built from these files in the browser
 * (lib/alignment/threshold-export.ts): publishing one per threshold would multiply the files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageFile, selectPages } from '../../../../lib/build/render-plan.ts';
import { toAlignedTsv, toTmx } from '../../../../lib/alignment/translation-memory.ts';
import type { Lang } from '../../../../lib/lang.ts';
import { compareArticle } from '../../../../lib/views/article-comparison.ts';
import type { ArticleEntry } from '../../../../lib/corpus/corpus-index.ts';
import { articleKey } from '../../../../lib/build/page-inputs.ts';
import { alignedExportUrl } from '../../../../lib/routes/urls.ts';
import { getCorpus } from '../../../../collections/corpus.ts';

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
            (['tmx', 'tsv'] as const).map((format) => {
              const file = alignedExportUrl(article.id, a, b, format, { level });
              return {
                file: pageFile(file),
                key,
                page: {
                  params: { article: article.id, pair: file.split('/').at(-1)! },
                  props: { article, a, b, format, level },
                },
              };
            }),
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
}

export const GET: APIRoute<Props> = ({ props }) => {
  const comparison = compareArticle(props.article);
  const segments =
    props.level === 'sentences' ? comparison.sentenceSegments(props.a, props.b) : comparison.segments(props.a, props.b);
  const langs = { a: props.a, b: props.b };
  const options = { segtype: props.level === 'sentences' ? ('sentence' as const) : ('paragraph' as const) };
  return props.format === 'tmx'
    ? new Response(toTmx(segments, langs, props.article.id, options), {
        headers: { 'Content-Type': 'application/x-tmx+xml; charset=utf-8' },
      })
    : new Response(toAlignedTsv(segments, langs, options), {
        headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' },
      });
};
