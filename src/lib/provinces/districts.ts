/**
 * The former district-level units of Viet Nam (provincial cities, towns, urban and rural districts),
 * read from src/data/districts-2025.tsv. Articles name them where a national outlet does not name
 * the province ("Phú Quốc", "Hạ Long", "Sầm Sơn"), so a district gives the article its province at
 * ingest, and a search for one finds its province. Validated when first loaded, errors naming the
 * file and line: a wrong province would misfile articles.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../lang.ts';
import { dataFile, readTsv } from '../project-files.ts';
import { cleanText, foldDiacritics } from '../text/normalize.ts';
import { arabicVariants, placeKey, russianCaseForms } from './place-spellings.ts';
import { provinceNameVariants } from './province-names.ts';
import { loadProvinces, oldStyleToneMarks } from './provinces.ts';

export const DISTRICT_KINDS = ['thành phố', 'thị xã', 'quận', 'huyện'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

export interface District {
  /** Vietnamese name without the kind word, NFC, exactly as in the table. */
  name: string;
  kind: DistrictKind;
  /** The provincial unit it belonged to before 2025-07-01 (a `before` name of provinces-2025.tsv). */
  province: string;
  /** The provincial unit that province belongs to since 2025-07-01. */
  current: string;
  /** Spellings per language as listed, label first (Vietnamese: the name). */
  spellings: Record<Lang, readonly string[]>;
  /**
   * False for names that are everyday words or personal names (Thanh Xuân, Ngô Quyền): in running
   * text only right after a kind word (quận Thanh Xuân); a whole search query finds them anyway.
   */
  inText: boolean;
  /** Its unaccented form is no everyday Vietnamese word, so a URL slug naming it counts by itself. */
  inSlug: boolean;
  /** Line of the table it comes from (1-based). */
  line: number;
  /**
   * Arabic spellings (as placeKey) left out of matching because they also spell another province:
   * Arabic writes no tones, so Phổ Yên and Phú Yên are both فو ين. The label still shows.
   */
  shadowed: ReadonlySet<string>;
}

const TABLE = 'districts-2025.tsv';

let cached: District[] | undefined;

/** Every district-level unit of the table, in file order. Loaded and validated once. */
export function loadDistricts(): District[] {
  if (!cached) {
    const file = dataFile(TABLE);
    cached = districtsFromRows(readTsv(file), file, dataLineNumbers(readFileSync(file, 'utf8')));
  }
  return cached;
}

/** The units of a Vietnamese name: one, several (an ambiguous name such as Châu Thành) or none. */
export function districtsNamed(name: string): District[] {
  const key = cleanText(name).toLocaleLowerCase('vi');
  return loadDistricts().filter(
    (d) => d.name.toLocaleLowerCase('vi') === key || oldStyleToneMarks(d.name).toLocaleLowerCase('vi') === key,
  );
}

/** The display label of a district in a language: Phú Quốc → 'Phu Quoc', 'Фукуок', 'فو كوك'. */
export function districtNameIn(district: District, lang: Lang): string {
  return district.spellings[lang][0] ?? district.name;
}

/**
 * Every spelling of a district to recognise in text of a language, label first, like
 * provinceNameVariants: Vietnamese with both tone-mark placements and without diacritics (also in
 * English and German text); Russian case forms; Arabic letter variants.
 */
export function districtNameVariants(district: District, lang: Lang): string[] {
  const vietnamese = [district.name, oldStyleToneMarks(district.name), foldDiacritics(district.name)];
  switch (lang) {
    case 'vi':
      return unique(vietnamese);
    case 'en':
      return unique([...district.spellings.en, ...vietnamese]);
    case 'de':
      return unique([...district.spellings.de, ...district.spellings.en, ...vietnamese]);
    case 'ru':
      return unique(district.spellings.ru.flatMap(russianCaseForms));
    case 'ar':
      return unique(district.spellings.ar.flatMap(arabicVariants)).filter((s) => !district.shadowed.has(placeKey(s)));
  }
}

/**
 * Validate the rows of the districts table and build the units. `lines` gives the file line of
 * each row, for error messages. Checks: known kind and province, NFC name, no duplicate
 * name+province, every spelling column filled, in_text yes/no, and no Latin or Russian spelling
 * that is the name of another province (that row would file articles under the wrong province:
 * leave it out). Arabic spellings that are another province's are only shadowed (see `shadowed`).
 */
export function districtsFromRows(
  rows: Record<string, string>[],
  file: string,
  lines: readonly number[] = [],
): District[] {
  const provinces = new Map(loadProvinces().map((p) => [p.name, p]));
  const fail = (index: number, message: string): never => {
    const where = lines[index] === undefined ? `row ${index + 1}` : `line ${lines[index]}`;
    throw new Error(`${file}: ${where} (${rows[index]?.name || 'empty'}): ${message}`);
  };
  const provinceOfSpelling = provinceSpellingIndex();
  const seen = new Set<string>();
  const districts = rows.map((row, index): District => {
    const name = row.name ?? '';
    if (!name) return fail(index, 'empty name');
    if (cleanText(name) !== name) return fail(index, 'name is not clean NFC text');
    const kind = row.kind ?? '';
    if (!isKind(kind)) return fail(index, `kind must be one of ${DISTRICT_KINDS.join(', ')}, not "${kind}"`);
    const province = provinces.get(row.province ?? '');
    if (!province) return fail(index, `province "${row.province ?? ''}" is not a before name of provinces-2025.tsv`);
    const id = `${name}\t${province.name}`;
    if (seen.has(id)) return fail(index, `duplicate row for "${name}" in ${province.name}`);
    seen.add(id);
    const spellings = {} as Record<Lang, string[]>;
    for (const lang of ['en', 'de', 'ru', 'ar'] as const) {
      const list = (row[lang] ?? '')
        .split(';')
        .map((s) => cleanText(s).trim())
        .filter(Boolean);
      if (list.length === 0) return fail(index, `no ${lang} spelling`);
      spellings[lang] = list;
    }
    spellings.vi = [name];
    const inText = row.in_text ?? '';
    if (inText !== 'yes' && inText !== 'no') return fail(index, `in_text must be yes or no, not "${inText}"`);
    const inSlug = row.slug ?? '';
    if (inSlug !== 'yes' && inSlug !== 'no') return fail(index, `slug must be yes or no, not "${inSlug}"`);
    const district: District = {
      name,
      kind,
      province: province.name,
      current: province.current,
      spellings,
      inText: inText === 'yes',
      inSlug: inSlug === 'yes',
      line: lines[index] ?? index + 1,
      shadowed: new Set(),
    };
    const shadowed = new Set<string>();
    for (const lang of ['vi', 'en', 'de', 'ru', 'ar'] as const) {
      for (const spelling of districtNameVariants(district, lang)) {
        const other = provinceOfSpelling.get(placeKey(spelling));
        if (!other || other === province.name) continue;
        if (lang !== 'ar') return fail(index, `spelling "${spelling}" (${lang}) names the province ${other}`);
        shadowed.add(placeKey(spelling));
      }
    }
    return { ...district, shadowed };
  });
  return districts;
}

/** Every province spelling of every language, by placeKey, to the province it names. */
function provinceSpellingIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const province of loadProvinces()) {
    for (const lang of ['vi', 'en', 'de', 'ru', 'ar'] as const) {
      for (const spelling of provinceNameVariants(province.name, lang)) {
        const spellings = lang === 'ar' ? arabicVariants(spelling) : [spelling];
        for (const s of spellings) index.set(placeKey(s), province.name);
      }
    }
  }
  return index;
}

/** The 1-based line numbers of the data rows of a TSV text (after comments, blank lines and the header). */
function dataLineNumbers(text: string): number[] {
  const lines: number[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() !== '' && !line.startsWith('#')) lines.push(i + 1);
    });
  return lines.slice(1);
}

function isKind(value: string): value is DistrictKind {
  return (DISTRICT_KINDS as readonly string[]).includes(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
