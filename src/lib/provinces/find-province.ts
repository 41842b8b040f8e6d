/**
 * Finds mentions of provinces in running text of any of the five languages, so an article from a
 * national outlet can still be filed under the province it is about.
 *
 * How it matches, and why:
 * - Text and spellings are compared in a folded form (Latin: diacritics dropped, case kept;
 *   Cyrillic: ё → е; Arabic: short vowels, tatweel and hamza carriers dropped, ة → ه, ى → ي), so one
 *   pattern finds 'Hòa Bình', 'Hoà Bình', NFD input and 'Hoa Binh'. Offsets always point into the
 *   original text. A Latin span that does carry diacritics must be a listed spelling, so 'Hà Năm'
 *   is not 'Hà Nam'.
 * - Case-sensitive for Latin and Cyrillic: names are capitalised, and several are everyday words in
 *   lower case (long an, hòa bình = peace).
 * - Whole words only; hyphens count as spaces between syllables (German 'Hoa-Binh-Provinz'). Arabic
 *   words may carry attached prefixes (و ف ب ل ك ال لل), which the match skips.
 * - Overlaps go to the longest match, and decoys ('Thái Bình Dương', the Pacific) win over the
 *   province names inside them.
 * - A name right after a personal title or a Vietnamese family/middle name (Genosse, товарищ,
 *   الرفيق, Nguyễn, Thị …) is taken as part of a person's name (e.g. comrade Lâm Dũng, written
 *   لام دونج like Lâm Đồng). This cannot catch every person, which is why an outlet's own province
 *   beats anything found in the text.
 */
import type { Lang } from '../lang.ts';
import { foldDiacritics, slugify } from '../text/normalize.ts';
import { provinceNameVariants } from './province-names.ts';
import { loadProvinces } from './provinces.ts';

export interface ProvinceMention {
  /** Vietnamese pre-merger name, as in provinces-2025.tsv. */
  name: string;
  /** UTF-16 offsets into the text as given. */
  start: number;
  end: number;
}

type Script = 'latin' | 'cyrillic' | 'arabic';

const SCRIPT_OF: Record<Lang, Script> = { vi: 'latin', en: 'latin', de: 'latin', ru: 'cyrillic', ar: 'arabic' };

/** Longer phrases that contain a province name but are not the province. */
const DECOYS: Record<Script, readonly string[]> = {
  latin: ['Thái Bình Dương'],
  cyrillic: [],
  arabic: [],
};

/**
 * Words that, right before a name, make it part of a person's name. Arabic ones are in folded form.
 * Family names that are also sentence-initial words are left out (Russian До 'up to', Latin Do, Ho).
 */
const PERSON_CONTEXT: Record<Script, RegExp> = {
  latin: personContext(
    'Genosse|Genossin|Genossen|Comrades?|comrades?|Mr\\.|Mrs\\.|Ms\\.|Herrn?|Frau|Dr\\.|[đĐ]ồng chí|[ôÔ]ng|[bB]à|anh|chị|' +
      'Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang|Bùi|Bui|' +
      'Đỗ|Hồ|Ngô|Ngo|Dương|Duong|Lý|Lâm|Thị|Thi|Văn|Van',
  ),
  cyrillic: personContext(
    '[тТ]оварищ(?:а|у|ем|е|и|ей|ам|ами|ах)?|[гГ]осподин(?:а|у|ом|е)?|[гГ]оспож(?:а|и|е|у|ой)|г-н|г-жа|' +
      'Нгуен|Чан|Ле|Фам|Хоанг|Хюинь|Фан|Ву|Во|Данг|Буй|Хо|Нго|Зыонг|Ли|Лам|Тхи|Ван',
  ),
  arabic: personContext('[وف]?(?:ال)?(?:رفيق|رفيقه|رفاق|سيد|سيده)|نجوين|نغوين|تران|فام|هوانغ|هوانج|فان|ثي|تي'),
};

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/** Separators between the syllables of a name: spaces and all kinds of hyphen and dash. */
const SEPARATOR = '[\\s\\-\\u2010-\\u2015]+';
const SEPARATOR_RE = new RegExp(SEPARATOR, 'gu');
/** Attached Arabic prefixes: conjunction, then preposition and/or article. */
const ARABIC_PREFIX = '[وف]?(?:لل|[بلك]?ال|[بلك])?';

interface Spelling {
  /** null for a decoy. */
  name: string | null;
  /** The listed spellings with this folded form, NFC, separators as single spaces. */
  exact: Set<string>;
}

interface Matcher {
  script: Script;
  regex: RegExp;
  byKey: Map<string, Spelling>;
}

const matchers = new Map<Lang, Matcher>();

/** Province mentions in text order, non-overlapping. */
export function findProvinceMentions(text: string, lang: Lang): ProvinceMention[] {
  const matcher = matcherFor(lang);
  const folded = foldText(text, matcher.script);
  const candidates: (ProvinceMention & { decoy: boolean })[] = [];
  const regex = matcher.regex; // shared and stateful (lastIndex): nothing else runs during this loop
  regex.lastIndex = 0;
  for (let match = regex.exec(folded.text); match; match = regex.exec(folded.text)) {
    regex.lastIndex = match.index + 1;
    const matched = match[1] ?? '';
    const spelling = matcher.byKey.get(collapseSeparators(matched));
    if (!spelling) continue;
    const start = folded.starts[match.index] ?? 0;
    const end = folded.ends[match.index + matched.length - 1] ?? start;
    if (spelling.name === null) {
      candidates.push({ name: '', start, end, decoy: true });
      continue;
    }
    if (matcher.script === 'latin' && !isListedOrPlain(text.slice(start, end), spelling)) continue;
    if (followsPersonContext(text, folded.text, start, match.index, matcher.script)) continue;
    candidates.push({ name: spelling.name, start, end, decoy: false });
  }
  return pickLongestNonOverlapping(candidates)
    .filter((candidate) => !candidate.decoy)
    .map(({ name, start, end }) => ({ name, start, end }));
}

/** The province a text is about: the most mentioned; on a tie the one mentioned first; none → null. */
export function findProvinceInText(text: string, lang: Lang): string | null {
  const counts = new Map<string, number>();
  for (const mention of findProvinceMentions(text, lang)) {
    counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  // Map keeps first-insertion order, so keeping the first of equal counts keeps the earliest mention.
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The first province named in an ASCII URL slug of a Vietnamese headline
 * ('hoa-binh-giao-nhiem-vu-…' → 'Hòa Bình'); the longest name wins where several start together.
 */
export function findProvinceInSlug(slug: string): string | null {
  const bySlug = slugIndex();
  const words = slug.toLowerCase().split('-').filter(Boolean);
  nextStart: for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(bySlug.maxWords, words.length - i); length > 0; length--) {
      const name = bySlug.names.get(words.slice(i, i + length).join('-'));
      if (name === undefined) continue;
      if (name !== null) return name;
      i += length - 1; // a decoy such as thai-binh-duong: skip the names inside it
      continue nextStart;
    }
  }
  return null;
}

function matcherFor(lang: Lang): Matcher {
  let matcher = matchers.get(lang);
  if (!matcher) {
    matcher = buildMatcher(lang);
    matchers.set(lang, matcher);
  }
  return matcher;
}

function buildMatcher(lang: Lang): Matcher {
  const script = SCRIPT_OF[lang];
  const byKey = new Map<string, Spelling>();
  const add = (written: string, name: string | null) => {
    for (const form of new Set([written, written.toUpperCase()])) {
      const exact = collapseSeparators(form).normalize('NFC');
      const key = foldText(exact, script).text;
      const known = byKey.get(key);
      if (known && known.name !== name) {
        throw new Error(`"${form}" (${lang}) would name both ${known.name ?? 'a decoy'} and ${name ?? 'a decoy'}`);
      }
      if (known) known.exact.add(exact);
      else byKey.set(key, { name, exact: new Set([exact]) });
    }
  };
  for (const province of loadProvinces()) {
    for (const variant of provinceNameVariants(province.name, lang)) add(variant, province.name);
  }
  for (const decoy of DECOYS[script]) add(decoy, null);

  const alternatives = [...byKey.keys()]
    .sort((a, b) => b.length - a.length) // the longest spelling that fits wins at each position
    .map((key) => key.split(' ').map(escapeRegExp).join(SEPARATOR));
  const before = script === 'arabic' ? `(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])${ARABIC_PREFIX})` : `(?<!${LETTER})`;
  // Zero-width lookahead with a capture, so a match starting inside another one is still seen.
  const regex = new RegExp(`${before}(?=(${alternatives.join('|')})(?!${LETTER}))`, 'gu');
  return { script, regex, byKey };
}

interface FoldedText {
  text: string;
  /** For each UTF-16 unit of the folded text, the original offsets of the character it came from. */
  starts: number[];
  ends: number[];
}

function foldText(text: string, script: Script): FoldedText {
  const folded: FoldedText = { text: '', starts: [], ends: [] };
  const parts: string[] = [];
  // A base character with its combining marks, so NFD input folds like NFC input.
  for (const cluster of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const start = cluster.index;
    const end = start + cluster[0].length;
    const out = foldCluster(cluster[0], script);
    parts.push(out);
    for (let i = 0; i < out.length; i++) {
      folded.starts.push(start);
      folded.ends.push(end);
    }
  }
  folded.text = parts.join('');
  return folded;
}

function foldCluster(cluster: string, script: Script): string {
  if (/^[\x00-\x7F]$/.test(cluster)) return cluster;
  switch (script) {
    case 'latin':
      return foldDiacritics(cluster);
    case 'cyrillic':
      return cluster.normalize('NFC').replace(/[\u0300\u0301]/g, '').replace('ё', 'е').replace('Ё', 'Е');
    case 'arabic':
      return cluster
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/\u0640/g, '') // tatweel
        .replace(/ٱ/g, 'ا')
        .replace(/ى/g, 'ي')
        .replace(/ی/g, 'ي')
        .replace(/ة/g, 'ه')
        .replace(/ڤ/g, 'ف')
        .replace(/گ/g, 'غ')
        .replace(/ک/g, 'ك');
  }
}

/** A Latin span without diacritics is fine ('Hoa Binh'); one with diacritics must be a listed spelling. */
function isListedOrPlain(span: string, spelling: Spelling): boolean {
  const written = collapseSeparators(span).normalize('NFC');
  return foldDiacritics(written) === written || spelling.exact.has(written);
}

function followsPersonContext(text: string, foldedText: string, start: number, foldedStart: number, script: Script) {
  const before =
    script === 'arabic' ? foldedText.slice(Math.max(0, foldedStart - 30), foldedStart) : text.slice(Math.max(0, start - 30), start).normalize('NFC');
  return PERSON_CONTEXT[script].test(before);
}

function pickLongestNonOverlapping<T extends { start: number; end: number }>(candidates: T[]): T[] {
  const byPreference = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const picked: T[] = [];
  for (const candidate of byPreference) {
    if (picked.every((p) => candidate.end <= p.start || candidate.start >= p.end)) picked.push(candidate);
  }
  return picked.sort((a, b) => a.start - b.start);
}

let cachedSlugIndex: { names: Map<string, string | null>; maxWords: number } | undefined;

function slugIndex(): { names: Map<string, string | null>; maxWords: number } {
  if (!cachedSlugIndex) {
    const names = new Map<string, string | null>();
    for (const province of loadProvinces()) {
      for (const variant of provinceNameVariants(province.name, 'vi')) names.set(slugify(variant), province.name);
    }
    for (const decoy of DECOYS.latin) names.set(slugify(decoy), null);
    const maxWords = Math.max(...[...names.keys()].map((slug) => slug.split('-').length));
    cachedSlugIndex = { names, maxWords };
  }
  return cachedSlugIndex;
}

function personContext(words: string): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${words})[ \\u00A0]$`, 'u');
}

function collapseSeparators(text: string): string {
  return text.replace(SEPARATOR_RE, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
