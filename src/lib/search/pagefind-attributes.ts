/**
 * What an article version's own page tells Pagefind: the metadata search reads back from a hit
 * (pagefind-backend.ts, indexPage: article, lang, title, date, province, named, outlet) and the
 * filters it searches with (run-search.ts: the language, the province current and former by name,
 * the types of the documents cited). Each is one `key:value`, written as one attribute: Pagefind
 * takes one key:value per attribute (a comma would become part of the value).
 */
import type { ArticleVersionData } from '../corpus/article-version-schema.ts';
import { parseDocumentNumber } from '../documents/document-identity.ts';

export interface PagefindAttributes {
  /** `data-pagefind-meta` values, in page order. */
  meta: string[];
  /** `data-pagefind-filter` values, each once. */
  filters: string[];
}

export function pagefindAttributes(data: ArticleVersionData): PagefindAttributes {
  const { province } = data;
  const meta = [
    `article:${data.article}`,
    `lang:${data.lang}`,
    `title:${data.title}`,
    ...(data.published ? [`date:${data.published.date}`] : []),
    ...(province ? [`province:${province.current}`, `named:${province.named}`] : []),
    ...(data.source.outlet ? [`outlet:${data.source.outlet}`] : []),
  ];
  const provinces = new Set(province ? [province.current, province.named] : []);
  const types = new Set(data.documents.map((d) => parseDocumentNumber(d.number)?.type).filter((type) => type != null));
  const filters = [
    `lang:${data.lang}`,
    ...[...provinces].map((p) => `province:${p}`),
    ...[...types].map((type) => `type:${type}`),
  ];
  return { meta, filters };
}
