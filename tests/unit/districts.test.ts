/**
 * Tests of the former district-level units: the table and its validation, finding districts in
 * text of the five languages (with the traps: ambiguous names, communes named like a province or
 * district, personal names, everyday words), and the province an article gets from a district.
 */
import { describe, expect, it } from 'vitest';
import { provinceInUrlSlug, provinceOfArticle } from '../../src/lib/provinces/article-province.ts';
import {
  districtNameIn,
  districtNameVariants,
  districtsFromRows,
  districtsNamed,
  loadDistricts,
} from '../../src/lib/provinces/districts.ts';
import {
  findDistrictMentions,
  findDistrictProvinceInSlug,
  findDistrictProvinceInText,
  findProvinceInText,
} from '../../src/lib/provinces/find-province.ts';
import { loadProvinces } from '../../src/lib/provinces/provinces.ts';
import type { Lang } from '../../src/lib/lang.ts';

/** The mentions with the text they cover and their provinces, for readable expectations. */
function spans(text: string, lang: Lang): [string, string][] {
  return findDistrictMentions(text, lang).map((m) => [text.slice(m.start, m.end), m.provinces.join(' / ')]);
}

const row = (over: Record<string, string> = {}) => ({
  name: 'Phú Quốc',
  kind: 'thành phố',
  province: 'Kiên Giang',
  en: 'Phu Quoc',
  de: 'Phu Quoc',
  ru: 'Фукуок',
  ar: 'فو كوك',
  in_text: 'yes',
  slug: 'yes',
  ...over,
});

describe('districts table', () => {
  it('lists every kind, each unit once per province, in provinces of the province table', () => {
    const districts = loadDistricts();
    const count = (kind: string) => districts.filter((d) => d.kind === kind).length;
    expect(districts.length).toBeGreaterThan(600);
    expect(count('thành phố')).toBeGreaterThanOrEqual(80);
    expect(count('thị xã')).toBeGreaterThanOrEqual(50);
    const provinces = new Set(loadProvinces().map((p) => p.name));
    for (const d of districts) {
      expect(provinces.has(d.province), `${d.name}: ${d.province}`).toBe(true);
      expect(d.name).toBe(d.name.normalize('NFC'));
    }
    expect(new Set(districts.map((d) => `${d.name}|${d.province}`)).size).toBe(districts.length);
  });

  it('knows the cities and towns articles name, with their province then and now', () => {
    const one = (name: string) => {
      const [district, ...more] = districtsNamed(name);
      expect(more).toEqual([]);
      return [district?.kind, district?.province, district?.current];
    };
    expect(one('Phú Quốc')).toEqual(['thành phố', 'Kiên Giang', 'An Giang']);
    expect(one('Hạ Long')).toEqual(['thành phố', 'Quảng Ninh', 'Quảng Ninh']);
    expect(one('Sầm Sơn')).toEqual(['thành phố', 'Thanh Hóa', 'Thanh Hóa']);
    expect(one('Sa Pa')).toEqual(['thị xã', 'Lào Cai', 'Lào Cai']);
    expect(one('Hội An')).toEqual(['thành phố', 'Quảng Nam', 'Đà Nẵng']);
    expect(one('Thủ Dầu Một')).toEqual(['thành phố', 'Bình Dương', 'Hồ Chí Minh']);
    expect(one('Hoà Bình')).toEqual(['thành phố', 'Hòa Bình', 'Phú Thọ']); // old-style tone mark
  });

  it('lists a name several provinces have under each of them', () => {
    expect(districtsNamed('Châu Thành').map((d) => d.province)).toEqual([
      'Tây Ninh',
      'Long An',
      'Tiền Giang',
      'Bến Tre',
      'Trà Vinh',
      'Đồng Tháp',
      'An Giang',
      'Kiên Giang',
      'Hậu Giang',
      'Sóc Trăng',
    ]);
    expect(districtsNamed('Tân Phú').map((d) => d.province)).toEqual(['Hồ Chí Minh', 'Đồng Nai']);
    expect(districtsNamed('Phong Điền').map((d) => d.province)).toEqual(['Cần Thơ', 'Huế']);
    expect(districtsNamed('Hoàng Mai').map((d) => d.province)).toEqual(['Hà Nội', 'Nghệ An']);
  });

  it('spells units in five languages, deriving Russian case forms and Arabic letter variants', () => {
    const [phuQuoc] = districtsNamed('Phú Quốc');
    expect(['vi', 'en', 'de', 'ru', 'ar'].map((lang) => districtNameIn(phuQuoc!, lang as Lang))).toEqual([
      'Phú Quốc',
      'Phu Quoc',
      'Phu Quoc',
      'Фукуок',
      'فو كوك',
    ]);
    expect(districtNameVariants(phuQuoc!, 'ru')).toEqual(['Фукуок', 'Фукуока', 'Фукуоку', 'Фукуоком', 'Фукуоке']);
    const [haLong] = districtsNamed('Hạ Long');
    expect(districtNameVariants(haLong!, 'ar')).toEqual(['ها لونغ', 'ها لونج', 'هالونغ', 'هالونج']);
    expect(districtNameVariants(haLong!, 'en')).toEqual(['Ha Long', 'Halong', 'Hạ Long']);
  });

  it('does not recognise an Arabic spelling that is another province (Phổ Yên is فو ين like Phú Yên)', () => {
    const [phoYen] = districtsNamed('Phổ Yên');
    expect(districtNameIn(phoYen!, 'ar')).toBe('فو ين');
    expect(districtNameVariants(phoYen!, 'ar')).toEqual([]);
  });

  it('rejects bad rows naming the file and line', () => {
    const check = (over: Record<string, string>) => () => districtsFromRows([row(), row(over)], 'd.tsv', [20, 21]);
    expect(() => districtsFromRows([row()], 'd.tsv', [20])).not.toThrow();
    expect(check({ province: 'Phú Quốc' })).toThrow(
      'd.tsv: line 21 (Phú Quốc): province "Phú Quốc" is not a before name',
    );
    expect(check({})).toThrow('d.tsv: line 21 (Phú Quốc): duplicate row for "Phú Quốc" in Kiên Giang');
    expect(check({ name: 'Hà Tiên', ru: '' })).toThrow('d.tsv: line 21 (Hà Tiên): no ru spelling');
    expect(check({ name: 'Hà Tiên', kind: 'xã' })).toThrow('line 21 (Hà Tiên): kind must be one of');
    expect(check({ name: 'Hà Tiên', in_text: 'maybe' })).toThrow('in_text must be yes or no');
    expect(check({ name: 'Hoa\u0300 Bi\u0300nh' })).toThrow('name is not clean NFC text');
    // A district spelled like another province would misfile articles: refused.
    expect(check({ name: 'Hòa Bình', province: 'Bạc Liêu', en: 'Hoa Binh', ru: 'Хоабинь', ar: 'هوا بينه' })).toThrow(
      'line 21 (Hòa Bình): spelling "Hòa Bình" (vi) names the province Hòa Bình',
    );
    expect(check({ name: 'Thạnh Hóa', province: 'Long An', en: 'Thanh Hoa', ru: 'Тханьхоа', ar: 'ثانه هوا' })).toThrow(
      'names the province Thanh Hóa',
    );
    // … but one spelled like its own province (the city of Thanh Hóa) is harmless.
    expect(() =>
      districtsFromRows(
        [row({ name: 'Thanh Hóa', province: 'Thanh Hóa', en: 'Thanh Hoa', ru: 'Тханьхоа', ar: 'ثانه هوا' })],
        'd.tsv',
      ),
    ).not.toThrow();
  });
});

describe('districts in text', () => {
  it('finds a district in all five languages, with its province', () => {
    expect(spans('Sáng 12/3, Ban Thường vụ Thành ủy Phú Quốc quán triệt Kết luận 177-KL/TW.', 'vi')).toEqual([
      ['Phú Quốc', 'Kiên Giang'],
    ]);
    expect(spans('The Standing Board of the Ha Long City Party Committee met on Monday.', 'en')).toEqual([
      ['Ha Long', 'Quảng Ninh'],
    ]);
    expect(spans('Der Parteiausschuss der Stadt Sam Son tagte am Montag in Sầm Sơn.', 'de')).toEqual([
      ['Sam Son', 'Thanh Hóa'],
      ['Sầm Sơn', 'Thanh Hóa'],
    ]);
    expect(spans('Партком города Фукуок провёл в Фукуоке конференцию.', 'ru')).toEqual([
      ['Фукуок', 'Kiên Giang'],
      ['Фукуоке', 'Kiên Giang'],
    ]);
    expect(spans('وعقدت لجنة الحزب في مدينة فو كوك مؤتمرا، وفي هالونغ اجتماعا.', 'ar')).toEqual([
      ['فو كوك', 'Kiên Giang'],
      ['هالونغ', 'Quảng Ninh'],
    ]);
  });

  it('reports an ambiguous name with all its provinces, and it gives none', () => {
    const text = 'Huyện ủy Châu Thành triển khai Nghị quyết 18-NQ/TW.';
    expect(findDistrictMentions(text, 'vi')[0]?.provinces).toHaveLength(10);
    expect(findDistrictProvinceInText(text, 'vi')).toBeNull();
    expect(findDistrictProvinceInText('The Chau Thanh district and Tan Phu district', 'en')).toBeNull();
    // The longer name wins: Châu Thành A is only in Hậu Giang.
    expect(spans('huyện Châu Thành A', 'vi')).toEqual([['Châu Thành A', 'Hậu Giang']]);
  });

  it('does not take a commune or ward for the district or province of its name', () => {
    expect(spans('xã Vĩnh Thuận, huyện Cái Bè', 'vi')).toEqual([['Cái Bè', 'Tiền Giang']]);
    expect(findProvinceInText('Phường Hòa Bình, thành phố Biên Hòa đã hoàn thành', 'vi')).toBeNull();
    expect(findProvinceInText('Hoa Binh ward of Bien Hoa city', 'en')).toBeNull();
    expect(findProvinceInText('In der Gemeinde Hoa Binh', 'de')).toBeNull();
    expect(findProvinceInText('в общине Хоабинь', 'ru')).toBeNull();
    expect(findProvinceInText('في بلدية هوا بينه', 'ar')).toBeNull();
    // A district-level town (thị xã) is no commune.
    expect(spans('thị xã Sa Pa', 'vi')).toEqual([['Sa Pa', 'Lào Cai']]);
  });

  it('does not take a personal name for a district', () => {
    expect(spans('Phó Thủ tướng Bùi Thanh Sơn và đồng chí Nguyễn Văn Lâm dự hội nghị.', 'vi')).toEqual([]);
    expect(spans('Comrade Tran Van Thoi spoke.', 'en')).toEqual([]);
    expect(spans('Genosse Nguyen Kim Son sprach.', 'de')).toEqual([]);
  });

  it('takes an everyday-word name only after a kind word', () => {
    expect(spans('Tuổi thanh xuân và đường Hai Bà Trưng; Thanh Xuân ơi.', 'vi')).toEqual([]);
    expect(spans('Quận ủy quận Thanh Xuân và quận Hai Bà Trưng', 'vi')).toEqual([
      ['Thanh Xuân', 'Hà Nội'],
      ['Hai Bà Trưng', 'Hà Nội'],
    ]);
    expect(spans('the Thanh Xuan district of Hanoi', 'en')).toEqual([['Thanh Xuan', 'Hà Nội']]);
  });

  it('finds no district inside a province name, and no name with other diacritics', () => {
    expect(spans('Vinh Long and Vinh', 'en')).toEqual([
      ['Vinh Long', 'Vĩnh Long'],
      ['Vinh', 'Nghệ An'],
    ]);
    expect(spans('Văn bản của Bộ; văn bản Văn Bàn', 'vi')).toEqual([['Văn Bàn', 'Lào Cai']]);
    expect(spans('Vĩnh Hảo', 'vi')).toEqual([]); // not Vinh
  });
});

describe('the province of an article from a district', () => {
  const national = new URL('https://www.vietnamplus.vn/hoi-nghi-quan-triet-ket-luan-177-post1.vnp');

  it('gives the district province when the text names no province', () => {
    const text = 'Ban Thường vụ Thành ủy Phú Quốc tổ chức hội nghị quán triệt Kết luận 177-KL/TW.';
    expect(provinceOfArticle({ sourceUrl: national, text, lang: 'vi' })).toEqual({
      named: 'Kiên Giang',
      current: 'An Giang',
      via: 'text',
    });
    expect(provinceOfArticle({ sourceUrl: national, text: 'В Халонге прошла конференция.', lang: 'ru' })).toEqual({
      named: 'Quảng Ninh',
      current: 'Quảng Ninh',
      via: 'text',
    });
  });

  it('prefers a province named in the text to a district of another province', () => {
    const text = 'Đoàn công tác của tỉnh Nghệ An làm việc tại Phú Quốc.';
    expect(provinceOfArticle({ sourceUrl: national, text, lang: 'vi' })?.named).toBe('Nghệ An');
  });

  it('counts the most mentioned province over its districts; an ambiguous name counts for none', () => {
    const text = 'Sầm Sơn và Hạ Long, Móng Cái, Cẩm Phả; huyện Châu Thành, Châu Thành, Châu Thành.';
    expect(findDistrictProvinceInText(text, 'vi')).toEqual({ province: 'Quảng Ninh', district: 'Hạ Long' });
  });

  it('falls back to a district in the slug only where the slug form is safe', () => {
    expect(provinceInUrlSlug(new URL('https://x.vn/phu-quoc-trien-khai-nghi-quyet-18.html'))).toBe('Kiên Giang');
    expect(provinceInUrlSlug(new URL('https://x.vn/huyen-van-ban-ban-hanh-ke-hoach.html'))).toBe('Lào Cai');
    // văn bản, not Văn Bàn
    expect(provinceInUrlSlug(new URL('https://x.vn/ban-hanh-van-ban-huong-dan.html'))).toBeNull();
    expect(provinceInUrlSlug(new URL('https://x.vn/dai-tu-cong-trinh.html'))).toBeNull(); // đại tu, not Đại Từ
    expect(provinceInUrlSlug(new URL('https://x.vn/thu-dau-mot-ra-mat.html'))).toBe('Bình Dương'); // three syllables
    expect(findDistrictProvinceInSlug('chau-thanh-to-chuc-dai-hoi')).toBeNull();
    expect(provinceInUrlSlug(new URL('https://x.vn/hoa-binh-va-phu-quoc.html'))).toBe('Hòa Bình'); // a province first
  });

  it('keeps the outlet province above everything', () => {
    const local = new URL('https://baophutho.vn/ha-long-hoi-nghi-1.htm');
    expect(provinceOfArticle({ sourceUrl: local, text: 'Hội nghị tại Hạ Long.', lang: 'vi' })?.via).toBe('outlet');
  });
});
