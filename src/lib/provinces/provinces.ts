/**
 * The provincial-level units of Viet Nam before and after the merger of 2025-07-01, read from
 * src/data/provinces-2025.tsv. Articles name the 63 former units (most were written before the
 * merger), while the portal groups by the 34 current ones, so every lookup goes through this table.
 * The table is validated when first loaded: a typo in it would silently misfile articles.
 */
import { dataFile, readTsv } from '../project-files.ts';
import { cleanText, slugify } from '../text/normalize.ts';

export type ProvinceKind = 'city' | 'province';

export interface Province {
  /** Vietnamese name before the merger, NFC, exactly as in the table. */
  name: string;
  kind: ProvinceKind;
  /** The unit it belongs to since 2025-07-01 (itself when it was not merged away). */
  current: string;
  currentKind: ProvinceKind;
  /** slugify(name), e.g. `hoa-binh`. */
  slug: string;
}

export interface CurrentProvince {
  name: string;
  kind: ProvinceKind;
  slug: string;
  /** The former units merged into it, in table order; includes itself when it existed before. */
  formers: Province[];
}

const TABLE = 'provinces-2025.tsv';
const EXPECTED_FORMER_UNITS = 63;

let cachedProvinces: Province[] | undefined;
let cachedByKey: Map<string, Province> | undefined;

/** The 63 former units, in file order. Loaded and validated once. */
export function loadProvinces(): Province[] {
  if (!cachedProvinces) {
    const file = dataFile(TABLE);
    cachedProvinces = provincesFromRows(readTsv(file), file);
  }
  return cachedProvinces;
}

/** The 34 current units, in order of first appearance in the table. */
export function currentProvinces(): CurrentProvince[] {
  const byName = new Map<string, CurrentProvince>();
  for (const province of loadProvinces()) {
    let current = byName.get(province.current);
    if (!current) {
      current = { name: province.current, kind: province.currentKind, slug: slugify(province.current), formers: [] };
      byName.set(province.current, current);
    }
    current.formers.push(province);
  }
  return [...byName.values()];
}

/** A former unit by its Vietnamese name, tolerant of NFC/NFD, letter case and old-style tone marks (Hoà). */
export function findProvince(name: string): Province | undefined {
  if (!cachedByKey) {
    cachedByKey = new Map();
    for (const province of loadProvinces()) {
      cachedByKey.set(lookupKey(province.name), province);
      cachedByKey.set(lookupKey(oldStyleToneMarks(province.name)), province);
    }
  }
  return cachedByKey.get(lookupKey(name));
}

/** A former unit by its slug (`hoa-binh`). */
export function findProvinceBySlug(slug: string): Province | undefined {
  return loadProvinces().find((province) => province.slug === slug);
}

/** The current unit a former one belongs to: 'Hòa Bình' → 'Phú Thọ'. Throws on an unknown name. */
export function currentProvinceOf(name: string): string {
  const province = findProvince(name);
  if (!province) throw new Error(`Unknown province: "${name}" (not in ${TABLE})`);
  return province.current;
}

/**
 * The same name with the tone mark placed the older way on open oa/oe/uy syllables
 * (Hòa → Hoà, Hóa → Hoá, Thủy → Thuỷ). Both placements are in everyday use, so both must be found.
 */
export function oldStyleToneMarks(text: string): string {
  const tone = '([\\u0300\\u0301\\u0303\\u0309\\u0323])';
  return text
    .normalize('NFD')
    .replace(new RegExp(`([oO])${tone}([aeAE])(?![\\p{L}\\p{M}])`, 'gu'), '$1$3$2')
    .replace(new RegExp(`([uU])${tone}([yY])(?![\\p{L}\\p{M}])`, 'gu'), '$1$3$2')
    .normalize('NFC');
}

function lookupKey(name: string): string {
  return cleanText(name).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Validate the rows of the province table and build the units; errors name `file` and the row. */
export function provincesFromRows(tableRows: Record<string, string>[], file: string): Province[] {
  const rows = tableRows.map((row) => ({
    before: cleanText(row.before ?? ''),
    kindBefore: row.kind_before ?? '',
    after: cleanText(row.after ?? ''),
    kindAfter: row.kind_after ?? '',
  }));
  const fail = (index: number, message: string): never => {
    throw new Error(`${file}: row ${index + 1} (${rows[index]?.before || 'empty'}): ${message}`);
  };
  if (rows.length !== EXPECTED_FORMER_UNITS) {
    throw new Error(`${file}: expected ${EXPECTED_FORMER_UNITS} rows, found ${rows.length}`);
  }

  const rowIndexByName = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!row.before) fail(index, 'empty name');
    if (rowIndexByName.has(row.before)) fail(index, `duplicate name "${row.before}"`);
    rowIndexByName.set(row.before, index);
  });

  return rows.map((row, index) => {
    if (!isKind(row.kindBefore)) return fail(index, `kind_before must be city or province, not "${row.kindBefore}"`);
    if (!isKind(row.kindAfter)) return fail(index, `kind_after must be city or province, not "${row.kindAfter}"`);
    const afterIndex = rowIndexByName.get(row.after);
    const afterRow = afterIndex === undefined ? undefined : rows[afterIndex];
    if (!afterRow) return fail(index, `after "${row.after}" is not itself a row`);
    // A current unit is a former unit that kept its name, so its own row must point to itself.
    if (afterRow.after !== afterRow.before) {
      return fail(index, `after "${row.after}" was itself merged into "${afterRow.after}"`);
    }
    if (afterRow.kindAfter !== row.kindAfter) {
      return fail(
        index,
        `kind_after "${row.kindAfter}" differs from the kind of "${row.after}" (${afterRow.kindAfter})`,
      );
    }
    return {
      name: row.before,
      kind: row.kindBefore,
      current: row.after,
      currentKind: row.kindAfter,
      slug: slugify(row.before),
    };
  });
}

function isKind(value: string): value is ProvinceKind {
  return value === 'city' || value === 'province';
}
