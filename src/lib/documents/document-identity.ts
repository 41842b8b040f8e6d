/**
 * What a Vietnamese official document number is, and when two spellings name the same document.
 *
 * The same number reaches us spelled many ways: `204-QD/TW`, `204 - qđ / tw`, `204–QĐ／TW`, with
 * Arabic-Indic digits or a `No.`/`Nr.`/`№`/`رقم` in front. All of them must become one canonical
 * number (`204-QĐ/TW`, Vietnamese spelling of the codes, serial kept as written) so that articles
 * in five languages meet on one document page.
 *
 * Four forms exist:
 *   party            NUMBER-TYPE/ISSUER           177-KL/TW
 *   state-year-type  NUMBER/YEAR/TYPE-ISSUER      179/2024/NĐ-CP
 *   state-year       NUMBER/YEAR/ISSUER           202/2025/QH15   (laws and ordinances)
 *   state-type       NUMBER/TYPE-ISSUER           759/QĐ-TTg
 *
 * Local issuers (TU, UBND …) restart their numbering in every province, so the identity of a
 * local document carries the province; a central one does not.
 *
 * The grammar lives here (matchDocumentAt) and is shared with the running-text finder. Its regular
 * expressions only use bounded quantifiers and are anchored (sticky), so matching never
 * backtracks catastrophically.
 */
import { findDocumentType, findIssuer, isLegislatureIssuer } from './document-codes.ts';
import type { DocumentSystem } from './document-codes.ts';
import { foldDiacritics, slugify } from '../text/normalize.ts';

export type DocumentForm = 'party' | 'state-year-type' | 'state-year' | 'state-type';

export interface DocumentNumber {
  /** Canonical spelling, e.g. `204-QĐ/TW`, `179/2024/NĐ-CP`. */
  number: string;
  /** The serial as written, leading zeros kept: `02`. */
  serial: string;
  year: string | null;
  /** Canonical type code (`QĐ`), null for the state-year form. */
  type: string | null;
  /** Canonical issuer code (`TW`); unknown codes upper-cased as written; joint issuers `BTC-BNV`. */
  issuer: string;
  form: DocumentForm;
  scope: 'central' | 'local';
}

// ---------------------------------------------------------------------------------------------
// Matching view: one character in, one character out, so offsets in the view are offsets in the
// original text. Every dash becomes '-', every slash '/', every digit ASCII, odd spaces ' '.

const VIEW_REPLACEMENTS = new Map<string, string>();
for (const dash of '\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D\u058A\u05BE\u1806') {
  VIEW_REPLACEMENTS.set(dash, '-');
}
for (const slash of '\u2044\u2215\u2571\u29F8\uFF0F') VIEW_REPLACEMENTS.set(slash, '/');
const SPACES =
  '\t\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A' + '\u202F\u205F\u3000';
for (const space of SPACES) {
  VIEW_REPLACEMENTS.set(space, ' ');
}
// Arabic comma and fullwidth comma separate list members like ','.
VIEW_REPLACEMENTS.set('\u060C', ',');
VIEW_REPLACEMENTS.set('\uFF0C', ',');
// Icelandic eth and African D look exactly like Đ and are typed for it.
VIEW_REPLACEMENTS.set('\u00D0', 'Đ');
VIEW_REPLACEMENTS.set('\u0189', 'Đ');
VIEW_REPLACEMENTS.set('\u00F0', 'đ');
for (let digit = 0; digit <= 9; digit++) {
  for (const zero of [0x0660, 0x06f0, 0xff10]) VIEW_REPLACEMENTS.set(String.fromCharCode(zero + digit), String(digit));
}
for (let letter = 0; letter < 26; letter++) {
  VIEW_REPLACEMENTS.set(String.fromCharCode(0xff21 + letter), String.fromCharCode(0x41 + letter));
  VIEW_REPLACEMENTS.set(String.fromCharCode(0xff41 + letter), String.fromCharCode(0x61 + letter));
}

const VIEW_REPLACED = new RegExp(
  `[${[...VIEW_REPLACEMENTS.keys()].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

/** The text as the grammar sees it; same length and offsets as the input. */
export function toMatchView(text: string): string {
  return text.replace(VIEW_REPLACED, (char) => VIEW_REPLACEMENTS.get(char) ?? char);
}

// ---------------------------------------------------------------------------------------------
// Grammar.

/** A character that glues onto a number or a code, so the number cannot start or end there. */
export const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}_]/u;

/** Prefixes tolerated before a number in any language; never part of it. */
export const NUMBER_PREFIX = String.raw`(?:số|so|nos?\.?|nrn?\.?|№{1,2}|n[°º]\.?|номер|رقم)`;

const SPACE = ' {0,2}';
const DASH = `${SPACE}-${SPACE}`;
const SLASH = `${SPACE}/${SPACE}`;
const SERIAL = String.raw`(\d{1,6})`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const TYPE = '([A-Za-zĐđ]{1,5})';
const CODE = '[A-Za-zĐđ][A-Za-zĐđ0-9]{0,11}';
// Joint documents name several issuers: 01/2024/TTLT-BTC-BNV.
const ISSUER = `(${CODE}(?:-${CODE}){0,3})`;

const FORM_PATTERNS: readonly [DocumentForm, RegExp][] = [
  ['state-year-type', new RegExp(SERIAL + SLASH + YEAR + SLASH + TYPE + DASH + ISSUER, 'y')],
  ['state-year', new RegExp(SERIAL + SLASH + YEAR + SLASH + `(${CODE})`, 'y')],
  ['state-type', new RegExp(SERIAL + SLASH + TYPE + DASH + ISSUER, 'y')],
  ['party', new RegExp(SERIAL + DASH + TYPE + SLASH + ISSUER, 'y')],
];

export interface DocumentParts {
  form: DocumentForm;
  serial: string;
  year: string | null;
  /** Type code as written (any case, D for Đ); null for state-year. */
  type: string | null;
  /** Issuer as written; joint issuers joined with '-'. */
  issuer: string;
}

const FORM_SYSTEM: Record<DocumentForm, DocumentSystem> = {
  party: 'party',
  'state-year-type': 'state',
  'state-year': 'state',
  'state-type': 'state',
};

/**
 * An issuer code nobody listed is still accepted if it looks like one: starts with a capital, has
 * at least two capitals and at most one lower-case letter (as in ThU, TTg). `12-KL/Ab` does not.
 */
function looksLikeIssuerCode(code: string): boolean {
  const capitals = code.match(/[A-ZĐ]/g)?.length ?? 0;
  return capitals >= 2 && /^[A-ZĐ][A-ZĐ0-9]*[a-zđ]?[A-ZĐ0-9]*$/.test(code);
}

/** Canonical issuer, or null. Parts after the first must be known (else they are not issuers). */
function canonicalIssuer(written: string, knownOnly: boolean): string | null {
  const canonical: string[] = [];
  for (const part of written.split('-')) {
    const known = findIssuer(part);
    if (known) canonical.push(known.code);
    else if (canonical.length === 0 && !knownOnly && looksLikeIssuerCode(part)) canonical.push(part.toUpperCase());
    else return null;
  }
  return canonical.length > 0 ? canonical.join('-') : null;
}

/** Local if any issuer part is local; unknown codes are central only when they end in TW. */
export function isLocalIssuer(issuer: string): boolean {
  return issuer.split('-').some((part) => {
    const known = findIssuer(part);
    if (known) return known.scope === 'local';
    return !/TW$/i.test(part);
  });
}

export function formatDocumentNumber(
  parts: Pick<DocumentNumber, 'form' | 'serial' | 'year' | 'type' | 'issuer'>,
): string {
  const { form, serial, year, type, issuer } = parts;
  switch (form) {
    case 'party':
      return `${serial}-${type ?? ''}/${issuer}`;
    case 'state-year-type':
      return `${serial}/${year ?? ''}/${type ?? ''}-${issuer}`;
    case 'state-year':
      return `${serial}/${year ?? ''}/${issuer}`;
    case 'state-type':
      return `${serial}/${type ?? ''}-${issuer}`;
  }
}

/**
 * Validate written parts against the code table and give the canonical document, or null.
 * `knownIssuersOnly` is for noisy sources (URL slugs), where an unknown code is likely a word.
 */
export function buildDocumentNumber(
  parts: DocumentParts,
  options: { knownIssuersOnly?: boolean } = {},
): DocumentNumber | null {
  const issuer = canonicalIssuer(parts.issuer, options.knownIssuersOnly ?? false);
  if (!issuer) return null;
  let type: string | null = null;
  if (parts.form === 'state-year') {
    if (!isLegislatureIssuer(issuer)) return null;
  } else {
    const known = parts.type === null ? null : findDocumentType(parts.type);
    if (!known || !known.systems.includes(FORM_SYSTEM[parts.form])) return null;
    if (known.onlyIssuers && !known.onlyIssuers.includes(issuer)) return null;
    type = known.code;
  }
  const doc = { form: parts.form, serial: parts.serial, year: parts.year, type, issuer };
  return { ...doc, number: formatDocumentNumber(doc), scope: isLocalIssuer(issuer) ? 'local' : 'central' };
}

/** The same document with another serial: members of a list sharing one suffix. */
export function withSerial(doc: DocumentNumber, serial: string): DocumentNumber {
  return { ...doc, serial, number: formatDocumentNumber({ ...doc, serial }) };
}

export interface DocumentMatch {
  doc: DocumentNumber;
  /** Offset just after the number in the view. */
  end: number;
}

/** A code must not run on into a word or a path: `TWvề`, `TW/abc`. A following '-' is fine (German compounds). */
function endsCleanly(view: string, end: number): boolean {
  const next = view.charAt(end);
  if (next === '') return true;
  if (WORD_CHAR.test(next)) return false;
  return !(next === '/' && WORD_CHAR.test(view.charAt(end + 1)));
}

/**
 * The document number starting exactly at `start` of a match view, or null. Tries the forms from
 * the most to the least specific; joint-issuer parts that are not known issuers are dropped
 * (`759/QĐ-TTg-Beschluss` ends after TTg).
 */
export function matchDocumentAt(view: string, start: number): DocumentMatch | null {
  for (const [form, pattern] of FORM_PATTERNS) {
    pattern.lastIndex = start;
    const m = pattern.exec(view);
    if (!m) continue;
    const [whole, serial = '', ...rest] = m;
    const hasYear = form === 'state-year-type' || form === 'state-year';
    const year = hasYear ? (rest.shift() ?? null) : null;
    const type = form === 'state-year' ? null : (rest.shift() ?? null);
    const writtenIssuer = rest.shift() ?? '';
    const issuerParts = writtenIssuer.split('-');
    // Drop trailing parts until the issuer is valid: only the first part may be an unknown code.
    for (let keep = issuerParts.length; keep >= 1; keep--) {
      const issuer = issuerParts.slice(0, keep).join('-');
      const end = start + whole.length - (writtenIssuer.length - issuer.length);
      if (!endsCleanly(view, end)) continue;
      const doc = buildDocumentNumber({ form, serial, year, type, issuer });
      if (doc) return { doc, end };
    }
  }
  return null;
}

const PREFIX_AT_START = new RegExp(`^${NUMBER_PREFIX}[ .:]{0,3}`, 'iu');

/**
 * Parse one document number in any variant spelling; the whole string must be the number, a
 * prefix such as `No.`, `số`, `№` or `رقم` is allowed. Null for anything else.
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const view = toMatchView(text).trim();
  const number = view.replace(PREFIX_AT_START, '');
  if (!/^\d/.test(number)) return null;
  const match = matchDocumentAt(number, 0);
  return match && match.end === number.length ? match.doc : null;
}

/**
 * What two numbers are compared by: the canonical number with Đ folded to D, upper-cased. Any
 * variant spelling gives the same key; text that is not a number is only folded.
 */
export function documentKey(number: string): string {
  const canonical = parseDocumentNumber(number)?.number ?? number.trim();
  return foldDiacritics(canonical).toUpperCase();
}

/**
 * The id of a document (URL-safe, its page address): `204-qd-tw`, `179-2024-nd-cp`; a local
 * document carries the province of the article it was found in (`02-kh-tu-phu-tho`), since every
 * province has its own `02-KH/TU`. Without a province a local document gets the bare number slug.
 */
export function documentId(doc: { number: string; province: string | null }): string {
  const parsed = parseDocumentNumber(doc.number);
  const base = slugify(parsed?.number ?? doc.number);
  const province = doc.province === null ? '' : slugify(doc.province);
  return parsed?.scope === 'local' && province !== '' ? `${base}-${province}` : base;
}
