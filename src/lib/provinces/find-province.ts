/**
 * Finds mentions of provinces in running text of any of the five languages, so an article from a
 * national outlet can still be filed under the province it is about.
 *
 * How it matches, and why:
 * - Text and spellings are compared folded (lib/text/fold.ts, case and Cyrillic й kept: Latin
 *   diacritics dropped, ё → е, Arabic short vowels, tatweel and hamza carriers dropped, ة → ه,
 *   ى → ي …), so one pattern finds 'Hòa Bình', 'Hoà Bình', NFD input and 'Hoa Binh'. Offsets always point into the
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
 * - A name right after a commune-level word (xã, phường, thị trấn, commune, Gemeinde, община, بلدية …)
 *   or right before one in English ('Hoa Binh ward') is a commune or ward, which often shares its
 *   name with a province or district elsewhere: it names no province.
 * - District-level units (districts-2025.tsv) are found the same way by findDistrictMentions; a
 *   name that several provinces have (Châu Thành) is reported with all of them and gives none.
 */
import type { Lang } from '../lang.ts';
import { foldText } from '../text/fold.ts';
import { foldDiacritics, slugify } from '../text/normalize.ts';
import { districtNameVariants, loadDistricts, type District } from './districts.ts';
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
    'Genosse|Genossin|Genossen|Comrades?|comrades?|Mr\\.|Mrs\\.|Ms\\.|Herrn?|Frau|Dr\\.|[đĐ]ồng ' +
      'chí|[ôÔ]ng|[bB]à|anh|chị|' +
      'Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang|Bùi|Bui|' +
      'Đỗ|Hồ|Ngô|Ngo|Dương|Duong|Lý|Lâm|Thị|Thi|Văn|Van',
  ),
  cyrillic: personContext(
    '[тТ]оварищ(?:а|у|ем|е|и|ей|ам|ами|ах)?|[гГ]осподин(?:а|у|ом|е)?|[гГ]оспож(?:а|и|е|у|ой)|г-н|г-жа|' +
      'Нгуен|Чан|Ле|Фам|Хоанг|Хюинь|Фан|Ву|Во|Данг|Буй|Хо|Нго|Зыонг|Ли|Лам|Тхи|Ван',
  ),
  arabic: personContext('[وف]?(?:ال)?(?:رفيق|رفيقه|رفاق|سيد|سيده)|نجوين|نغوين|تران|فام|هوانغ|هوانج|فان|ثي|تي'),
};

/** Commune-level words: a name right after one is a commune, ward or village. Arabic ones folded. */
const COMMUNE_BEFORE: Record<Script, RegExp> = {
  latin: personContext(
    '(?<![tT]hị )[xX]ã|[pP]hường|[tT]hị trấn|[ấẤ]p|[tT]hôn|[lL]àng|[kK]hu phố|' +
      '[cC]ommunes?|[wW]ards?|[vV]illages?|[hH]amlets?|[tT]ownships?|' +
      'Gemeinden?|Kommunen?|Dorf|Stadtbezirk|Stadtteil|Ortsteil',
  ),
  cyrillic: personContext('(?:[оО]бщин|[кК]оммун|[дД]еревн|[сС]ел|[кК]вартал|[пП]ос[её]лк|[мМ]икрорайон)[\\p{L}]*'),
  arabic: personContext('[وف]?(?:ب|ل|في )?(?:ال)?(?:بلديه|بلدات|بلده|كومونه|قريه|حي|ناحيه)'),
};
const COMMUNE_AFTER = /^[ \u00A0]+(?:[cC]ommunes?|[wW]ards?|[vV]illages?|[hH]amlets?|[tT]ownships?)(?![\p{L}\p{M}])/u;

/** District-level kind words: an everyday-word district name (in_text no) counts right after one. */
const KIND_BEFORE: Record<Script, RegExp> = {
  latin: personContext(
    '[hH]uyện|[qQ]uận|[tT]hị xã|[tT]hành phố|TP\\.?|Tp\\.|[dD]istrict of|Bezirk|Landkreis|Kreis|Stadt',
  ),
  cyrillic: personContext('(?:[уУ]езд|[рР]айон|[гГ]ород)[\\p{L}]*'),
  arabic: personContext('[وف]?(?:ب|ل|في )?(?:ال)?(?:منطقه|مقاطعه|مدينه)'),
};
const KIND_AFTER = /^[ \u00A0-]+(?:[dD]istricts?|[tT]own|[cC]ity|Bezirk|Kreis)(?![\p{L}\p{M}])/u;

/** How names and running text are folded: case and Cyrillic й kept (lib/text/fold.ts says why). */
const RUNNING_TEXT = { keepCase: true, keepShortI: true } as const;

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
  const folded = foldWithOffsets(text);
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
    if (inContext(COMMUNE_BEFORE, COMMUNE_AFTER, text, folded.text, start, end, match.index, matcher.script)) continue;
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

export interface DistrictMention {
  /** The district-level units this spelling names: one, or several when provinces share the name. */
  districts: District[];
  /** Their pre-merger provinces, distinct, in table order: exactly one when the mention gives a province. */
  provinces: string[];
  /** UTF-16 offsets into the text as given. */
  start: number;
  end: number;
}

/**
 * Mentions of former district-level units in text order, non-overlapping, found like provinces (same
 * folding, whole words, Arabic prefixes, person and commune context). Province names and decoys
 * take part in the longest-match choice, so a district name inside them ('Vinh' in 'Vinh Long')
 * is not reported. Names marked in_text=no count only right after a kind word ('quận Thanh Xuân').
 */
export function findDistrictMentions(text: string, lang: Lang): DistrictMention[] {
  const matcher = districtMatcherFor(lang);
  const folded = foldWithOffsets(text);
  const candidates: (DistrictMention & { decoy: boolean })[] = [];
  for (const found of findKeys(folded.text, matcher)) {
    const entry = found.entry;
    const start = folded.starts[found.start] ?? 0;
    const end = folded.ends[found.end - 1] ?? start;
    if (entry.candidates.length === 0) {
      candidates.push({ districts: [], provinces: [], start, end, decoy: true });
      continue;
    }
    let named = entry.candidates;
    if (matcher.script === 'latin') {
      const written = collapseSeparators(text.slice(start, end)).normalize('NFC');
      if (foldDiacritics(written) !== written) named = named.filter((c) => c.exact.has(written));
    }
    if (named.length === 0) continue;
    if (followsPersonContext(text, folded.text, start, found.start, matcher.script)) continue;
    if (inContext(COMMUNE_BEFORE, COMMUNE_AFTER, text, folded.text, start, end, found.start, matcher.script)) continue;
    if (named.every((c) => !c.district.inText)) {
      if (!inContext(KIND_BEFORE, KIND_AFTER, text, folded.text, start, end, found.start, matcher.script)) continue;
    }
    const districts = named.map((c) => c.district);
    candidates.push({ districts, provinces: [...new Set(districts.map((d) => d.province))], start, end, decoy: false });
  }
  return pickLongestNonOverlapping(candidates)
    .filter((candidate) => !candidate.decoy)
    .map(({ districts, provinces, start, end }) => ({ districts, provinces, start, end }));
}

/** Arabic attached prefixes as a list (ARABIC_PREFIX spelled out), longest first. */
const ARABIC_PREFIXES = ['و', 'ف', '']
  .flatMap((conjunction) =>
    ['لل', 'ال', 'بال', 'لال', 'كال', 'ب', 'ل', 'ك', ''].map((particle) => conjunction + particle),
  )
  .sort((a, b) => b.length - a.length);

/**
 * The spellings of `matcher` in a folded text, by words rather than one big regex (the districts
 * have thousands of spellings): at each word, the longest run of up to maxWords words, joined only
 * by separators, that is a key. Arabic words may carry attached prefixes. Offsets are folded ones.
 */
function* findKeys(
  foldedText: string,
  matcher: DistrictMatcher,
): Generator<{ entry: DistrictSpelling; start: number; end: number }> {
  const words = [...foldedText.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const joinedBySeparator = (i: number) =>
    /^[\s\-\u2010-\u2015]+$/u.test(foldedText.slice(words[i]!.end, words[i + 1]!.start));
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    const prefixes =
      matcher.script === 'arabic'
        ? ARABIC_PREFIXES.filter((p) => first.text.startsWith(p) && first.text.length > p.length)
        : [''];
    let found: { entry: DistrictSpelling; start: number; end: number } | undefined;
    for (const prefix of prefixes) {
      let key = first.text.slice(prefix.length);
      for (let n = 1; n <= matcher.maxWords && i + n <= words.length; n++) {
        if (n > 1) {
          if (!joinedBySeparator(i + n - 2)) break;
          key += ` ${words[i + n - 1]!.text}`;
        }
        const entry = matcher.byKey.get(key);
        const start = first.start + prefix.length;
        const end = words[i + n - 1]!.end;
        if (entry && (!found || end - start > found.end - found.start)) found = { entry, start, end };
      }
    }
    if (found) yield found;
  }
}

/**
 * The province a text is about judging by the district-level units it names (for a text that names
 * no province): the province of the most mentioned unambiguous units; on a tie the one mentioned
 * first; a name several provinces share (Châu Thành) counts for none. Null when nothing is named.
 */
export function findDistrictProvinceInText(text: string, lang: Lang): { province: string; district: string } | null {
  const counts = new Map<string, { count: number; district: string }>();
  for (const mention of findDistrictMentions(text, lang)) {
    const province = mention.provinces.length === 1 ? mention.provinces[0] : undefined;
    if (province === undefined) continue;
    const known = counts.get(province);
    if (known) known.count++;
    else counts.set(province, { count: 1, district: mention.districts[0]!.name });
  }
  let best: { province: string; district: string } | null = null;
  let bestCount = 0;
  for (const [province, { count, district }] of counts) {
    if (count > bestCount) {
      best = { province, district };
      bestCount = count;
    }
  }
  return best;
}

/** Kind words that, in a URL slug, make the next words a district-level unit ('huyen-van-ban'). */
const SLUG_KIND_WORDS = ['huyen', 'thi-xa', 'tx', 'thanh-pho', 'tp'];

/**
 * The province of the first district-level unit named in an ASCII URL slug, for a slug that names
 * no province. Slugs carry no diacritics, and many unaccented names are everyday words (van-ban is
 * văn bản "document", not Văn Bàn), so a unit counts only when its table row says its slug form is
 * safe (slug=yes), when a kind word comes right before it ('thi-xa-…', 'huyen-…'), or when its name
 * has three or more syllables. Province names and decoys are skipped whole; ambiguous names give none.
 */
export function findDistrictProvinceInSlug(slug: string): { province: string; district: string } | null {
  const index = districtSlugIndex();
  const words = slug.toLowerCase().split('-').filter(Boolean);
  nextStart: for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(index.maxWords, words.length - i); length > 0; length--) {
      const districts = index.names.get(words.slice(i, i + length).join('-'));
      if (districts === undefined) continue;
      if (districts !== null) {
        const before = words.slice(0, i).join('-');
        const afterKind = SLUG_KIND_WORDS.some((kind) => before === kind || before.endsWith(`-${kind}`));
        const usable = districts.filter((d) => (d.inText && (d.inSlug || length >= 3)) || afterKind);
        const provinces = new Set(usable.map((d) => d.province));
        if (usable.length > 0 && provinces.size === 1)
          return { province: usable[0]!.province, district: usable[0]!.name };
      }
      i += length - 1; // a province, decoy or unusable name: skip the words inside it
      continue nextStart;
    }
  }
  return null;
}

interface DistrictSpelling {
  /** Empty for a province name or decoy, which only blocks shorter names inside it. */
  candidates: { district: District; exact: Set<string> }[];
}

interface DistrictMatcher {
  script: Script;
  byKey: Map<string, DistrictSpelling>;
  /** The most words a key has. */
  maxWords: number;
}

const districtMatchers = new Map<Lang, DistrictMatcher>();

function districtMatcherFor(lang: Lang): DistrictMatcher {
  let matcher = districtMatchers.get(lang);
  if (!matcher) {
    matcher = buildDistrictMatcher(lang);
    districtMatchers.set(lang, matcher);
  }
  return matcher;
}

function buildDistrictMatcher(lang: Lang): DistrictMatcher {
  const script = SCRIPT_OF[lang];
  const byKey = new Map<string, DistrictSpelling>();
  for (const district of loadDistricts()) {
    for (const written of districtNameVariants(district, lang)) {
      for (const form of new Set([written, written.toUpperCase()])) {
        const exact = collapseSeparators(form).normalize('NFC');
        const key = foldText(exact, RUNNING_TEXT);
        let entry = byKey.get(key);
        if (!entry) {
          entry = { candidates: [] };
          byKey.set(key, entry);
        }
        const known = entry.candidates.find((c) => c.district === district);
        if (known) known.exact.add(exact);
        else entry.candidates.push({ district, exact: new Set([exact]) });
      }
    }
  }
  // Province names and decoys block the district names inside them; a district spelled like its
  // own province (the city of Thanh Hóa) keeps its entry (the table allows no other province).
  const blockers = [...loadProvinces().flatMap((p) => provinceNameVariants(p.name, lang)), ...DECOYS[script]];
  for (const blocker of blockers) {
    for (const form of new Set([blocker, blocker.toUpperCase()])) {
      const key = foldText(collapseSeparators(form).normalize('NFC'), RUNNING_TEXT);
      if (!byKey.has(key)) byKey.set(key, { candidates: [] });
    }
  }
  const maxWords = Math.max(...[...byKey.keys()].map((key) => key.split(' ').length));
  return { script, byKey, maxWords };
}

let cachedDistrictSlugIndex: { names: Map<string, District[] | null>; maxWords: number } | undefined;

function districtSlugIndex(): { names: Map<string, District[] | null>; maxWords: number } {
  if (!cachedDistrictSlugIndex) {
    const names = new Map<string, District[] | null>();
    for (const district of loadDistricts()) {
      const slug = slugify(district.name);
      names.set(slug, [...(names.get(slug) ?? []), district]);
    }
    for (const province of loadProvinces()) {
      for (const variant of provinceNameVariants(province.name, 'vi')) {
        const slug = slugify(variant);
        // A province's own city (thanh-hoa) may stand for it; any other province name blocks.
        if (!names.get(slug)?.every((d) => d.province === province.name)) names.set(slug, null);
      }
    }
    for (const decoy of DECOYS.latin) names.set(slugify(decoy), null);
    const maxWords = Math.max(...[...names.keys()].map((slug) => slug.split('-').length));
    cachedDistrictSlugIndex = { names, maxWords };
  }
  return cachedDistrictSlugIndex;
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
      const key = foldText(exact, RUNNING_TEXT);
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

  return { script, regex: alternativesRegex([...byKey.keys()], script), byKey };
}

/** One regex finding any of the folded spellings as whole words (Arabic: after attached prefixes). */
function alternativesRegex(keys: string[], script: Script): RegExp {
  const alternatives = [...keys]
    .sort((a, b) => b.length - a.length) // the longest spelling that fits wins at each position
    .map((key) => key.split(' ').map(escapeRegExp).join(SEPARATOR));
  const before = script === 'arabic' ? `(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])${ARABIC_PREFIX})` : `(?<!${LETTER})`;
  // Zero-width lookahead with a capture, so a match starting inside another one is still seen.
  return new RegExp(`${before}(?=(${alternatives.join('|')})(?!${LETTER}))`, 'gu');
}

interface FoldedText {
  text: string;
  /** For each UTF-16 unit of the folded text, the original offsets of the character it came from. */
  starts: number[];
  ends: number[];
}

/** The text folded (RUNNING_TEXT) with the original offsets of every folded unit. */
function foldWithOffsets(text: string): FoldedText {
  const folded: FoldedText = { text: '', starts: [], ends: [] };
  const parts: string[] = [];
  // A base character with its combining marks, so NFD input folds like NFC input.
  for (const cluster of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const start = cluster.index;
    const end = start + cluster[0].length;
    const out = foldCluster(cluster[0]);
    parts.push(out);
    for (let i = 0; i < out.length; i++) {
      folded.starts.push(start);
      folded.ends.push(end);
    }
  }
  folded.text = parts.join('');
  return folded;
}

/** Folded clusters seen: texts are made of few distinct ones, and folding one costs far more than a lookup. */
const foldedClusters = new Map<string, string>();
const MAX_FOLDED_CLUSTERS = 10_000;

function foldCluster(cluster: string): string {
  if (cluster.length === 1 && cluster.charCodeAt(0) < 0x80) return cluster;
  let folded = foldedClusters.get(cluster);
  if (folded === undefined) {
    if (foldedClusters.size >= MAX_FOLDED_CLUSTERS) foldedClusters.clear();
    folded = foldText(cluster, RUNNING_TEXT);
    foldedClusters.set(cluster, folded);
  }
  return folded;
}

/** A Latin span without diacritics is fine ('Hoa Binh'); one with diacritics must be a listed spelling. */
function isListedOrPlain(span: string, spelling: Spelling): boolean {
  const written = collapseSeparators(span).normalize('NFC');
  return foldDiacritics(written) === written || spelling.exact.has(written);
}

function followsPersonContext(text: string, foldedText: string, start: number, foldedStart: number, script: Script) {
  return PERSON_CONTEXT[script].test(textBefore(text, foldedText, start, foldedStart, script));
}

/** Whether a name at start…end has a word of `before` right before it, or (Latin) of `after` right after it. */
function inContext(
  before: Record<Script, RegExp>,
  after: RegExp,
  text: string,
  foldedText: string,
  start: number,
  end: number,
  foldedStart: number,
  script: Script,
): boolean {
  if (before[script].test(textBefore(text, foldedText, start, foldedStart, script))) return true;
  return script === 'latin' && after.test(text.slice(end, end + 20));
}

function textBefore(text: string, foldedText: string, start: number, foldedStart: number, script: Script): string {
  return script === 'arabic'
    ? foldedText.slice(Math.max(0, foldedStart - 30), foldedStart)
    : text.slice(Math.max(0, start - 30), start).normalize('NFC');
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
