/**
 * Builds the content file of one article version from a parsed raw translation: identity, province,
 * cited documents, title, frontmatter (validated by the content schema) and Markdown body.
 * Pure: no file system access, so the same function serves ingest, dry runs and tests.
 */
import { Scalar, stringify } from 'yaml';
import {
  articleVersionSchema,
  describeSchemaError,
  type ArticleVersionData,
} from '../corpus/article-version-schema.ts';
import { articleIdentityFromUrl } from '../corpus/article-identity.ts';
import { renderArticleBody } from '../corpus/article-body.ts';
import { versionTextChecksum } from '../corpus/version-checksum.ts';
import { documentId, parseDocumentNumber } from '../documents/document-identity.ts';
import { findDocumentNumbers } from '../documents/find-document-numbers.ts';
import { findSlugDocumentNumbers } from '../documents/find-slug-documents.ts';
import { provinceOfArticle } from '../provinces/article-province.ts';
import { outletForHost } from '../provinces/outlets.ts';
import { deriveTitle } from './derive-title.ts';
import { IngestError } from './ingest-error.ts';
import type { RawArticle } from './parse-raw-article.ts';

export interface ArticleVersion {
  data: ArticleVersionData;
  /** The whole file: YAML frontmatter and Markdown body. */
  markdown: string;
  /** Path relative to the content folder: `articles/<article>/<lang>.md`. */
  relativePath: string;
}

export function buildArticleVersion(raw: RawArticle, file: string): ArticleVersion {
  const identity = articleIdentityFromUrl(raw.sourceUrl);
  if (!identity) {
    throw new IngestError(
      file,
      `source URL names no article (no title slug in its path): ${raw.sourceUrl.href}`,
      raw.sourceLine,
    );
  }
  const texts = [raw.title ?? '', ...raw.blocks.map((block) => block.text)].filter((t) => t !== '');
  const fullText = texts.join('\n');
  const province = provinceOfArticle({ sourceUrl: raw.sourceUrl, text: fullText, lang: raw.lang });
  const localProvince = (number: string) =>
    parseDocumentNumber(number)?.scope === 'local' ? (province?.named ?? null) : null;

  const documents = new Map<string, ArticleVersionData['documents'][number]>();
  for (const text of texts) {
    for (const mention of findDocumentNumbers(text)) {
      const doc = { number: mention.number, province: localProvince(mention.number) };
      const id = documentId(doc);
      const seen = documents.get(id);
      if (seen) {
        seen.count++;
        if (!seen.raw.includes(mention.raw)) seen.raw.push(mention.raw);
      } else {
        documents.set(id, { number: doc.number, id, province: doc.province, raw: [mention.raw], count: 1 });
      }
    }
  }
  const headlineDocuments = findSlugDocumentNumbers(identity.slug).map((number) => {
    const doc = { number, province: localProvince(number) };
    return { ...doc, id: documentId(doc) };
  });

  const firstParagraph = raw.blocks.find((block) => block.kind === 'paragraph')!;
  const candidate = {
    article: identity.id,
    lang: raw.lang,
    title: raw.title ?? deriveTitle(firstParagraph.text),
    titleDerived: raw.title === null,
    byline: raw.byline,
    published: raw.published ? { date: raw.published.date, from: raw.published.from, text: raw.published.text } : null,
    source: {
      url: raw.sourceUrl.href,
      host: raw.sourceUrl.hostname,
      outlet: outletForHost(raw.sourceUrl.hostname)?.name ?? null,
    },
    province,
    documents: [...documents.values()],
    headlineDocuments,
    paragraphs: raw.blocks.filter((block) => block.kind === 'paragraph').length,
    captions: raw.blocks.filter((block) => block.kind === 'caption').length,
    checksum: versionTextChecksum(
      raw.title,
      raw.blocks.map((block) => block.text),
    ),
  };
  const parsed = articleVersionSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new IngestError(file, `result does not match the content schema: ${describeSchemaError(parsed.error)}`);
  }
  const data = parsed.data;
  // The date is quoted ("2025-07-22"): a YAML 1.1 reader would otherwise take it for a timestamp.
  const published = data.published && {
    ...data.published,
    date: Object.assign(new Scalar(data.published.date), { type: Scalar.QUOTE_DOUBLE }),
  };
  const frontmatter = stringify(
    { ...data, published },
    { lineWidth: 0, defaultStringType: 'PLAIN', aliasDuplicateObjects: false },
  );
  return {
    data,
    markdown: `---\n${frontmatter}---\n\n${renderArticleBody(raw.blocks)}`,
    relativePath: `articles/${data.article}/${data.lang}.md`,
  };
}
