/**
 * Forgiving document queries: `Nghị quyết 18`, `NQ 18`, `Resolution No. 18`, `Beschluss Nr. 18`,
 * `резолюции № 18`, `قرار رقم 18`, `Nghị định 178/2024`, `18-NQ` — a type word or code with a
 * number, in any of the five languages — are read into a hint (number, year, types), and the
 * documents the portal knows with that number are suggested from a small lookup file per leading
 * number (`/search/numbers/<n>.json`, built by number-files.ts).
 *
 * The type words are the labels of the code table (document-codes.ts) in every UI language, plus
 * a short alias list for words translators use that the labels lack (German `Beschluss`, Russian
 * `Постановление`, Arabic `مراسيم`). Words match case- and diacritics-insensitively (đ = d) and in
 * their inflected forms: English and German plural and genitive endings, Russian case endings,
 * Arabic with the prefixes و ف ب ل ك ال (and لل) and the plural ending ات.
 *
 * A full document number (`18-NQ/TW`) is not a hint: search-query.ts answers it exactly.
 *
 * Browser-safe: no Node imports; runs in the search page and in Node tests alike.
 */
import {
  DOCUMENT_TYPES,
  codeKey,
  describeDocumentType,
  describeIssuer,
  findDocumentType,
} from '../documents/document-codes.ts';
import type { DocumentSystem } from '../documents/document-codes.ts';
import { parseDocumentNumber, toMatchView } from '../documents/document-identity.ts';
import { findDocumentNumbers } from '../documents/find-document-numbers.ts';
import type { Lang } from '../lang.ts';
import { cleanText, foldDiacritics } from '../text/normalize.ts';

// ---------------------------------------------------------------------------------------------
// The lookup file of one leading number.

/** One document of a number file: what a suggestion shows. */
export interface NumberFileEntry {
  /** Document page id (`18-nq-tw`, `02-kh-tu-phu-tho`). */
  id: string;
  /** Canonical number (`18-NQ/TW`). */
  number: string;
  /** Canonical type code (`NQ`, `QĐ`); null for a law numbered `NUMBER/YEAR/QH15`. */
  type: string | null;
  /** Canonical issuer code (`TW`, `CP`, `BTC-BNV`). */
  issuer: string;
  /** Province of a local document (`02-KH/TU`); absent for a central one. */
  province?: string;
  /** How many articles cite it. */
  articles: number;
  /** How many article versions cite it. */
  versions: number;
  /** Present (true) when no version cites it and only originals' headlines name it. */
  headlineOnly?: true;
}

/** The format of the number files: changes whenever a reader of the old one would misread them. */
export const NUMBER_FILE_FORMAT = 'song-song/document-numbers@2';

/** `/search/numbers/<n>.json`: every document the portal has a page for whose serial is n. */
export interface NumberFile {
  format: typeof NUMBER_FILE_FORMAT;
  /** The leading number without leading zeros (`2` for `02-KH/TU`). */
  leadingNumber: string;
  /** Most cited first, then by number. */
  documents: NumberFileEntry[];
}

/** The leading number as a lookup key: digits without leading zeros (`02` → `2`, `000` → `0`). */
export function normalizeSerial(digits: string): string {
  const trimmed = digits.replace(/^0+/, '');
  return trimmed === '' ? '0' : trimmed;
}

/** The leading number of a document number (`02-KH/TU` → `2`, `179/2024/NĐ-CP` → `179`); null when there is none. */
export function leadingNumber(number: string): string | null {
  const digits = /^\d+/.exec(toMatchView(number).trim());
  return digits ? normalizeSerial(digits[0]) : null;
}

/** Site path of the lookup file of a leading number (`/search/numbers/18.json`). */
export function numberFilePath(n: string): string {
  return `/search/numbers/${normalizeSerial(n)}.json`;
}

/** Most cited first, then by number (numerically, so `18/2024` after `18-NQ`). */
export function compareSuggestions(a: NumberFileEntry, b: NumberFileEntry): number {
  return (
    b.articles - a.articles ||
    b.versions - a.versions ||
    a.number.localeCompare(b.number, 'vi', { numeric: true }) ||
    (a.province ?? '').localeCompare(b.province ?? '', 'vi')
  );
}

/** A number file read from JSON, or null when it is not one (an older site's format included). */
export function readNumberFile(value: unknown): NumberFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const file = value as Partial<NumberFile>;
  if (file.format !== NUMBER_FILE_FORMAT || typeof file.leadingNumber !== 'string' || !Array.isArray(file.documents))
    return null;
  const documents = file.documents.filter(
    (d): d is NumberFileEntry =>
      typeof d === 'object' &&
      d !== null &&
      typeof d.id === 'string' &&
      typeof d.number === 'string' &&
      typeof d.issuer === 'string' &&
      typeof d.articles === 'number' &&
      typeof d.versions === 'number',
  );
  return { format: file.format, leadingNumber: file.leadingNumber, documents };
}

// ---------------------------------------------------------------------------------------------
// Reading a query.

export interface DocumentHint {
  /** The leading number, without leading zeros (`18`, `2` for `02`). */
  number: string;
  /** A year given with it (`178/2024`). */
  year?: string;
  /**
   * Canonical type codes the words or code name (`['NQ']`, `['NQ', 'QĐ']` for `Beschluss`); empty when only a number
   * was given.
   */
  types: string[];
}

/** Words the labels lack, as translators write them: word → type codes. */
const ALIASES: readonly [string, readonly string[]][] = [
  // Vietnamese.
  ['Thông báo kết luận', ['TB']],
  // English.
  ['Official dispatch', ['CV']],
  ['Dispatch', ['CV']],
  ['Notification', ['TB']],
  ['Instruction', ['CT']],
  ['Guideline', ['HD']],
  // German: Beschluss renders both Nghị quyết and Quyết định (`Beschlusses Nr. 204-QD/TW`).
  ['Beschluss', ['NQ', 'QĐ']],
  ['Regelung', ['QĐ']],
  ['Weisung', ['CT']],
  ['Anweisung', ['CT']],
  ['Richtlinie', ['CT']],
  ['Erlass', ['NĐ']],
  ['Verordnung', ['NĐ']],
  ['Regierungsdekret', ['NĐ']],
  ['Regierungsverordnung', ['NĐ']],
  ['Leitlinie', ['HD']],
  ['Bekanntmachung', ['TB']],
  // Russian.
  ['Постановление', ['NQ', 'NĐ']],
  ['Распоряжение', ['QĐ']],
  ['Вывод', ['KL']],
  ['Указание', ['CT']],
  // Arabic: قرار renders both Nghị quyết (`القرار 18-NQ/TW`) and Quyết định.
  ['قرار', ['NQ', 'QĐ']],
  ['مراسيم', ['NĐ']],
  ['خطط', ['KH']],
  ['خلاصة', ['KL']],
];

/** Markers written between a type word and its number. */
const NUMBER_MARKERS = new Set(['so', 'no', 'nos', 'nr', 'nrn', 'n°', 'nº', '№', '№№', 'номер', 'رقم', 'برقم']);

/** A query in the form words are compared in: matching view, lower case, no diacritics, Arabic letters unified. */
function normalizeText(text: string): string {
  return foldDiacritics(toMatchView(cleanText(text)))
    .toLowerCase()
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alef forms (NFD already folds most)
    .replace(/\u0629/g, '\u0647') // teh marbuta → heh
    .replace(/\u0649/g, '\u064A'); // alef maksura → yeh
}

const LATIN_ENDINGS = ['', 's', 'es', 'e', 'en', 'n', 'er', 'ern', 'ens'];
const CYRILLIC_ENDING = /^[аяоеиыуюйьмхв]{0,4}$/;
const ARABIC_LETTERS = /\p{Script=Arabic}/u;
const CYRILLIC_LETTERS = /\p{Script=Cyrillic}/u;

/** Forms of a query word with Arabic prefixes removed: والقرار → قرار, للمرسوم → مرسوم, بالخطة → خطه. */
function arabicStems(word: string): string[] {
  const stems = new Set([word]);
  for (const conj of ['', 'و', 'ف']) {
    if (!word.startsWith(conj)) continue;
    const a = word.slice(conj.length);
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      if (!a.startsWith(prep)) continue;
      const b = a.slice(prep.length);
      stems.add(b);
      if (b.startsWith('ال')) stems.add(b.slice(2));
    }
    // ل + ال is written لل.
    if (a.startsWith('لل')) stems.add(a.slice(2));
  }
  return [...stems].filter((s) => s.length >= 2);
}

/** Does a query word stand for a label word (both normalized), allowing the word's inflections? */
function wordMatches(query: string, label: string): boolean {
  if (query === label) return true;
  if (ARABIC_LETTERS.test(label)) {
    return arabicStems(query).some(
      (stem) => stem === label || stem === `${label}ات` || (label.endsWith('ه') && stem === `${label.slice(0, -1)}ات`),
    );
  }
  if (CYRILLIC_LETTERS.test(label)) {
    const stem = label.replace(/[аяоеиыуюйь]+$/, '');
    return stem.length >= 3 && query.startsWith(stem) && CYRILLIC_ENDING.test(query.slice(stem.length));
  }
  // Latin: English and German plural and genitive endings (an English plural of a label in the plural: Guidelines →
  // Guideline).
  const stems = new Set([label, label.replace(/s$/, ''), label.replace(/e$/, '')]);
  for (const stem of stems) {
    if (stem.length < 3 || !query.startsWith(stem)) continue;
    if (LATIN_ENDINGS.includes(query.slice(stem.length))) return true;
  }
  return false;
}

interface TypePhrase {
  words: string[];
  types: string[];
}

/** Every type word and code, as normalized word sequences with the type codes they name. */
const TYPE_PHRASES: readonly TypePhrase[] = (() => {
  const byPhrase = new Map<string, Set<string>>();
  const add = (text: string, code: string) => {
    const words = normalizeText(text).split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const key = words.join(' ');
    const set = byPhrase.get(key) ?? new Set<string>();
    set.add(code);
    byPhrase.set(key, set);
  };
  for (const type of DOCUMENT_TYPES) {
    // A one-letter code (L) is too easily a word or an initial.
    if (type.code.length >= 2) add(type.code, type.code);
    for (const label of [type.name, type.partyName]) {
      if (!label) continue;
      for (const text of Object.values(label)) for (const alternative of text.split(' / ')) add(alternative, type.code);
    }
  }
  for (const [text, codes] of ALIASES) for (const code of codes) add(text, findDocumentType(code)?.code ?? code);
  return [...byPhrase].map(([key, codes]) => ({ words: key.split(' '), types: [...codes] }));
})();

const CODE_TYPES = new Set(DOCUMENT_TYPES.filter((t) => t.code.length >= 2).map((t) => codeKey(t.code)));

/** Type codes named by exactly these words (all of them), in code-table order; null when they name none. */
function typesOfWords(words: readonly string[]): string[] | null {
  const found = new Set<string>();
  for (const phrase of TYPE_PHRASES) {
    if (phrase.words.length !== words.length) continue;
    const codeOnly = phrase.words.length === 1 && CODE_TYPES.has(codeKey(phrase.words[0]!));
    // A code (`nq`, `qd`) matches only as written; words match in their inflected forms.
    const ok = phrase.words.every((w, i) => (codeOnly ? words[i] === w : wordMatches(words[i]!, w)));
    if (ok) for (const t of phrase.types) found.add(t);
  }
  if (found.size === 0) return null;
  return DOCUMENT_TYPES.map((t) => t.code).filter((code) => found.has(code));
}

/**
 * The number part at the end of a query: serial, then optionally `/year`, then optionally a type
 * code without issuer (`18-NQ`, `178/2024/NĐ`, `759/QĐ`).
 */
const NUMBER_TAIL = /(?:^|\s)(\d{1,6})(?:\s?\/\s?((?:19|20)\d\d))?(?:\s?[-/]\s?([a-z]{1,5}))?$/;

/**
 * A type word or code with a number (`Nghị quyết 18`, `QĐ 204`, `Resolution No. 18`, `قرار رقم
 * 18`, `Nghị định 178/2024`, `18-NQ`), or a number alone (`18`, `No. 18`: no types). Null for
 * anything else: other words, a number followed by words (`the 18 provinces`), a full document
 * number (`18-NQ/TW`, answered exactly by the document lookup).
 */
export function parseDocumentHint(query: string): DocumentHint | null {
  const raw = cleanText(query).trim();
  if (raw === '' || raw.length > 120) return null;
  if (parseDocumentNumber(raw) || findDocumentNumbers(raw).length > 0) return null;
  const text = normalizeText(raw)
    // `No.18`, `Nr.18`, `№18`: the marker is a word of its own.
    .replace(/(№+|n[°º])/g, ' $1 ')
    .replace(/[.,:;#()«»"“”„'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tail = NUMBER_TAIL.exec(text);
  if (!tail) return null;
  const [whole, serial = '', year, code] = tail;
  const words = text
    .slice(0, text.length - whole.length)
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 0 && NUMBER_MARKERS.has(words[words.length - 1]!)) words.pop();
  // A type code after the number must be one (`18-NQ`; `18-abc` is not a hint).
  const codeType = code === undefined ? null : (findDocumentType(code)?.code ?? null);
  if (code !== undefined && (codeType === null || !CODE_TYPES.has(codeKey(codeType)))) return null;
  let types: string[];
  if (words.length === 0) types = codeType ? [codeType] : [];
  else {
    const named = typesOfWords(words);
    if (!named) return null;
    if (codeType && !named.includes(codeType)) return null;
    types = codeType ? [codeType] : named;
  }
  return { number: normalizeSerial(serial), ...(year ? { year } : {}), types };
}

// ---------------------------------------------------------------------------------------------
// Suggestions.

export interface Suggestion {
  /** Document page id. */
  id: string;
  number: string;
  type: string | null;
  issuer: string;
  /** Province of a local document, null for a central one. */
  province: string | null;
  /** Articles and versions citing it. */
  articles: number;
  versions: number;
  /** Only originals' headlines name it (no version cites it). */
  headlineOnly: boolean;
}

/** The documents of a number file that fit the hint (number, types, year), most cited first, then by number. */
export function suggestDocuments(hint: DocumentHint, numberFile: NumberFile | null): Suggestion[] {
  if (!numberFile) return [];
  const types = new Set(hint.types.map(codeKey));
  return numberFile.documents
    .filter((doc) => {
      if (leadingNumber(doc.number) !== normalizeSerial(hint.number)) return false;
      if (types.size > 0 && (doc.type === null || !types.has(codeKey(doc.type)))) return false;
      if (hint.year !== undefined && parseDocumentNumber(doc.number)?.year !== hint.year) return false;
      return true;
    })
    .sort(compareSuggestions)
    .map((doc) => ({
      id: doc.id,
      number: doc.number,
      type: doc.type,
      issuer: doc.issuer,
      province: doc.province ?? null,
      articles: doc.articles,
      versions: doc.versions,
      headlineOnly: doc.headlineOnly === true,
    }));
}

/**
 * The type and issuer of a suggested document in a UI language (`Resolution`, `Party Central Committee`); null where
 * unknown.
 */
export function suggestionLabels(
  suggestion: Pick<Suggestion, 'number' | 'type' | 'issuer'>,
  lang: Lang,
): { type: string | null; issuer: string | null } {
  const parsed = parseDocumentNumber(suggestion.number);
  const system: DocumentSystem = parsed?.form === 'party' ? 'party' : 'state';
  return {
    type: suggestion.type ? (describeDocumentType(suggestion.type, system)?.[lang] ?? null) : null,
    issuer: describeIssuer(suggestion.issuer, system)?.[lang] ?? null,
  };
}

/**
 * The whole lookup, as the search page runs it: read the query, fetch the number's file (a site
 * path → parsed JSON, null when missing), suggest. Null when the query is not a hint; a hint with
 * no suggestions when the portal knows no such document.
 */
export async function lookupDocumentSuggestions(
  query: string,
  fetchJson: (path: string) => Promise<unknown>,
): Promise<{ hint: DocumentHint; suggestions: Suggestion[] } | null> {
  const hint = parseDocumentHint(query);
  if (!hint) return null;
  const file = readNumberFile(await fetchJson(numberFilePath(hint.number)));
  return { hint, suggestions: suggestDocuments(hint, file) };
}
