/**
 * What a search asks for, read from and written to the URL (`?q=…&scope=…&lang=…&province=…&type=…`)
 * so a search can be shared and reloaded, and what kind of query it is: document numbers (served
 * by the document lookup, exact) or text (served by Pagefind).
 */
import { documentKey, parseDocumentNumber } from '../documents/document-identity.ts';
import { findDocumentNumbers } from '../documents/find-document-numbers.ts';
import { isLang, type Lang } from '../lang.ts';
import { cleanText } from '../text/normalize.ts';
import { shardName } from './document-shards.ts';

export interface SearchParams {
  q: string;
  /** `all`: every language; `page`: the page's language only (both with word forms). */
  scope: 'all' | 'page';
  lang: Lang | null;
  /** A province name as in provinces-2025.tsv, current or former. */
  province: string | null;
  /** A document type code (`KL`, `QĐ`). */
  type: string | null;
  /** Every citing version of a much-cited document, not only the first ones (`all=1`). */
  all: boolean;
}

export const EMPTY_SEARCH: SearchParams = { q: '', scope: 'all', lang: null, province: null, type: null, all: false };

const MAX_QUERY = 200;

export function readSearchParams(search: URLSearchParams): SearchParams {
  const lang = search.get('lang') ?? '';
  return {
    // As the texts were cleaned at ingest: a number pasted from Arabic text may carry U+061C.
    q: cleanText(search.get('q') ?? '')
      .slice(0, MAX_QUERY)
      .trim(),
    scope: search.get('scope') === 'page' ? 'page' : 'all',
    lang: isLang(lang) ? lang : null,
    province: search.get('province')?.trim() || null,
    type: search.get('type')?.trim() || null,
    all: search.get('all') === '1',
  };
}

/** The query string for these parameters, defaults left out, in a fixed order. */
export function writeSearchParams(params: SearchParams): string {
  const out = new URLSearchParams();
  if (params.q) out.set('q', params.q);
  if (params.scope === 'page') out.set('scope', 'page');
  if (params.lang) out.set('lang', params.lang);
  if (params.province) out.set('province', params.province);
  if (params.type) out.set('type', params.type);
  if (params.all) out.set('all', '1');
  const text = out.toString();
  return text ? `?${text}` : '';
}

export interface DocumentQuery {
  number: string;
  key: string;
  shard: string;
}

export type ParsedQuery =
  { kind: 'empty' } | { kind: 'documents'; documents: DocumentQuery[] } | { kind: 'text'; text: string };

/** The lookup of a document number: its key and lookup file. */
export const documentQuery = (number: string): DocumentQuery => ({
  number,
  key: documentKey(number),
  shard: shardName(number),
});

/**
 * A query is a document-number query when it is one number in any spelling (`204 - qđ / tw`,
 * `No. 204-QD/TW`), or only numbers joined by commas, `and`, `và`, `und`, `и`, `و`.
 */
export function parseQuery(q: string): ParsedQuery {
  const text = q.trim();
  if (text === '') return { kind: 'empty' };
  const whole = parseDocumentNumber(text);
  if (whole) return { kind: 'documents', documents: [documentQuery(whole.number)] };
  const mentions = findDocumentNumbers(text);
  if (mentions.length > 0) {
    let rest = '';
    let at = 0;
    for (const m of mentions) {
      rest += text.slice(at, m.start);
      at = Math.max(at, m.end);
    }
    rest += text.slice(at);
    if (/^(?:[\s,;،+&]|\b(?:and|und|và|và|и|или|or|oder|hoặc)\b|و)*$/iu.test(rest)) {
      const numbers = [...new Set(mentions.map((m) => m.number))];
      return { kind: 'documents', documents: numbers.map(documentQuery) };
    }
  }
  return { kind: 'text', text };
}
