/**
 * What one sentence says about each document number it cites: the document's date, its issuing
 * body as written, its subject as cited, and relations to another document cited in the same
 * sentence ("Plan No. 04-KH/TU … on implementing Decision No. 204-QĐ/TW": 04-KH/TU implements
 * 204-QĐ/TW).
 *
 * How it reads: the mentions (find-document-numbers.ts) are grouped into lists (`Nos. 253-QĐ/TW
 * and 255-QĐ/TW` is one group: what follows the list belongs to every member). What follows a
 * group, up to the next thing, is read in order as
 *     [dating word + date] [issuer intro + issuer] [dating word + date] [subject intro + subject]
 * (citation-phrases.ts has the words per language). So a date is a document's only when a dating
 * word puts it right after the number or its issuer: the date after the next number belongs to that
 * number, and "at the conference on July 11, 2025" (a meeting) dates nothing. An issuer ends at
 * punctuation, a date, a dating or subject word, or another document's type noun; a subject runs
 * until the sentence, clause (`;`) or the next listed document ends, and takes along the document
 * it names with that one's own date and issuer. A relation needs a relation verb a few words
 * before the first document its subject names.
 */
import type { Lang } from '../lang.ts';
import { PHRASES, phrasePattern, type RelationType } from './citation-phrases.ts';
import { findDates, type FoundDate } from './find-dates.ts';
import { findDocumentNumbers, type DocumentMention } from './find-document-numbers.ts';

export interface CitationReading {
  /** Canonical number of the cited document. */
  number: string;
  /** Offsets of the mention in the sentence. */
  start: number;
  end: number;
  /** `YYYY-MM-DD`, or null when the sentence gives the document no date. */
  date: string | null;
  /** The date as written. */
  dateText: string | null;
  /** The issuing body as written, without its preposition (`Central Party Secretariat`). */
  issuer: string | null;
  /** The subject as cited, with its preposition (`on implementing Decision No. 204-QĐ/TW …`). */
  subject: string | null;
}

export interface RelationReading {
  /** The document that implements (guides, concretises, follows) … */
  from: string;
  /** … this one. */
  to: string;
  type: RelationType;
}

export interface SentenceReading {
  /** The document numbers as found (find-document-numbers.ts). */
  mentions: DocumentMention[];
  citations: CitationReading[];
  relations: RelationReading[];
}

/** A subject longer than this is cut at a word and ends in `…`. */
export const MAX_SUBJECT = 200;
/** An issuer has at most this many words. */
const MAX_ISSUER_WORDS = 16;
/** Words between a relation verb (or subject intro) and the document it names. */
const MAX_OBJECT_GAP_WORDS = 5;

interface Group {
  members: DocumentMention[];
  start: number;
  end: number;
}

const LIST_PREFIX = String.raw`(?:nos?\.?|nrn?\.?|№{1,2}|số|رقم)`;

/** Mentions joined by nothing but list material (`, `, `and No.`, `و`) form one group. */
function groupMentions(sentence: string, mentions: DocumentMention[], lang: Lang): Group[] {
  const gap = new RegExp(String.raw`^[\s,،]*(?:(?:${PHRASES[lang].joiners}|و)\s*)?${LIST_PREFIX}?[\s.:]*$`, 'iu');
  const groups: Group[] = [];
  for (const mention of mentions) {
    const last = groups.at(-1);
    if (last && (mention.start < last.end || gap.test(sentence.slice(last.end, mention.start)))) {
      last.members.push(mention);
      last.end = Math.max(last.end, mention.end);
    } else {
      groups.push({ members: [mention], start: mention.start, end: mention.end });
    }
  }
  return groups;
}

/** End of a phrase matched exactly at `at` and followed by a word boundary, else -1. */
function phraseAt(lang: Lang, source: string, text: string, at: number): number {
  const pattern = phrasePattern(lang, `(?:${source})`);
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m || m[0] === '') return -1;
  const end = at + m[0].length;
  const next = text.charAt(end);
  // An Arabic one-letter proclitic (ب، ل) is written attached to the next word.
  if (lang === 'ar' && /(?:^|\s)[بل]$/u.test(m[0])) return end;
  return next === '' || !/[\p{L}\p{M}\p{N}]/u.test(next) ? end : -1;
}

const skipSpace = (text: string, at: number) => at + (/^[\s]*/u.exec(text.slice(at))?.[0].length ?? 0);
const skipSeparators = (text: string, at: number) => at + (/^[\s,،]*/u.exec(text.slice(at))?.[0].length ?? 0);

/** Word starts from `from` up to `to` (exclusive). */
function wordStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (const m of text.slice(from, to).matchAll(/(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]/gu)) starts.push(from + m.index);
  return starts;
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)?.length ?? 0;

interface Context {
  sentence: string;
  lang: Lang;
  dates: FoundDate[];
  groups: Group[];
}

/** A date introduced by a dating word (or in parentheses) at `at`: the date and where it ends. */
function dateAt(ctx: Context, at: number): { found: FoundDate; end: number } | null {
  const { sentence, lang } = ctx;
  let p = at;
  const paren = sentence.charAt(p) === '(';
  if (paren) p = skipSpace(sentence, p + 1);
  const worded = phraseAt(lang, PHRASES[lang].dating, sentence, p);
  if (worded >= 0) p = skipSpace(sentence, worded);
  else if (!paren) return null;
  const found = ctx.dates.find((d) => d.start === p);
  if (!found) return null;
  let end = found.end;
  if (paren) {
    const close = /^\s*\)/u.exec(sentence.slice(end));
    if (close) end += close[0].length;
  }
  return { found, end };
}

const nextStart = (ctx: Context, at: number) =>
  Math.min(
    ctx.groups.find((g) => g.start >= at)?.start ?? Infinity,
    ctx.dates.find((d) => d.start >= at)?.start ?? Infinity,
  );

/** Trailing joiners, articles and punctuation that end a phrase but are not part of it. */
function trimPhrase(lang: Lang, text: string): string {
  const joiners = new RegExp(
    String.raw`(?:[\s,،;؛:.]+|\s+(?:${PHRASES[lang].joiners}|the|die|der|den|und|и)$)+$`,
    'iu',
  );
  let out = text;
  for (let i = 0; i < 4; i++) out = out.replace(joiners, '');
  return out.trim();
}

/**
 * Can this word be part of a body's name? In English and German a name is capitalised, save its
 * function words; Russian translations write names in lower case too, but in the genitive
 * (adjective and noun endings); Vietnamese and Arabic are not told apart by case.
 */
function isIssuerWord(lang: Lang, rest: string): boolean {
  const word = /^[\p{L}\p{M}\p{N}'’-]+/u.exec(rest)?.[0] ?? '';
  if (lang === 'vi' || lang === 'ar' || /^[\p{Lu}\p{N}]/u.test(word)) return true;
  if (lang === 'en') return /^(?:of|the|and|for|on|at|in|to)$/u.test(word);
  if (lang === 'de') return /^(?:der|des|den|dem|die|und|für|von|im|in|zur|zum|auf)$/u.test(word);
  return /^(?:и|по|при|в|на|для)$/u.test(word) || /(?:ого|его|ой|ей|ых|их|ов|ев|а|я|и|ы)$/u.test(word);
}

/** An issuer introduced at `at`: its text (without intro) and where it ends. */
function issuerAt(ctx: Context, at: number): { issuer: string; end: number } | null {
  const { sentence, lang } = ctx;
  const phrases = PHRASES[lang];
  let p = phraseAt(lang, phrases.issuer, sentence, at);
  if (p < 0) {
    // Russian names the issuer in the genitive with no preposition: "Решение № 204 Секретариата ЦК".
    if (lang === 'ru' && /^\p{Lu}/u.test(sentence.slice(at))) p = at;
    else return null;
  }
  p = skipSpace(sentence, p);
  const limit = Math.min(nextStart(ctx, p), sentence.length);
  let end = p;
  let words = 0;
  let named = false;
  for (const start of wordStarts(sentence, p, limit)) {
    const between = sentence.slice(end, start);
    if (start > p && /[,،;؛:()"«»“”„]|\.\s/u.test(between)) break;
    if (start > p) {
      named ||= new RegExp(String.raw`(?:${phrases.namedForSubject})\s*$`, 'iu').test(sentence.slice(p, end));
      if (dateAt(ctx, start)) break;
      const stop = named ? [phrases.typeNouns] : [phrases.typeNouns, phrases.subject];
      if (stop.some((source) => phraseAt(lang, source, sentence, start) >= 0)) break;
      if (!named && !isIssuerWord(lang, sentence.slice(start, start + 40))) break;
      if (phraseAt(lang, String.raw`sowie|as\s+well\s+as|а\s+также|cũng\s+như|وكذلك|وكذا`, sentence, start) >= 0) break;
    }
    words++;
    if (words > MAX_ISSUER_WORDS) return null;
    end = start + (/^[\p{L}\p{M}\p{N}'’-]+\.?/u.exec(sentence.slice(start))?.[0].length ?? 1);
  }
  const issuer = trimPhrase(lang, sentence.slice(p, end));
  return issuer === '' ? null : { issuer, end: p + sentence.slice(p).indexOf(issuer) + issuer.length };
}

/** The group a phrase from `from` names first, if only a few words (a verb, a type noun, `No.`) stand before it. */
function objectGroup(ctx: Context, from: number): Group | null {
  const next = ctx.groups.find((g) => g.start >= from);
  if (!next) return null;
  return wordCount(ctx.sentence.slice(from, next.start)) <= MAX_OBJECT_GAP_WORDS + 4 ? next : null;
}

/** A subject introduced at `at`, with the relation its verb states to the document it names. */
function subjectAt(
  ctx: Context,
  at: number,
): { subject: string; object: Group | null; relation: RelationType | null } | null {
  const { sentence, lang } = ctx;
  const phrases = PHRASES[lang];
  const introEnd = phraseAt(lang, phrases.subject, sentence, at);
  if (introEnd < 0) return null;
  const afterIntro = skipSpace(sentence, introEnd);
  if (ctx.dates.some((d) => d.start === afterIntro)) return null;
  // The clause ends at a semicolon, or where the next listed document (not the one it names) begins.
  const object = objectGroup(ctx, at);
  let end = sentence.length;
  const semicolon = /[;؛]/u.exec(sentence.slice(at));
  if (semicolon) end = at + semicolon.index;
  for (const group of ctx.groups) {
    if (group.start < at || group === object || group.start >= end) continue;
    const before = sentence.slice(object?.end ?? at, group.start);
    const separator = [...before.matchAll(/[,،]|\s(?:sowie|as\s+well\s+as|а\s+также|cũng\s+như)\s/giu)].at(-1);
    if (separator && wordCount(before.slice(separator.index)) <= 4) {
      end = (object?.end ?? at) + separator.index;
      break;
    }
  }
  let subject = trimPhrase(lang, sentence.slice(at, end));
  if (subject.length > MAX_SUBJECT) subject = `${subject.slice(0, subject.lastIndexOf(' ', MAX_SUBJECT))}…`;
  if (wordCount(subject) < 2) return null;
  // The relation: a relation verb between the subject's start and the document it names.
  let relation: RelationType | null = null;
  if (object && object.start < end) {
    let best: { at: number; length: number; type: RelationType } | null = null;
    for (const start of wordStarts(sentence, at, object.start)) {
      for (const [type, source] of phrases.relations) {
        const verbEnd = phraseAt(lang, source, sentence, start);
        if (verbEnd < 0 || wordCount(sentence.slice(verbEnd, object.start)) > MAX_OBJECT_GAP_WORDS) continue;
        if (!best || start < best.at || (start === best.at && verbEnd - start > best.length))
          best = { at: start, length: verbEnd - start, type };
      }
      if (best) break;
    }
    relation = best?.type ?? null;
  }
  return { subject, object: object && object.start < end ? object : null, relation };
}

/** Everything the sentence says about each document it cites (sentence language `lang`). */
export function readCitations(sentence: string, lang: Lang): SentenceReading {
  const mentions = findDocumentNumbers(sentence);
  if (mentions.length === 0) return { mentions, citations: [], relations: [] };
  const groups = groupMentions(sentence, mentions, lang);
  const ctx: Context = { sentence, lang, dates: findDates(sentence, lang), groups };
  const citations: CitationReading[] = [];
  const relations: RelationReading[] = [];
  for (const group of groups) {
    let p = skipSeparators(sentence, group.end);
    let date: { found: FoundDate; end: number } | null = dateAt(ctx, p);
    if (date) p = skipSeparators(sentence, date.end);
    const issuer = issuerAt(ctx, p);
    if (issuer) {
      p = skipSeparators(sentence, issuer.end);
      if (!date) {
        date = dateAt(ctx, p);
        if (date) p = skipSeparators(sentence, date.end);
      }
    }
    const subject = subjectAt(ctx, p);
    for (const member of group.members) {
      citations.push({
        number: member.number,
        start: member.start,
        end: member.end,
        date: date?.found.date ?? null,
        dateText: date?.found.raw ?? null,
        issuer: issuer?.issuer ?? null,
        subject: subject?.subject ?? null,
      });
      if (subject?.object && subject.relation) {
        for (const target of subject.object.members) {
          if (target.number !== member.number)
            relations.push({ from: member.number, to: target.number, type: subject.relation });
        }
      }
    }
  }
  return { mentions, citations, relations };
}
