/**
 * Article bodies as HTML: remark-parse → remark-rehype → our rehype plugins, in order (caption
 * figures, document links, Latin isolation in right-to-left text, the allowlist sanitizer last) →
 * rehype-stringify. Article pages and tests use it; the content loader keeps bodies out of
 * Astro's own Markdown pipeline (src/collections/article-loader.ts).
 */
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Lang } from '../lang.ts';
import rehypeAllowlist from './rehype-allowlist.ts';
import rehypeCaptionFigures from './rehype-caption-figures.ts';
import rehypeDocumentLinks from './rehype-document-links.ts';
import rehypeIsolateLtr from './rehype-isolate-ltr.ts';

/**
 * A Markdown body rendered for an article page: `lang` is the text's language (right-to-left
 * isolation), `ui` the page's interface language (document links lead to its document pages;
 * the text's own language when not given).
 */
export function renderArticleHtml(
  markdown: string,
  options: { lang: Lang; ui?: Lang; province: string | null },
): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeCaptionFigures)
    .use(rehypeDocumentLinks, { lang: options.ui ?? options.lang, province: options.province })
    .use(rehypeIsolateLtr, { lang: options.lang })
    .use(rehypeAllowlist)
    .use(rehypeStringify);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return processor.stringify(tree);
}
