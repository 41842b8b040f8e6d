/**
 * Document numbers named in the slug of an original Vietnamese article URL, e.g.
 * `trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu` → `178-KL/TW`.
 *
 * Why: the slug is the Vietnamese editor's own title, and it often names the directive the
 * article is about even when a translation mangled the number in the body.
 *
 * A slug has lost every separator (`/`, `-` and spaces all became `-`) and all diacritics, so
 * it is noisy: `2-cap`, `46-xa-phuong`, `so-1-cua-tinh` are words after numbers. Only a known
 * type code followed by a known issuer code counts, and a pair in which both codes read as
 * Vietnamese syllables (`2025-da-tu` = "2025 đã tư…") does not.
 */
import { findIssuer } from './document-codes.ts';
import { buildDocumentNumber } from './document-identity.ts';
import type { DocumentNumber } from './document-identity.ts';

const SERIAL = /^\d{1,6}$/;
const YEAR = /^(?:19|20)\d\d$/;
const SYLLABLE = /[aeiouy]/;

/** The document whose serial is tokens[i], and how many tokens it spans; null if none. */
function documentAt(tokens: readonly string[], i: number): { doc: DocumentNumber; length: number } | null {
  const [serial = '', second = '', third = '', fourth = ''] = tokens.slice(i, i + 4);
  if (!SERIAL.test(serial)) return null;
  const known = { knownIssuersOnly: true };

  if (YEAR.test(second)) {
    const yearType = buildDocumentNumber(
      { form: 'state-year-type', serial, year: second, type: third, issuer: fourth },
      known,
    );
    if (yearType) return { doc: yearType, length: 4 };
    const year = buildDocumentNumber({ form: 'state-year', serial, year: second, type: null, issuer: third }, known);
    if (year) return { doc: year, length: 3 };
  }

  // NUMBER TYPE ISSUER: the issuer's system decides between 178-KL/TW and 759/QĐ-TTg; the other
  // form is the fallback for a type only the other system uses (12-tt-bct: Ministry of Industry).
  const issuer = findIssuer(third);
  if (!issuer || (SYLLABLE.test(second) && SYLLABLE.test(third))) return null;
  const forms = issuer.system === 'party' ? (['party', 'state-type'] as const) : (['state-type', 'party'] as const);
  for (const form of forms) {
    const doc = buildDocumentNumber({ form, serial, year: null, type: second, issuer: third }, known);
    if (doc) return { doc, length: 3 };
  }
  return null;
}

export interface SlugDocumentSpan {
  /** Index of the first token (the serial) in the slug split at hyphens. */
  start: number;
  /** How many tokens the number spans. */
  length: number;
  number: string;
}

/** Every document number in the slug with the tokens it spans, in order (repeats included). */
export function findSlugDocumentSpans(slug: string): SlugDocumentSpan[] {
  const tokens = slug.toLowerCase().split('-');
  const spans: SlugDocumentSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = documentAt(tokens, i);
    if (!found) continue;
    spans.push({ start: i, length: found.length, number: found.doc.number });
    i += found.length - 1;
  }
  return spans;
}

/** Canonical numbers named in the slug, in order, without repeats. */
export function findSlugDocumentNumbers(slug: string): string[] {
  return [...new Set(findSlugDocumentSpans(slug).map((span) => span.number))];
}
