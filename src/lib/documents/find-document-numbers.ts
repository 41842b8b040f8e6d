/**
 * Finds Vietnamese official document numbers in running text of any of the five languages, so an
 * article can be linked to the directives it talks about.
 *
 * Scanning starts only at digit runs that begin a token, and tries the grammar of
 * document-identity.ts there; everything is bounded, so the scan is linear in the text and safe
 * on hostile input. Dates (`11/7/2025`), ranges (`2025–2030`), thousands (`6.600`) and labels
 * (`Arbeitsgruppe Nr. 1`) never match the grammar; URLs are skipped because their paths and
 * slugs (`…/ket-luan-so-178-kl-tw-…`) are not running text.
 *
 * A list sharing one suffix names several documents: `177, 178, 179/2024/NĐ-CP` and Arabic
 * `177، 178 و179/2024/ND-CP` are three decrees. Each member gets its own mention whose span runs
 * from its own serial to the end of the shared suffix.
 */
import { NUMBER_PREFIX, WORD_CHAR, matchDocumentAt, toMatchView, withSerial } from './document-identity.ts';
import type { DocumentNumber } from './document-identity.ts';

export interface DocumentMention {
  /** Canonical number, e.g. `204-QĐ/TW`. */
  number: string;
  /** Exactly `text.slice(start, end)`. */
  raw: string;
  start: number;
  end: number;
  doc: DocumentNumber;
}

/** A list longer than this is not a list of documents. */
const MAX_LIST_MEMBERS = 50;

/**
 * What stands between two list members: a comma (Latin, Arabic, fullwidth; the view has made them
 * ','), an "and" word, or Arabic و, which is often written attached to the next number (`و178`).
 * A repeated prefix is allowed: `Nr. 177 und Nr. 178-KL/TW`.
 */
const AND_WORD = '(?:and|und|и|và|&)';
const COMMA_THEN_AND = String.raw` {0,3}, {0,3}(?:${AND_WORD} {1,3}|و {0,3})?`;
const LIST_SEPARATOR = String.raw`(?:${COMMA_THEN_AND}| {1,3}${AND_WORD} {1,3}| {0,3}و {0,3})`;
const LIST_SEPARATORS = new RegExp(LIST_SEPARATOR, 'giu');
const LIST_MEMBER_BEFORE = new RegExp(
  String.raw`(?<!\d)(\d{1,6})${LIST_SEPARATOR}(?:${NUMBER_PREFIX}[ .]{0,2})?$`,
  'diu',
);
/** Enough characters before a member to hold the previous member and its separator. */
const LIST_WINDOW = 48;

/** Four-digit years are not list members: `am 15. Juli 2025, 02-KH/TU`. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;

/**
 * Scheme URLs, www. hosts and bare host/path links. Bounded quantifiers only, and a bare host
 * must start a token, so each position costs little; a URL runs to the next whitespace.
 */
const URL_PATTERN = new RegExp(
  String.raw`\b[a-z][a-z0-9+.-]{0,15}:\/\/\S*|\bwww\.\S*|` +
    String.raw`(?<=^|[\s([{<"'«“„‘:])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,5}\.` +
    String.raw`(?:vn|com|net|org|gov|edu|info|int)\/\S*`,
  'giu',
);

/** Every URL_PATTERN match contains one of these; most text has none, and the full pattern is costly. */
const URL_HINT = /:\/\/|www\.|\.(?:vn|com|net|org|gov|edu|info|int)\//iu;

function urlSpans(view: string): [number, number][] {
  if (!URL_HINT.test(view)) return [];
  return [...view.matchAll(URL_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * A serial may start here: not inside a word or number (`QH15`, `151377p24c32`), not after a
 * slash, dash or dot that is glued to the previous token (`11/7/2025`, `2025-2030`, `6.600`,
 * `so-178`). After an Arabic letter it may (`و178`, `رقم18`), and after `No.`/`Nr.` too.
 */
function startsToken(view: string, start: number): boolean {
  const previous = view.charAt(start - 1);
  if (previous === '') return true;
  if (WORD_CHAR.test(previous)) return false;
  const beforePrevious = view.charAt(start - 2);
  if (previous === '/' || previous === '-') return !WORD_CHAR.test(beforePrevious);
  if (previous === '.') return !/\d/.test(beforePrevious);
  return true;
}

interface ListMember {
  start: number;
  serial: string;
}

/**
 * Serials listed before the member at `start` that share its suffix, nearest first. A list counts
 * upwards (`177, 178, 179`), which also keeps a day or a count in front from joining it.
 */
function listMembersBefore(view: string, start: number, serial: string, lowerBound: number): ListMember[] {
  const members: ListMember[] = [];
  let position = start;
  let nextValue = Number(serial);
  while (members.length < MAX_LIST_MEMBERS) {
    const windowStart = Math.max(lowerBound, position - LIST_WINDOW);
    const m = LIST_MEMBER_BEFORE.exec(view.slice(windowStart, position));
    const indices = m?.indices?.[1];
    if (!m || !indices) break;
    const member = m[1] ?? '';
    const memberStart = windowStart + indices[0];
    if (YEAR_LIKE.test(member) || Number(member) >= nextValue || !startsToken(view, memberStart)) break;
    members.push({ start: memberStart, serial: member });
    position = memberStart;
    nextValue = Number(member);
  }
  return members;
}

/** Every document number in the text, in text order; list members each get a mention. */
export function findDocumentNumbers(text: string): DocumentMention[] {
  // Every document number has digits; most sentences of a large corpus have none (fast path).
  if (!/[0-9\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/.test(text)) return [];
  const view = toMatchView(text);
  const urls = urlSpans(view);
  const mentions: DocumentMention[] = [];
  let urlIndex = 0;
  let consumedUpTo = 0;

  for (const run of view.matchAll(/\d+/g)) {
    const start = run.index;
    while (urlIndex < urls.length && (urls[urlIndex]?.[1] ?? 0) <= start) {
      consumedUpTo = Math.max(consumedUpTo, urls[urlIndex]?.[1] ?? 0);
      urlIndex++;
    }
    const url = urls[urlIndex];
    if (url && url[0] <= start) continue;
    if (start < consumedUpTo || !startsToken(view, start)) continue;
    const match = matchDocumentAt(view, start);
    if (!match) continue;

    const mention = (memberStart: number, doc: DocumentNumber): DocumentMention => ({
      number: doc.number,
      raw: text.slice(memberStart, match.end),
      start: memberStart,
      end: match.end,
      doc,
    });
    for (const member of listMembersBefore(view, start, match.doc.serial, consumedUpTo).reverse()) {
      mentions.push(mention(member.start, withSerial(match.doc, member.serial)));
    }
    mentions.push(mention(start, match.doc));
    consumedUpTo = match.end;
  }
  return mentions;
}

/**
 * The spellings a mention's raw text is made of, as written. A list member's raw runs from its own
 * serial to the end of the shared suffix (`177, 178 và 179/2024/NĐ-CP`): it is cut at the
 * separators between members (`177`, `178`, `179/2024/NĐ-CP`). Any other raw is one spelling.
 */
export function mentionSpellings(raw: string): string[] {
  const spellings: string[] = [];
  let from = 0;
  // The view has the same offsets as the raw text, with every comma made ','.
  for (const separator of toMatchView(raw).matchAll(LIST_SEPARATORS)) {
    spellings.push(raw.slice(from, separator.index));
    from = separator.index + separator[0].length;
  }
  spellings.push(raw.slice(from));
  return spellings.filter((spelling) => spelling !== '');
}
