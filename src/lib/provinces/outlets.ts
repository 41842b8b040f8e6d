/**
 * The news outlets the corpus cites, read once from src/data/outlets.tsv. A provincial Party
 * newspaper covers its own province, which is the most reliable province an article can have:
 * its text often says only "the province". Validated on load, so a misspelt province in the
 * table fails loudly instead of filing articles nowhere.
 */
import { dataFile, readTsv } from '../project-files.ts';
import { cleanText } from '../text/normalize.ts';
import { findProvince } from './provinces.ts';

export interface Outlet {
  /** Registered domain, lower case, without www. (baophutho.vn). */
  domain: string;
  name: string;
  scope: 'provincial' | 'national';
  /** Pre-2025 province name as in provinces-2025.tsv; null for a national outlet. */
  province: string | null;
}

const TABLE = 'outlets.tsv';

let cachedOutlets: Outlet[] | undefined;

export function loadOutlets(): Outlet[] {
  if (!cachedOutlets) {
    const file = dataFile(TABLE);
    cachedOutlets = outletsFromRows(readTsv(file), file);
  }
  return cachedOutlets;
}

/** The outlet of a host name; any subdomain counts (www., m., amp.), and a port is ignored. */
export function outletForHost(host: string): Outlet | undefined {
  const hostname = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return loadOutlets().find((outlet) => hostname === outlet.domain || hostname.endsWith(`.${outlet.domain}`));
}

/** Validate the rows of the outlet table; errors name `file` and the row. */
export function outletsFromRows(rows: Record<string, string>[], file: string): Outlet[] {
  return rows.map((row, index) => {
    const domain = (row.domain ?? '').toLowerCase().replace(/^www\./, '');
    const fail = (message: string): never => {
      throw new Error(`${file}: row ${index + 1} (${domain || 'empty'}): ${message}`);
    };
    const name = cleanText(row.outlet ?? '');
    const scope = row.scope ?? '';
    const provinceName = cleanText(row.province ?? '');
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) fail(`"${domain}" is not a domain`);
    if (!name) fail('empty outlet name');
    if (scope !== 'provincial' && scope !== 'national')
      return fail(`scope must be provincial or national, not "${scope}"`);
    if (scope === 'national') {
      if (provinceName) fail(`a national outlet has no province, found "${provinceName}"`);
      return { domain, name, scope, province: null };
    }
    const province = findProvince(provinceName);
    if (!province) return fail(`province "${provinceName}" is not in provinces-2025.tsv`);
    return { domain, name, scope, province: province.name };
  });
}
