/**
 * Gathers what buildPlaceIndex (place-query.ts) needs from the build's tables: the provinces with
 * their labels and every spelling province-names.ts lists, the districts table, and the province of
 * each article of the corpus. Node side (the tables are read from src/data/).
 */
import { LANGS, type Lang } from '../lang.ts';
import { districtNameIn, districtNameVariants, loadDistricts } from '../provinces/districts.ts';
import { provinceNameIn, provinceNameVariants } from '../provinces/province-names.ts';
import { loadProvinces } from '../provinces/provinces.ts';
import type { PlaceIndexInput, PlaceNames } from './place-query.ts';

export function placeIndexInput(articles: PlaceIndexInput['articles']): PlaceIndexInput {
  const namesOf = (label: (lang: Lang) => string): PlaceNames =>
    Object.fromEntries(LANGS.map((lang) => [lang, label(lang)])) as PlaceNames;
  return {
    provinces: loadProvinces().map((province) => ({
      name: province.name,
      kind: province.kind,
      current: province.current,
      slug: province.slug,
      names: namesOf((lang) => provinceNameIn(province.name, lang)),
      spellings: [...new Set(LANGS.flatMap((lang) => provinceNameVariants(province.name, lang)))],
    })),
    districts: loadDistricts().map((district) => ({
      name: district.name,
      kind: district.kind,
      province: district.province,
      names: namesOf((lang) => districtNameIn(district, lang)),
      spellings: [...new Set(LANGS.flatMap((lang) => districtNameVariants(district, lang)))],
      shadowed: [...district.shadowed],
    })),
    articles,
  };
}
