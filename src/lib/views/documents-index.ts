/**
 * What the documents index lists: every document, grouped by issuer (by code, named in the UI
 * language as the first of its documents explains it), then by type as named in the UI language
 * (null: a type the code table does not know). Groups, types and documents keep corpus order.
 */
import { explainDocument, type DocumentEntry } from '../corpus/corpus-index.ts';
import type { Lang } from '../lang.ts';

export interface IssuerGroup {
  /** The issuer named in the UI language, else its code. */
  issuer: string;
  code: string;
  types: { type: string | null; documents: DocumentEntry[] }[];
}

export function documentsByIssuer(documents: readonly DocumentEntry[], lang: Lang): IssuerGroup[] {
  const groups = new Map<string, { issuer: string; code: string; types: Map<string | null, DocumentEntry[]> }>();
  for (const doc of documents) {
    const explained = explainDocument(doc.parsed, lang);
    let group = groups.get(doc.parsed.issuer);
    if (!group)
      groups.set(
        doc.parsed.issuer,
        (group = { issuer: explained.issuer ?? doc.parsed.issuer, code: doc.parsed.issuer, types: new Map() }),
      );
    const list = group.types.get(explained.type);
    if (list) list.push(doc);
    else group.types.set(explained.type, [doc]);
  }
  return [...groups.values()].map(({ issuer, code, types }) => ({
    issuer,
    code,
    types: [...types].map(([type, list]) => ({ type, documents: list })),
  }));
}
