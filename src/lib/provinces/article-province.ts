/**
 * Which province an article is about, for filing it under its province then and now. In order of
 * trust: the province of the outlet that published it (a provincial paper writes about its own
 * province and often calls it just "the province"); else the province most named in the text of
 * the translation; else the province of the district-level units the text names (Phú Quốc →
 * Kiên Giang, since 2025 An Giang; a name several provinces share, such as Châu Thành, gives
 * none); else a province, then a district-level unit, named in the URL slug of the Vietnamese
 * original, which is its headline in ASCII. The slug counts as text: it is the original's own wording.
 */
import type { Lang } from '../lang.ts';
import {
  findDistrictProvinceInSlug,
  findDistrictProvinceInText,
  findProvinceInSlug,
  findProvinceInText,
} from './find-province.ts';
import { outletForHost } from './outlets.ts';
import { currentProvinceOf } from './provinces.ts';

export interface ArticleProvince {
  /** As named at the time of the article (a pre-2025-07-01 name). */
  named: string;
  /** The province it belongs to after the merger of 2025-07-01. */
  current: string;
  /** 'text' also covers a province found through a district-level unit, in the text or the slug. */
  via: 'outlet' | 'text';
}

export function provinceOfArticle(input: { sourceUrl: URL; text: string; lang: Lang }): ArticleProvince | null {
  const outletProvince = outletForHost(input.sourceUrl.hostname)?.province;
  if (outletProvince) return { named: outletProvince, current: currentProvinceOf(outletProvince), via: 'outlet' };
  const named =
    findProvinceInText(input.text, input.lang) ??
    findDistrictProvinceInText(input.text, input.lang)?.province ??
    provinceInUrlSlug(input.sourceUrl);
  return named ? { named, current: currentProvinceOf(named), via: 'text' } : null;
}

/**
 * The province named in the last path segment of an article URL, without its .html/.htm ending;
 * else the province of a district-level unit named there.
 */
export function provinceInUrlSlug(url: URL): string | null {
  const segment = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  const slug = segment.replace(/\.[a-z]+$/i, '');
  return findProvinceInSlug(slug) ?? findDistrictProvinceInSlug(slug)?.province ?? null;
}
