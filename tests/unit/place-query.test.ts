/**
 * Tests of place queries (lib/search/place-query.ts): the index /search/places.json holds, and
 * which place a whole query names, in the five languages, with the traps (syllables of a name
 * apart, other diacritics, ambiguous district names, the bare name of the president).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { placeIndexInput } from '../../src/lib/search/place-index-input.ts';
import {
  buildPlaceIndex,
  matchPlaceQuery,
  type PlaceIndex,
  type PlaceMatch,
} from '../../src/lib/search/place-query.ts';

const articles = [
  { named: 'Hòa Bình', current: 'Phú Thọ' },
  { named: 'Phú Thọ', current: 'Phú Thọ' },
  { named: 'Phú Thọ', current: 'Phú Thọ' },
  { named: 'Kiên Giang', current: 'An Giang' },
  null,
];
const index: PlaceIndex = JSON.parse(JSON.stringify(buildPlaceIndex(placeIndexInput(articles))));

/** A match in one line: kind, place, district kind, province then → now, counts. */
function describeMatch(m: PlaceMatch | null): string | null {
  if (!m) return null;
  if (m.ambiguous.length > 0)
    return `${m.kind} ${m.names.vi}: ambiguous ${m.ambiguous.map((a) => a.province.names.vi).join(', ')}`;
  const place = m.districtKind ? `${m.districtKind} ${m.names.vi}` : m.names.vi;
  const counts = `${m.province?.namedArticles}/${m.current?.currentArticles}`;
  return `${m.kind} ${place}: ${m.province?.names.vi} → ${m.current?.names.vi}${m.merged ? ' (merged)' : ''} ${counts}`;
}
const match = (query: string) => describeMatch(matchPlaceQuery(query, index));

describe('place index', () => {
  it('holds 63 provinces (34 current) and the districts, with article counts', () => {
    expect(index.format).toBe('song-song/places@2');
    expect(index.provinces).toHaveLength(63);
    expect(index.provinces.filter((p, i) => p.current === i)).toHaveLength(34);
    expect(index.districts.length).toBeGreaterThan(600);
    expect(index.districtColumns).toEqual([
      'vi',
      'province',
      'kind',
      'ru',
      'ar',
      'en',
      'de',
      'extraSpellings',
      'shadowed',
    ]);
    expect(index.districtKinds).toEqual(['thành phố', 'thị xã', 'quận', 'huyện']);
    const hoaBinh = index.provinces.find((p) => p.names.vi === 'Hòa Bình')!;
    expect(hoaBinh).toEqual({
      names: { vi: 'Hòa Bình', en: 'Hoa Binh', de: 'Hoa Binh', ru: 'Хоабинь', ar: 'هوا بينه' },
      slug: 'hoa-binh',
      kind: 'province',
      current: index.provinces.findIndex((p) => p.names.vi === 'Phú Thọ'),
      namedArticles: 1,
    });
    const phuTho = index.provinces.find((p) => p.names.vi === 'Phú Thọ')!;
    expect([phuTho.namedArticles, phuTho.currentArticles]).toEqual([2, 3]);
    expect(index.districts.find((d) => d[0] === 'Phú Quốc')).toEqual([
      'Phú Quốc',
      index.provinces.findIndex((p) => p.names.vi === 'Kiên Giang'),
      0,
      'Фукуок',
      'فو كوك',
      0,
      0,
      ['فو كووك'],
    ]);
  });

  it('stays small', () => {
    const json = JSON.stringify(index);
    expect(Buffer.byteLength(json)).toBeLessThan(60_000);
    expect(gzipSync(json).length).toBeLessThan(18_000);
  });

  it('refuses two provinces with one spelling', () => {
    const input = placeIndexInput([]);
    const broken = {
      ...input,
      provinces: input.provinces.map((p) =>
        p.name === 'Hà Nam' ? { ...p, spellings: [...p.spellings, 'Hoa Binh'] } : p,
      ),
    };
    expect(() => buildPlaceIndex(broken)).toThrow('place index: "hoa binh" spells Hòa Bình and Hà Nam');
  });
});

describe('matchPlaceQuery', () => {
  it('finds a former province in every language and spelling', () => {
    const expected = 'province-former Hòa Bình: Hòa Bình → Phú Thọ (merged) 1/3';
    for (const query of [
      'Hòa Bình',
      'Hoà Bình',
      'Hoa Binh',
      'hoa binh',
      'HOA BINH',
      'Hoa-Binh',
      '"Hòa Bình"',
      '“Hoa Binh”',
      '  hòa bình ',
    ]) {
      expect(match(query), query).toBe(expected);
    }
    for (const query of ['Хоабинь', 'Хоабини', 'хоабинь', 'هوا بينه', 'هوا بين', 'هوا بينة'])
      expect(match(query), query).toBe(expected);
  });

  it('allows one type word before or after the name', () => {
    const expected = 'province-former Hòa Bình: Hòa Bình → Phú Thọ (merged) 1/3';
    for (const query of [
      'tỉnh Hòa Bình',
      'Tinh Hoa Binh',
      'Hoa Binh province',
      'Provinz Hoa Binh',
      'Hoa-Binh-Provinz',
      'провинция Хоабинь',
      'провинции Хоабинь',
      'محافظة هوا بينه',
      'مقاطعة هوا بين',
    ]) {
      expect(match(query), query).toBe(expected);
    }
    expect(match('thành phố Thủ Dầu Một')).toBe(
      'district thành phố Thủ Dầu Một: Bình Dương → Hồ Chí Minh (merged) 0/0',
    );
    expect(match('TP.Phú Quốc')).toBe('district thành phố Phú Quốc: Kiên Giang → An Giang (merged) 1/1');
    expect(match('город Халонг')).toBe('district thành phố Hạ Long: Quảng Ninh → Quảng Ninh 0/0');
    expect(match('مدينة ها لونغ')).toBe('district thành phố Hạ Long: Quảng Ninh → Quảng Ninh 0/0');
    expect(match('Stadt Sam Son')).toBe('district thành phố Sầm Sơn: Thanh Hóa → Thanh Hóa 0/0');
  });

  it('finds a current province, which is one entry with its former self', () => {
    expect(match('Phú Thọ')).toBe('province-current Phú Thọ: Phú Thọ → Phú Thọ 2/3');
    expect(match('Футхо')).toBe('province-current Phú Thọ: Phú Thọ → Phú Thọ 2/3');
    // the province, not its city
    expect(match('Thanh Hóa')).toBe('province-current Thanh Hóa: Thanh Hóa → Thanh Hóa 0/0');
    expect(match('thành phố Hồ Chí Minh')).toBe('province-current Hồ Chí Minh: Hồ Chí Minh → Hồ Chí Minh 0/0');
    expect(match('TP.HCM')).toBe('province-current Hồ Chí Minh: Hồ Chí Minh → Hồ Chí Minh 0/0');
    expect(match('Ho Chi Minh City')).toBe('province-current Hồ Chí Minh: Hồ Chí Minh → Hồ Chí Minh 0/0');
    expect(match('Ho-Chi-Minh-Stadt')).toBe('province-current Hồ Chí Minh: Hồ Chí Minh → Hồ Chí Minh 0/0');
    expect(match('Хошимин')).toBe('province-current Hồ Chí Minh: Hồ Chí Minh → Hồ Chí Minh 0/0');
    expect(match('Danang')).toBe('province-current Đà Nẵng: Đà Nẵng → Đà Nẵng 0/0');
    expect(match('Đăk Lăk')).toBe('province-current Đắk Lắk: Đắk Lắk → Đắk Lắk 0/0');
    expect(match('Kiên Giang')).toBe('province-former Kiên Giang: Kiên Giang → An Giang (merged) 1/1');
  });

  it('finds a district and its province, in five languages', () => {
    const phuQuoc = 'district thành phố Phú Quốc: Kiên Giang → An Giang (merged) 1/1';
    for (const query of ['Phú Quốc', 'Phu Quoc', 'phu quoc', 'Фукуок', 'Фукуоке', 'فو كوك', 'huyen phu quoc'])
      expect(match(query), query).toBe(phuQuoc);
    expect(match('Hạ Long')).toBe('district thành phố Hạ Long: Quảng Ninh → Quảng Ninh 0/0');
    expect(match('Halong')).toBe('district thành phố Hạ Long: Quảng Ninh → Quảng Ninh 0/0');
    expect(match('Шамшон')).toBe('district thành phố Sầm Sơn: Thanh Hóa → Thanh Hóa 0/0');
    expect(match('Sa Pa')).toBe('district thị xã Sa Pa: Lào Cai → Lào Cai 0/0');
    expect(match('Сапа')).toBe('district thị xã Sa Pa: Lào Cai → Lào Cai 0/0');
    expect(match('quận Hoàn Kiếm')).toBe('district quận Hoàn Kiếm: Hà Nội → Hà Nội 0/0');
    // Everyday-word names are still places as a whole query.
    expect(match('Thanh Xuân')).toBe('district quận Thanh Xuân: Hà Nội → Hà Nội 0/0');
  });

  it('gives no province for a district name several provinces share', () => {
    expect(match('Châu Thành')).toBe(
      'district Châu Thành: ambiguous Tây Ninh, Long An, Tiền Giang, Bến Tre, Trà Vinh, Đồng Tháp, An ' +
        'Giang, Kiên Giang, Hậu Giang, Sóc Trăng',
    );
    expect(match('Tan Phu')).toBe('district Tân Phú: ambiguous Hồ Chí Minh, Đồng Nai');
    expect(match('Sơn Tây')).toBe('district Sơn Tây: ambiguous Hà Nội, Quảng Ngãi');
    const m = matchPlaceQuery('Châu Thành', index)!;
    expect([m.province, m.current, m.merged]).toEqual([null, null, false]);
  });

  it('tells names apart by their diacritics when typed', () => {
    expect(match('Hà Năm')).toBeNull();
    expect(match('Hà Nam')).toBe('province-former Hà Nam: Hà Nam → Ninh Bình (merged) 0/0');
    expect(match('Phổ Yên')).toBe('district thành phố Phổ Yên: Thái Nguyên → Thái Nguyên 0/0');
    expect(match('Phú Yên')).toBe('province-former Phú Yên: Phú Yên → Đắk Lắk (merged) 0/0');
    expect(match('Phu Yen')).toBe('province-former Phú Yên: Phú Yên → Đắk Lắk (merged) 0/0'); // the province wins
    // Phổ Yên is shadowed in Arabic
    expect(match('فو ين')).toBe('province-former Phú Yên: Phú Yên → Đắk Lắk (merged) 0/0');
    expect(match('Phù Ninh')).toBe('district huyện Phù Ninh: Phú Thọ → Phú Thọ 2/3');
    expect(match('Phu Ninh')).toBe('district Phù Ninh: ambiguous Phú Thọ, Quảng Nam');
  });

  it('does not match syllables of a name, other words, or the president', () => {
    for (const query of [
      'Quan Thanh',
      'Quán Thánh',
      'Thanh',
      'Hoa',
      'Binh Gia Hoa',
      'Hòa Bình Dương',
      'city',
      'tỉnh',
      '',
      '   ',
      '""',
      'Hồ Chí Minh',
      'Ho Chi Minh',
      'decrees',
      '177-KL/TW',
    ]) {
      expect(match(query), query).toBeNull();
    }
  });

  it('reads the JSON file as written (no shared state with the builder)', () => {
    const fresh: PlaceIndex = JSON.parse(JSON.stringify(index));
    expect(describeMatch(matchPlaceQuery('Hoa Binh', fresh))).toBe(
      'province-former Hòa Bình: Hòa Bình → Phú Thọ (merged) 1/3',
    );
  });
});
