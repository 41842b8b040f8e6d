/**
 * Where a province name leads: the page of the province it belongs to since 2025-07-01, at the
 * section of the named (former) unit when the two differ (`/en/provinces/phu-tho/#hoa-binh`).
 */
import type { Lang } from '../lang.ts';
import { findProvince } from '../provinces/provinces.ts';
import { provinceUrl } from './urls.ts';

export function provinceLink(lang: Lang, named: string): string {
  const province = findProvince(named);
  if (!province) throw new Error(`unknown province ${JSON.stringify(named)}`);
  const current = findProvince(province.current)!;
  return province.name === current.name
    ? provinceUrl(lang, current.slug)
    : `${provinceUrl(lang, current.slug)}#${province.slug}`;
}
