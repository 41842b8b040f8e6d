/**
 * The number lookup files behind forgiving document queries (document-suggestions.ts): one file
 * per leading number (`/search/numbers/18.json`), listing every document the portal has a page
 * for whose serial is that number, leading zeros ignored (`02-KH/TU` is in `2.json`). `18` and
 * `180` are different files, so `Resolution 18` never suggests `180-NQ/TW`.
 */
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { citingArticleCount } from '../corpus/corpus-index.ts';
import {
  NUMBER_FILE_FORMAT,
  compareSuggestions,
  leadingNumber,
  normalizeSerial,
  type NumberFile,
  type NumberFileEntry,
} from './document-suggestions.ts';

/** Number files by leading number (`18` → its file). */
export function buildNumberFiles(corpus: CorpusIndex): Map<string, NumberFile> {
  const files = new Map<string, NumberFile>();
  for (const doc of corpus.documents) {
    const leading = leadingNumber(doc.number) ?? normalizeSerial(doc.parsed.serial);
    const entry: NumberFileEntry = {
      id: doc.id,
      number: doc.number,
      type: doc.parsed.type,
      issuer: doc.parsed.issuer,
      ...(doc.province !== null && doc.parsed.scope === 'local' ? { province: doc.province } : {}),
      articles: citingArticleCount(doc),
      versions: doc.citations.length,
      ...(doc.citations.length === 0 && doc.headlineArticles.length > 0 ? { headlineOnly: true as const } : {}),
    };
    const file = files.get(leading) ?? { format: NUMBER_FILE_FORMAT, leadingNumber: leading, documents: [] };
    file.documents.push(entry);
    files.set(leading, file);
  }
  for (const file of files.values()) file.documents.sort(compareSuggestions);
  return new Map([...files].sort(([a], [b]) => Number(a) - Number(b)));
}
