/**
 * Place queries for the search page: is the whole query a province (current or former) or a former
 * district-level unit, in any of the five languages and any listed spelling? Browser-safe (no
 * `node:` imports, no tables): the build makes a compact index with buildPlaceIndex, writes it to
 * /search/places.json, and the page passes it to matchPlaceQuery.
 *
 * Matching: the whole query (trimmed, surrounding quotes removed, optionally one type word before
 * or after: tỉnh, thành phố, TP., huyện, province, city, district, Provinz, провинция, город, уезд,
 * محافظة, مدينة …) must be a spelling of the place, compared by placeKey (diacritics, case, hyphens
 * and Arabic letter forms ignored; Russian case forms and Arabic letter variants derived from the
 * listed spellings). A Latin query typed with diacritics must carry those of a listed spelling
 * (tone-mark position aside): 'Hà Năm' is not 'Hà Nam'. The syllables of a name never match apart:
 * 'Quan Thanh' is no place. A province beats a district of the same spelling (the city of Thanh Hóa
 * is the province); a district name several provinces share (Châu Thành) matches with no province.
 */
import {
  arabicVariants,
  hasLatinDiacritics,
  placeKey,
  russianCaseForms,
  toneKey,
} from '../provinces/place-spellings.ts';
import { foldDiacritics } from '../text/normalize.ts';

type Langs = 'vi' | 'en' | 'de' | 'ru' | 'ar';
export type PlaceNames = Record<Langs, string>;
export type DistrictKind = 'thành phố' | 'thị xã' | 'quận' | 'huyện';

/** What buildPlaceIndex needs; the build gathers it from the tables (place-index-input.ts). */
export interface PlaceIndexInput {
  /** The 63 former provincial units in table order; `current` is the name of a unit of this list. */
  provinces: readonly {
    name: string;
    kind: 'city' | 'province';
    current: string;
    slug: string;
    names: PlaceNames;
    /**
     * Every spelling to recognise, any language. A label that is not among them is shown but not
     * recognised (the bare 'Hồ Chí Minh' is the president more often than the city).
     */
    spellings: readonly string[];
  }[];
  districts: readonly {
    name: string;
    kind: DistrictKind;
    /** A `name` of `provinces`. */
    province: string;
    names: PlaceNames;
    spellings: readonly string[];
    /** placeKeys not to recognise (Arabic spellings that are another province's). */
    shadowed?: readonly string[];
  }[];
  /** The province of each article, as CorpusIndex has it (`corpus.articles[i].province`). */
  articles: readonly ({ named: string; current: string } | null)[];
}

/** The format of /search/places.json: changes whenever a reader of the old one would misread it. */
export const PLACE_INDEX_FORMAT = 'song-song/places@2';

/**
 * The JSON of /search/places.json. Compact: display names are given once, spellings that can be
 * derived from them (unaccented Latin, Russian case forms, Arabic letter variants) are derived by
 * the reader, so only further spellings are listed.
 */
export interface PlaceIndex {
  format: typeof PLACE_INDEX_FORMAT;
  /** The 63 former provincial units; the 34 current ones are those whose `current` is their own index. */
  provinces: {
    names: PlaceNames;
    /** Slug of its province page (`hoa-binh`). */
    slug: string;
    /** A centrally-run city or a province. */
    kind: 'city' | 'province';
    /** Index (in `provinces`) of the current unit it belongs to since 2025-07-01. */
    current: number;
    /** Articles that name it as their province. */
    namedArticles: number;
    /** For a current unit: articles filed under it (named it or any unit merged into it). */
    currentArticles?: number;
    /** Further spellings. */
    extraSpellings?: string[];
    /** Languages whose name is shown but not recognised as a spelling. */
    unrecognised?: Langs[];
  }[];
  /** The names of a district row's columns, in order (DISTRICT_COLUMNS). */
  districtColumns: typeof DISTRICT_COLUMNS;
  /** What a district row's `kind` indexes (DISTRICT_KINDS). */
  districtKinds: typeof DISTRICT_KINDS;
  /**
   * District-level units, one row each (rows, not objects: 680 of them, and the file is fetched by
   * every short word query): the columns of districtColumns; en (= unaccented vi), de (= en) and
   * the further spellings are 0 when they are the default, trailing defaults left off.
   */
  districts: DistrictRow[];
}

/** The columns of a district row. */
export const DISTRICT_COLUMNS = [
  'vi',
  'province',
  'kind',
  'ru',
  'ar',
  'en',
  'de',
  'extraSpellings',
  'shadowed',
] as const;
export const DISTRICT_KINDS = ['thành phố', 'thị xã', 'quận', 'huyện'] as const satisfies readonly DistrictKind[];

/** vi, province index, kind index, ru, ar, en or 0, de or 0, further spellings or 0, shadowed placeKeys. */
type DistrictRow = [string, number, number, string, string, (string | 0)?, (string | 0)?, (string[] | 0)?, string[]?];

const LANG_ORDER: readonly Langs[] = ['vi', 'en', 'de', 'ru', 'ar'];

/** Builds the index for /search/places.json. Throws when two provinces share a spelling. */
export function buildPlaceIndex(input: PlaceIndexInput): PlaceIndex {
  const provinceIndex = new Map(input.provinces.map((p, i) => [p.name, i]));
  const named = new Map<string, number>();
  const currentCounts = new Map<string, number>();
  for (const province of input.articles) {
    if (!province) continue;
    named.set(province.named, (named.get(province.named) ?? 0) + 1);
    currentCounts.set(province.current, (currentCounts.get(province.current) ?? 0) + 1);
  }
  const indexOf = (name: string): number => {
    const index = provinceIndex.get(name);
    if (index === undefined) throw new Error(`place index: unknown province "${name}"`);
    return index;
  };
  const provinces: PlaceIndex['provinces'] = input.provinces.map((province, i) => {
    const current = indexOf(province.current);
    const recognised = new Set(province.spellings.flatMap(derivedSpellings).map(placeKey));
    const unrecognised = LANG_ORDER.filter(
      (lang) => !derivedSpellings(province.names[lang]).every((form) => recognised.has(placeKey(form))),
    );
    const extra = extraSpellings(
      LANG_ORDER.filter((lang) => !unrecognised.includes(lang)).map((lang) => province.names[lang]),
      province.spellings,
    );
    return {
      names: { ...province.names },
      slug: province.slug,
      kind: province.kind,
      current,
      namedArticles: named.get(province.name) ?? 0,
      ...(current === i ? { currentArticles: currentCounts.get(province.name) ?? 0 } : {}),
      ...(extra.length > 0 ? { extraSpellings: extra } : {}),
      ...(unrecognised.length > 0 ? { unrecognised } : {}),
    };
  });
  const districts: DistrictRow[] = input.districts.map((district) => {
    const { vi, en, de, ru, ar } = district.names;
    const extra = extraSpellings([vi, en, de, ru, ar], district.spellings);
    const row: DistrictRow = [
      vi,
      indexOf(district.province),
      DISTRICT_KINDS.indexOf(district.kind),
      ru,
      ar,
      en === foldDiacritics(vi) ? 0 : en,
      de === en ? 0 : de,
      extra.length > 0 ? extra : 0,
    ];
    if (district.shadowed && district.shadowed.length > 0) row.push([...district.shadowed]);
    while (row.length > 5 && row[row.length - 1] === 0) row.pop();
    return row;
  });
  const index: PlaceIndex = {
    format: PLACE_INDEX_FORMAT,
    provinces,
    districtColumns: DISTRICT_COLUMNS,
    districtKinds: DISTRICT_KINDS,
    districts,
  };
  // Two provinces with one spelling would make a query name either: refuse to build.
  const places = placeLookup(index);
  for (const [key, list] of places.byKey) {
    const provinces = list.filter((e) => e.type === 'province');
    if (provinces.length > 1)
      throw new Error(`place index: "${key}" spells ${provinces.map((e) => e.names.vi).join(' and ')}`);
  }
  return index;
}

export interface ProvinceInfo {
  names: PlaceNames;
  /** Slug of its province page (`hoa-binh`). */
  slug: string;
  kind: 'city' | 'province';
  /** Articles that name it as their province (as it was called then). */
  namedArticles: number;
  /** For a current unit: articles filed under it (it and every unit merged into it); null for a merged one. */
  currentArticles: number | null;
}

export interface PlaceMatch {
  /**
   * province-current: one of the 34 units since 2025-07-01 (even when it existed before); province-former: merged away.
   */
  kind: 'province-current' | 'province-former' | 'district';
  /** The place the query names, in the five languages. */
  names: PlaceNames;
  /** For a district: thành phố, thị xã, quận or huyện; null for a province. */
  districtKind: DistrictKind | null;
  /** The province before 2025-07-01: the place itself, or the district's; null for an ambiguous district name. */
  province: ProvinceInfo | null;
  /** The province since 2025-07-01; null for an ambiguous district name. */
  current: ProvinceInfo | null;
  /** The former province was merged into another one ('Hòa Bình — part of Phú Thọ since 2025'). */
  merged: boolean;
  /**
   * For a district name several provinces have (Châu Thành, Tân Phú): every one of them, and no
   * `province`/`current` is chosen. Empty otherwise.
   */
  ambiguous: { districtKind: DistrictKind; province: ProvinceInfo; current: ProvinceInfo }[];
}

/** The place the whole query names, or null. See the module comment for the rules. */
export function matchPlaceQuery(query: string, index: PlaceIndex): PlaceMatch | null {
  const lookup = placeLookup(index);
  for (const candidate of queryCandidates(query)) {
    const entries = lookup.byKey.get(placeKey(candidate));
    if (!entries) continue;
    let fitting = entries;
    if (hasLatinDiacritics(candidate)) {
      const typed = toneKey(candidate);
      fitting = entries.filter((e) => e.exact.has(typed));
      if (fitting.length === 0) return null; // diacritics typed, and they are no listed spelling's
    }
    return resolve(fitting, lookup);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

interface LookupEntry {
  type: 'province' | 'district';
  names: PlaceNames;
  /** Province index (for a district: its province's). */
  province: number;
  districtKind: DistrictKind | null;
  /** toneKeys of the listed Latin spellings that carry diacritics. */
  exact: Set<string>;
}

interface Lookup {
  byKey: Map<string, LookupEntry[]>;
  provinces: ProvinceInfo[];
  currentOf: number[];
}

const lookups = new WeakMap<PlaceIndex, Lookup>();

function placeLookup(index: PlaceIndex): Lookup {
  let lookup = lookups.get(index);
  if (lookup) return lookup;
  const byKey = new Map<string, LookupEntry[]>();
  const add = (entry: LookupEntry, spellings: readonly string[], shadowed: ReadonlySet<string> = new Set()) => {
    for (const spelling of spellings) {
      if (hasLatinDiacritics(spelling)) entry.exact.add(toneKey(spelling));
      for (const form of derivedSpellings(spelling)) {
        const key = placeKey(form);
        if (!key || shadowed.has(key)) continue;
        const list = byKey.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        byKey.set(key, list);
      }
    }
  };
  const provinces = index.provinces.map((p, i): ProvinceInfo => ({
    names: p.names,
    slug: p.slug,
    kind: p.kind,
    namedArticles: p.namedArticles,
    currentArticles: p.current === i ? (p.currentArticles ?? 0) : null,
  }));
  index.provinces.forEach((p, i) => {
    const labels = LANG_ORDER.filter((lang) => !p.unrecognised?.includes(lang)).map((lang) => p.names[lang]);
    add({ type: 'province', names: provinces[i]!.names, province: i, districtKind: null, exact: new Set() }, [
      ...labels,
      ...(p.extraSpellings ?? []),
    ]);
  });
  for (const [vi, province, kind, ru, ar, en, de, extra, shadowed] of index.districts) {
    const enLabel = en || foldDiacritics(vi);
    const names: PlaceNames = { vi, en: enLabel, de: de || enLabel, ru, ar };
    const entry: LookupEntry = {
      type: 'district',
      names,
      province,
      districtKind: DISTRICT_KINDS[kind] ?? 'huyện',
      exact: new Set(),
    };
    add(entry, [vi, enLabel, names.de, ru, ar, ...(extra || [])], new Set(shadowed ?? []));
  }
  lookup = { byKey, provinces, currentOf: index.provinces.map((p) => p.current) };
  lookups.set(index, lookup);
  return lookup;
}

function resolve(entries: LookupEntry[], lookup: Lookup): PlaceMatch | null {
  const province = entries.find((e) => e.type === 'province');
  if (province) {
    const currentIndex = lookup.currentOf[province.province]!;
    const merged = currentIndex !== province.province;
    return {
      kind: merged ? 'province-former' : 'province-current',
      names: province.names,
      districtKind: null,
      province: lookup.provinces[province.province]!,
      current: lookup.provinces[currentIndex]!,
      merged,
      ambiguous: [],
    };
  }
  const districts = entries.filter((e) => e.type === 'district');
  const first = districts[0];
  if (!first) return null;
  const provinceIndexes = [...new Set(districts.map((e) => e.province))];
  if (provinceIndexes.length > 1) {
    return {
      kind: 'district',
      names: first.names,
      districtKind: districts.every((e) => e.districtKind === first.districtKind) ? first.districtKind : null,
      province: null,
      current: null,
      merged: false,
      ambiguous: districts.map((e) => ({
        districtKind: e.districtKind ?? 'huyện',
        province: lookup.provinces[e.province]!,
        current: lookup.provinces[lookup.currentOf[e.province]!]!,
      })),
    };
  }
  const currentIndex = lookup.currentOf[first.province]!;
  return {
    kind: 'district',
    names: first.names,
    districtKind: first.districtKind,
    province: lookup.provinces[first.province]!,
    current: lookup.provinces[currentIndex]!,
    merged: currentIndex !== first.province,
    ambiguous: [],
  };
}

/** Type words allowed before or after a place name, as placeKeys (one or two words). */
const TYPE_WORDS = new Set(
  [
    'tỉnh',
    'thành phố',
    'tp',
    'tp.',
    'thị xã',
    'tx',
    'tx.',
    'huyện',
    'quận',
    'thủ đô',
    'province',
    'city',
    'district',
    'town',
    'municipality',
    'the province of',
    'the city of',
    'provinz',
    'stadt',
    'bezirk',
    'kreis',
    'landkreis',
    'hauptstadt',
    'провинция',
    'провинции',
    'провинцию',
    'провинцией',
    'город',
    'города',
    'городе',
    'городу',
    'городом',
    'г.',
    'уезд',
    'уезда',
    'уезде',
    'уезду',
    'уездом',
    'район',
    'района',
    'районе',
    'району',
    'районом',
    'محافظة',
    'مقاطعة',
    'مدينة',
    'ولاية',
    'إقليم',
    'منطقة',
    'العاصمة',
  ].map(placeKey),
);

/** The query as typed, then without a leading, a trailing, or both type words. */
function queryCandidates(query: string): string[] {
  const whole = stripQuotes(query.normalize('NFC').trim()).replace(/^(tp|tx|g)\.(?=\S)/i, '$1. ');
  if (!whole) return [];
  const words = whole.split(/[\s\-\u2010-\u2015]+/).filter(Boolean);
  const candidates = [whole];
  const lead = typeWordsAt(words, 'start');
  const trail = typeWordsAt(words, 'end');
  if (lead > 0 && lead < words.length) candidates.push(words.slice(lead).join(' '));
  if (trail > 0 && trail < words.length) candidates.push(words.slice(0, words.length - trail).join(' '));
  if (lead > 0 && trail > 0 && lead + trail < words.length)
    candidates.push(words.slice(lead, words.length - trail).join(' '));
  return candidates;
}

/** How many words at the start (or end) form a type word: 0, 1, 2 or 3. */
function typeWordsAt(words: string[], at: 'start' | 'end'): number {
  for (const length of [3, 2, 1]) {
    if (length >= words.length) continue;
    const part = at === 'start' ? words.slice(0, length) : words.slice(words.length - length);
    if (TYPE_WORDS.has(placeKey(part.join(' ')))) return length;
  }
  return 0;
}

function stripQuotes(text: string): string {
  let out = text;
  for (;;) {
    const m = /^["'“”„«‹‘’»›「『](.*)["'“”„«‹‘’»›」』]$/su.exec(out);
    if (!m) return out;
    out = (m[1] ?? '').trim();
  }
}

/** Every spelling derived from a listed one: Russian case forms, Arabic letter variants. */
function derivedSpellings(spelling: string): string[] {
  if (/[\u0400-\u04FF]/.test(spelling)) return russianCaseForms(spelling);
  if (/[\u0600-\u06FF]/.test(spelling)) return arabicVariants(spelling);
  return [spelling];
}

/**
 * Listed spellings a reader could not derive from the labels: another key (Danang, Хоабини is
 * derived, Тайнинь is not), or other diacritics than a label's (Đăk Lăk beside Đắk Lắk; old-style
 * tone marks are no other diacritics).
 */
function extraSpellings(labels: readonly string[], spellings: readonly string[]): string[] {
  const keys = new Set(labels.flatMap(derivedSpellings).map(placeKey));
  const exact = new Set(labels.filter(hasLatinDiacritics).map(toneKey));
  const extra: string[] = [];
  for (const spelling of spellings) {
    // Spellings come with their own derived forms listed (Хоабинь, Хоабини …): a form of a kept
    // spelling is no new key, and must not be derived from again (Хоабиня → Хоабиней).
    const newKey = !keys.has(placeKey(spelling));
    const newExact = hasLatinDiacritics(spelling) && !exact.has(toneKey(spelling));
    if (!newKey && !newExact) continue;
    extra.push(spelling);
    for (const form of derivedSpellings(spelling)) keys.add(placeKey(form));
    if (hasLatinDiacritics(spelling)) exact.add(toneKey(spelling));
  }
  return extra;
}

/**
 * The spellings of a place that count as the place in page text of a language, as word lists:
 * the Latin names in Vietnamese, English and German text; the Russian name in its case forms
 * (Хоабинь, Хоабини …); the Arabic name with its letter variants. Text search matches them as
 * whole phrases.
 */
export function placeSpellings(place: PlaceMatch, lang: Langs): string[][] {
  const { names } = place;
  const spellings =
    lang === 'ru'
      ? russianPhraseForms(names.ru)
      : lang === 'ar'
        ? arabicVariants(names.ar)
        : [names.vi, names.en, names.de];
  const lists = spellings.map((spelling) => spelling.split(/[\s\-\u2010-\u2015]+/u).filter(Boolean));
  const seen = new Set<string>();
  return lists.filter((words) => words.length > 0 && !seen.has(words.join(' ')) && seen.add(words.join(' ')));
}

/** A Russian name's case forms: its last word declines (провинция Кханьхоа, город Фукуок). */
function russianPhraseForms(name: string): string[] {
  const words = name.split(' ');
  const last = words.pop() ?? '';
  return russianCaseForms(last).map((form) => [...words, form].join(' '));
}
