/**
 * Tests of the province layer: the 2025 merger table, province names in five languages, finding
 * province mentions in text, outlets, and the province of an article (on the real seed texts).
 */
import { readFileSync } from 'node:fs';
import { russianCaseForms } from '../../src/lib/provinces/place-spellings.ts';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/lang.ts';
import { provinceInUrlSlug, provinceOfArticle } from '../../src/lib/provinces/article-province.ts';
import { findProvinceInSlug, findProvinceInText, findProvinceMentions } from '../../src/lib/provinces/find-province.ts';
import { loadOutlets, outletForHost, outletsFromRows } from '../../src/lib/provinces/outlets.ts';
import { PROVINCE_NAMES, provinceNameIn, provinceNameVariants } from '../../src/lib/provinces/province-names.ts';
import {
  currentProvinceOf,
  currentProvinces,
  findProvince,
  findProvinceBySlug,
  loadProvinces,
  provincesFromRows,
} from '../../src/lib/provinces/provinces.ts';

function seed(prefix: string): { text: string; sourceUrl: URL } {
  const names: Record<string, string> = {
    '000': '000_e228c1ef6803ec34.txt',
    '001': '001_b512f38989053f5c.txt',
    '002': '002_c9a5fda6541b9e37.txt',
    '003': '003_3a970a3a0229f3a2.txt',
    '004': '004_221c47744e1fa9ba.txt',
  };
  const text = readFileSync(new URL(`../fixtures/seeds/${names[prefix]}`, import.meta.url), 'utf8');
  const source = /^(?:Источник|Quelle|Source|المصدر):\s*(\S+)/m.exec(text)?.[1];
  if (!source) throw new Error(`seed ${prefix} has no source line`);
  return { text, sourceUrl: new URL(source) };
}

/** The mentions with the text they cover, for readable expectations. */
function spans(text: string, lang: Parameters<typeof findProvinceMentions>[1]): [string, string][] {
  return findProvinceMentions(text, lang).map((m) => [m.name, text.slice(m.start, m.end)]);
}

describe('province table', () => {
  it('has 63 former and 34 current units', () => {
    const provinces = loadProvinces();
    expect(provinces).toHaveLength(63);
    expect(provinces[0]).toEqual({
      name: 'Hà Nội',
      kind: 'city',
      current: 'Hà Nội',
      currentKind: 'city',
      slug: 'ha-noi',
    });
    const current = currentProvinces();
    expect(current).toHaveLength(34);
    expect(current.filter((p) => p.kind === 'city').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Huế',
      'Hải Phòng',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
    expect(current.reduce((sum, p) => sum + p.formers.length, 0)).toBe(63);
  });

  it('lists the former units of each current one', () => {
    const byName = new Map(currentProvinces().map((p) => [p.name, p]));
    expect(byName.get('Phú Thọ')?.formers.map((p) => p.name)).toEqual(['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']);
    expect(byName.get('Hồ Chí Minh')?.formers.map((p) => p.name)).toEqual([
      'Hồ Chí Minh',
      'Bình Dương',
      'Bà Rịa - Vũng Tàu',
    ]);
    expect(byName.get('Lai Châu')?.formers.map((p) => p.name)).toEqual(['Lai Châu']);
    expect(byName.get('Hồ Chí Minh')?.slug).toBe('ho-chi-minh');
  });

  it('maps former units to current ones', () => {
    expect(currentProvinceOf('Hòa Bình')).toBe('Phú Thọ');
    expect(currentProvinceOf('Ninh Thuận')).toBe('Khánh Hòa');
    expect(currentProvinceOf('Hà Giang')).toBe('Tuyên Quang');
    expect(currentProvinceOf('Phú Thọ')).toBe('Phú Thọ');
    expect(currentProvinceOf('Hải Dương')).toBe('Hải Phòng');
    expect(() => currentProvinceOf('Sài Gòn')).toThrow('Unknown province: "Sài Gòn"');
  });

  it('finds a unit whatever the normalisation, case or tone placement', () => {
    expect(findProvince('Hòa Bình'.normalize('NFD'))?.name).toBe('Hòa Bình');
    expect(findProvince('hòa bình')?.name).toBe('Hòa Bình');
    expect(findProvince('Hoà Bình')?.name).toBe('Hòa Bình');
    expect(findProvince('KHÁNH HÒA')?.name).toBe('Khánh Hòa');
    expect(findProvince('Hoa Binh')).toBeUndefined();
    expect(findProvinceBySlug('ba-ria-vung-tau')?.name).toBe('Bà Rịa - Vũng Tàu');
    expect(findProvinceBySlug('hoa-binh')?.slug).toBe('hoa-binh');
  });

  it('rejects a broken table, naming the file and row', () => {
    const rows = loadProvinces().map((p) => ({
      before: p.name,
      kind_before: p.kind,
      after: p.current,
      kind_after: p.currentKind,
    }));
    const broken = (index: number, change: Record<string, string>) =>
      rows.map((row, i) => (i === index ? { ...row, ...change } : row));
    expect(() => provincesFromRows(rows.slice(1), 'p.tsv')).toThrow('p.tsv: expected 63 rows, found 62');
    expect(() => provincesFromRows(broken(19, { after: 'Hoà Bình Mới' }), 'p.tsv')).toThrow(
      'p.tsv: row 20 (Hòa Bình): after "Hoà Bình Mới" is not itself a row',
    );
    expect(() => provincesFromRows(broken(18, { after: 'Hòa Bình' }), 'p.tsv')).toThrow(
      'p.tsv: row 19 (Vĩnh Phúc): after "Hòa Bình" was itself merged into "Phú Thọ"',
    );
    expect(() => provincesFromRows(broken(2, { kind_before: 'town' }), 'p.tsv')).toThrow(
      'p.tsv: row 3 (Lai Châu): kind_before must be city or province, not "town"',
    );
  });
});

describe('province names', () => {
  it('has names for exactly the 63 units, in every language', () => {
    const names = loadProvinces().map((p) => p.name);
    expect(Object.keys(PROVINCE_NAMES).sort()).toEqual([...names].sort());
    for (const name of names) {
      for (const lang of LANGS) expect(provinceNameIn(name, lang)).not.toBe('');
      expect(provinceNameIn(name, 'ru')).toMatch(/^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/);
      expect(provinceNameIn(name, 'ar')).toMatch(/^[\u0621-\u064A]+(?:(?: | - )[\u0621-\u064A]+)*$/);
      expect(provinceNameIn(name, 'en')).toMatch(/^[A-Z][A-Za-z -]+$/);
    }
    for (const lang of LANGS) {
      expect(new Set(names.map((name) => provinceNameIn(name, lang))).size).toBe(63);
    }
  });

  it('gives the labels of the chosen conventions', () => {
    expect(LANGS.map((lang) => provinceNameIn('Hòa Bình', lang))).toEqual([
      'Hòa Bình',
      'Hoa Binh',
      'Hoa Binh',
      'Хоабинь',
      'هوا بينه',
    ]);
    expect(LANGS.map((lang) => provinceNameIn('Hồ Chí Minh', lang))).toEqual([
      'Hồ Chí Minh',
      'Ho Chi Minh City',
      'Ho-Chi-Minh-Stadt',
      'Хошимин',
      'مدينة هو تشي منه',
    ]);
    expect(LANGS.map((lang) => provinceNameIn('Hà Nội', lang))).toEqual(['Hà Nội', 'Hanoi', 'Hanoi', 'Ханой', 'هانوي']);
    expect(provinceNameIn('Huế', 'en')).toBe('Hue');
    expect(provinceNameIn('Lạng Sơn', 'ru')).toBe('Лангшон');
    expect(provinceNameIn('hoà bình'.normalize('NFD'), 'ru')).toBe('Хоабинь');
    expect(() => provinceNameIn('Sài Gòn', 'en')).toThrow('No names known for province "Sài Gòn"');
  });

  it('lists the spellings to recognise', () => {
    expect(provinceNameVariants('Hòa Bình', 'vi')).toEqual(['Hòa Bình', 'Hoà Bình', 'Hoa Binh']);
    expect(provinceNameVariants('Hòa Bình', 'en')).toEqual(['Hoa Binh', 'Hòa Bình', 'Hoà Bình']);
    expect(provinceNameVariants('Hà Nội', 'de')).toEqual(['Hanoi', 'Hanois', 'Ha Noi', 'Hà Nội']);
    expect(provinceNameVariants('Hòa Bình', 'ru')).toEqual([
      'Хоабинь',
      'Хоабини',
      'Хоабинью',
      'Хоабиня',
      'Хоабиню',
      'Хоабинем',
      'Хоабине',
    ]);
    expect(provinceNameVariants('Phú Thọ', 'ar')).toEqual(['فو تو', 'فو ثو']);
    // The bare name is the president's; only city forms count.
    expect(provinceNameVariants('Hồ Chí Minh', 'vi')).not.toContain('Hồ Chí Minh');
  });

  it('declines Russian names', () => {
    expect(russianCaseForms('Лангшон')).toEqual(['Лангшон', 'Лангшона', 'Лангшону', 'Лангшоном', 'Лангшоне']);
    expect(russianCaseForms('Ханой')).toEqual(['Ханой', 'Ханоя', 'Ханою', 'Ханоем', 'Ханое']);
    expect(russianCaseForms('Шонла')).toEqual(['Шонла', 'Шонлы', 'Шонле', 'Шонлу', 'Шонлой']);
    expect(russianCaseForms('Футхо')).toEqual(['Футхо']);
    expect(russianCaseForms('Хюэ')).toEqual(['Хюэ']);
    expect(russianCaseForms('Тханьхоа')).toEqual(['Тханьхоа']);
    expect(russianCaseForms('Бариа-Вунгтау')).toEqual(['Бариа-Вунгтау']);
  });
});

describe('finding province mentions', () => {
  it('builds an unambiguous matcher for every language', () => {
    for (const lang of LANGS) expect(findProvinceMentions('', lang)).toEqual([]);
  });

  it('finds Vietnamese names with and without diacritics, old tone placement and NFD', () => {
    const text = 'Tỉnh Hòa Bình, tỉnh Hoà Bình, HÒA BÌNH, Hoa Binh và Ha\u0300 Giang.';
    expect(spans(text, 'vi')).toEqual([
      ['Hòa Bình', 'Hòa Bình'],
      ['Hòa Bình', 'Hoà Bình'],
      ['Hòa Bình', 'HÒA BÌNH'],
      ['Hòa Bình', 'Hoa Binh'],
      ['Hà Giang', 'Ha\u0300 Giang'],
    ]);
    // Offsets point into the NFD text: 'tỉnh ' is 6 code units there, 'Hòa Bình' 10.
    const nfd = 'tỉnh Hòa Bình'.normalize('NFD');
    expect(findProvinceMentions(nfd, 'vi')).toEqual([{ name: 'Hòa Bình', start: 6, end: 16 }]);
    expect(findProvinceMentions('Tỉnh Hà Giang', 'vi')).toEqual([{ name: 'Hà Giang', start: 5, end: 13 }]);
  });

  it('is case-sensitive and whole-word for Latin script', () => {
    expect(spans('hòa bình và long an; Long An; Hà Nộii; XHanoi', 'vi')).toEqual([['Long An', 'Long An']]);
    expect(spans('Long An province and the long and winding road', 'en')).toEqual([['Long An', 'Long An']]);
  });

  it('accepts listed diacritics only', () => {
    expect(spans('Hà Năm, Hà Nam', 'vi')).toEqual([['Hà Nam', 'Hà Nam']]);
    expect(spans('in Hué', 'en')).toEqual([['Huế', 'Hué']]);
  });

  it('prefers the longest match and drops decoys', () => {
    expect(spans('Thừa Thiên Huế và Thái Bình Dương', 'vi')).toEqual([['Huế', 'Thừa Thiên Huế']]);
    expect(spans('Bà Rịa – Vũng Tàu', 'vi')).toEqual([['Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu']]);
  });

  it('finds English and German exonyms and hyphenated compounds', () => {
    expect(spans('Ho Chi Minh City, Hanoi, Danang, Ho Chi Minh Thought', 'en')).toEqual([
      ['Hồ Chí Minh', 'Ho Chi Minh City'],
      ['Hà Nội', 'Hanoi'],
      ['Đà Nẵng', 'Danang'],
    ]);
    expect(spans('Die Hoa-Binh-Provinz, Hanois Volkskomitee und Ho-Chi-Minh-Stadt', 'de')).toEqual([
      ['Hòa Bình', 'Hoa-Binh'],
      ['Hà Nội', 'Hanois'],
      ['Hồ Chí Minh', 'Ho-Chi-Minh-Stadt'],
    ]);
  });

  it('finds inflected Russian forms', () => {
    const text = 'В Хоабини и над Хоабинью, в Лангшоне, из Шонлы, в Ханое, в Хошимине; Хо Ши Мин; ХОАБИНЬ.';
    expect(spans(text, 'ru')).toEqual([
      ['Hòa Bình', 'Хоабини'],
      ['Hòa Bình', 'Хоабинью'],
      ['Lạng Sơn', 'Лангшоне'],
      ['Sơn La', 'Шонлы'],
      ['Hà Nội', 'Ханое'],
      ['Hồ Chí Minh', 'Хошимине'],
      ['Hòa Bình', 'ХОАБИНЬ'],
    ]);
    expect(findProvinceMentions('в Хоабини', 'ru')).toEqual([{ name: 'Hòa Bình', start: 2, end: 9 }]);
  });

  it('finds Arabic names behind attached prefixes and letter variants', () => {
    const text = 'وبهانوي ولهوا بينه والهانوي في خانة هوا وفي مدينة هو تشي منه';
    expect(spans(text, 'ar')).toEqual([
      ['Hà Nội', 'هانوي'],
      ['Hòa Bình', 'هوا بينه'],
      ['Hà Nội', 'هانوي'],
      ['Khánh Hòa', 'خانة هوا'],
      ['Hồ Chí Minh', 'مدينة هو تشي منه'],
    ]);
    expect(findProvinceMentions('وبهانوي', 'ar')).toEqual([{ name: 'Hà Nội', start: 2, end: 7 }]);
    expect(spans('زار الرئيس هو تشي منه هَانُوي', 'ar')).toEqual([['Hà Nội', 'هَانُوي']]);
    expect(spans('كتابهانوي', 'ar')).toEqual([]);
  });

  it('takes names after titles and family names for parts of a person name', () => {
    expect(spans('الرفيق لام دونج، عضو اللجنة في مقاطعة لام دونج', 'ar')).toEqual([['Lâm Đồng', 'لام دونج']]);
    expect(findProvinceMentions('الرفيق لام دونج', 'ar')).toEqual([]);
    expect(spans('Genosse Lam Dong und Frau Nguyễn Thị Huế besuchten Lam Dong', 'de')).toEqual([
      ['Lâm Đồng', 'Lam Dong'],
    ]);
    expect(spans('товарищ Ханам посетил Ханам', 'ru')).toEqual([['Hà Nam', 'Ханам']]);
    expect(spans('До Ханоя делегация ехала поездом.', 'ru')).toEqual([['Hà Nội', 'Ханоя']]);
  });
});

describe('the province a text is about', () => {
  it('reads a Vietnamese text', () => {
    const text =
      'Sáng 12/3, Ban Thường vụ Tỉnh ủy tỉnh Hà Giang họp bàn về việc sáp nhập với tỉnh Tuyên Quang. Tỉnh Hà Giang sẽ…';
    expect(findProvinceInText(text, 'vi')).toBe('Hà Giang');
  });

  it('takes the most mentioned province', () => {
    const text =
      'The Hoa Binh Provincial Party Committee met in Hanoi. Hoa Binh province will merge with Phu Tho and Vinh Phuc.';
    expect(findProvinceInText(text, 'en')).toBe('Hòa Bình');
  });

  it('takes the first mentioned on a tie, and null when none', () => {
    expect(findProvinceInText('Delegates from Hue and Hanoi met in Hanoi and Hue.', 'en')).toBe('Huế');
    expect(findProvinceInText('Der Ständige Ausschuss der Provinzpartei tagte.', 'de')).toBeNull();
  });

  it('reads a German text with Vietnamese spelling', () => {
    expect(findProvinceInText('Das Parteikomitee der Provinz Lạng Sơn beschloss den Plan.', 'de')).toBe('Lạng Sơn');
  });

  it('reads province names in URL slugs', () => {
    expect(
      findProvinceInSlug('hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap-post886309'),
    ).toBe('Hòa Bình');
    expect(findProvinceInSlug('ba-ria-vung-tau-hop-nhat')).toBe('Bà Rịa - Vũng Tàu');
    expect(findProvinceInSlug('tp-hcm-trien-khai')).toBe('Hồ Chí Minh');
    expect(findProvinceInSlug('hop-tac-thai-binh-duong')).toBeNull();
    expect(findProvinceInSlug('tu-tuong-ho-chi-minh')).toBeNull();
    expect(provinceInUrlSlug(new URL('https://nhandan.vn/thai-binh-sap-xep-bo-may-post1.html'))).toBe('Thái Bình');
  });
});

describe('outlets', () => {
  it('loads the outlet table', () => {
    expect(loadOutlets().map((o) => [o.domain, o.province])).toEqual([
      ['baophutho.vn', 'Phú Thọ'],
      ['baolangson.vn', 'Lạng Sơn'],
      ['baoninhthuan.com.vn', 'Ninh Thuận'],
      ['nhandan.vn', null],
    ]);
  });

  it('finds the outlet of a host and its subdomains', () => {
    expect(outletForHost('baophutho.vn')?.name).toBe('Báo Phú Thọ');
    expect(outletForHost('www.baophutho.vn')?.name).toBe('Báo Phú Thọ');
    expect(outletForHost('m.baophutho.vn')?.name).toBe('Báo Phú Thọ');
    expect(outletForHost('BaoPhuTho.vn:443')?.name).toBe('Báo Phú Thọ');
    expect(outletForHost('nhandan.vn')).toEqual({
      domain: 'nhandan.vn',
      name: 'Báo Nhân Dân',
      scope: 'national',
      province: null,
    });
    expect(outletForHost('notbaophutho.vn')).toBeUndefined();
    expect(outletForHost('example.com')).toBeUndefined();
  });

  it('rejects an outlet with an unknown province or scope', () => {
    const row = { domain: 'baosaigon.vn', outlet: 'Báo Sài Gòn', scope: 'provincial', province: 'Sài Gòn' };
    expect(() => outletsFromRows([row], 'o.tsv')).toThrow(
      'o.tsv: row 1 (baosaigon.vn): province "Sài Gòn" is not in provinces-2025.tsv',
    );
    expect(() => outletsFromRows([{ ...row, scope: 'local' }], 'o.tsv')).toThrow(
      'o.tsv: row 1 (baosaigon.vn): scope must be provincial or national, not "local"',
    );
    expect(outletsFromRows([{ ...row, province: 'Hoà Bình' }], 'o.tsv')[0]?.province).toBe('Hòa Bình');
  });
});

describe('the province of an article (seed texts)', () => {
  it('001: a national outlet, the province from the Russian text', () => {
    const { text, sourceUrl } = seed('001');
    expect(sourceUrl.hostname).toBe('nhandan.vn');
    expect(findProvinceMentions(text, 'ru')).toHaveLength(4);
    expect(provinceOfArticle({ sourceUrl, text, lang: 'ru' })).toEqual({
      named: 'Hòa Bình',
      current: 'Phú Thọ',
      via: 'text',
    });
  });

  it('004: the outlet of Ninh Thuận; the Arabic text only names a comrade Lâm', () => {
    const { text, sourceUrl } = seed('004');
    expect(findProvinceInText(text, 'ar')).toBeNull();
    expect(provinceOfArticle({ sourceUrl, text, lang: 'ar' })).toEqual({
      named: 'Ninh Thuận',
      current: 'Khánh Hòa',
      via: 'outlet',
    });
  });

  it('000 and 002: Báo Phú Thọ', () => {
    for (const [prefix, lang] of [
      ['000', 'de'],
      ['002', 'en'],
    ] as const) {
      const { text, sourceUrl } = seed(prefix);
      expect(provinceOfArticle({ sourceUrl, text, lang })).toEqual({
        named: 'Phú Thọ',
        current: 'Phú Thọ',
        via: 'outlet',
      });
    }
  });

  it('003: Báo Lạng Sơn wins over a commune named Thái Bình in the text', () => {
    const { text, sourceUrl } = seed('003');
    expect(findProvinceInText(text, 'de')).toBe('Thái Bình');
    expect(provinceOfArticle({ sourceUrl, text, lang: 'de' })).toEqual({
      named: 'Lạng Sơn',
      current: 'Lạng Sơn',
      via: 'outlet',
    });
  });

  it('falls back to the slug of the original, then to null', () => {
    const sourceUrl = new URL('https://nhandan.vn/hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-post886309.html');
    const text = 'Der Ständige Ausschuss der Provinzpartei tagte.';
    expect(provinceOfArticle({ sourceUrl, text, lang: 'de' })).toEqual({
      named: 'Hòa Bình',
      current: 'Phú Thọ',
      via: 'text',
    });
    expect(
      provinceOfArticle({ sourceUrl: new URL('https://nhandan.vn/bo-chinh-tri-post1.html'), text, lang: 'de' }),
    ).toBeNull();
    expect(
      provinceOfArticle({ sourceUrl: new URL('https://example.org/x'), text: 'Lãnh đạo tỉnh Bến Tre', lang: 'vi' }),
    ).toEqual({ named: 'Bến Tre', current: 'Vĩnh Long', via: 'text' });
  });
});

describe('outletNameIn', () => {
  it('follows the province labels: diacritics in Vietnamese, none in English or German, marked elsewhere', async () => {
    const { outletNameIn } = await import('../../src/lib/provinces/province-names.ts');
    expect(outletNameIn('Báo Phú Thọ', 'vi')).toEqual({ text: 'Báo Phú Thọ', lang: 'vi' });
    expect(outletNameIn('Báo Phú Thọ', 'en')).toEqual({ text: 'Bao Phu Tho', lang: 'en' });
    expect(outletNameIn('Báo Đắk Lắk', 'de')).toEqual({ text: 'Bao Dak Lak', lang: 'de' });
    expect(outletNameIn('Báo Phú Thọ', 'ru')).toEqual({ text: 'Báo Phú Thọ', lang: 'vi' });
    expect(outletNameIn('Báo Phú Thọ', 'ar')).toEqual({ text: 'Báo Phú Thọ', lang: 'vi' });
  });
});
