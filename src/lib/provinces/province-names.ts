/**
 * How each of the 63 former provincial units (and so each of the 34 current ones, which kept one
 * of those names) is written in the portal's five languages: one display label per language, and
 * every spelling the mention finder should recognise in text of that language.
 *
 * Conventions (kept the same for all 63 so labels look uniform):
 * - vi: the name exactly as in provinces-2025.tsv.
 * - en/de: the Vietnamese name without diacritics, syllables kept apart ('Hoa Binh', 'Da Nang'),
 *   except the established exonyms 'Hanoi' and 'Ho Chi Minh City' / 'Ho-Chi-Minh-Stadt';
 *   German otherwise uses the same label as English, as German news does.
 * - ru: the one-word forms of Vietnamese state media in Russian (Хоабинь, Лангшон); nominative.
 * - ar: common transliterations (they vary: غ/ج for ng, ه/ة at the end, ث/ت for th), first = label.
 *
 * Ho Chi Minh is listed only in city forms (TP. Hồ Chí Minh, Ho Chi Minh City, مدينة هو تشي منه):
 * the bare name in Party news is almost always the president (Hồ Chí Minh Thought). Russian needs
 * no such care: the city is Хошимин, the man Хо Ши Мин.
 */
import type { Lang } from '../lang.ts';
import { foldDiacritics } from '../text/normalize.ts';
import { russianCaseForms } from './place-spellings.ts';
import { findProvince, oldStyleToneMarks } from './provinces.ts';

export interface ProvinceNames {
  /** English label. */
  en: string;
  /** German label, when it differs from the English one. */
  de?: string;
  /** Vietnamese spellings, when there are more than the table name (or the bare name is ambiguous). */
  vi?: readonly string[];
  /** Further Latin spellings met in English/German text (Haiphong, Danang). */
  latin?: readonly string[];
  /** Russian spellings in the nominative; the first is the label. */
  ru: readonly string[];
  /** Arabic spellings; the first is the label. */
  ar: readonly string[];
}

export const PROVINCE_NAMES: Readonly<Record<string, ProvinceNames>> = {
  'Hà Nội': { en: 'Hanoi', latin: ['Ha Noi'], ru: ['Ханой'], ar: ['هانوي'] },
  Huế: {
    en: 'Hue',
    vi: ['Huế', 'Thừa Thiên Huế', 'Thừa Thiên - Huế'],
    latin: ['Hué'],
    ru: ['Хюэ', 'Тхыатхьен-Хюэ'],
    ar: ['هوي', 'هيو'],
  },
  'Lai Châu': { en: 'Lai Chau', ru: ['Лайчау', 'Лайтяу'], ar: ['لاي تشاو', 'لاي تشو'] },
  'Điện Biên': { en: 'Dien Bien', ru: ['Дьенбьен'], ar: ['ديان بيان', 'دين بين', 'ديين بيين'] },
  'Sơn La': { en: 'Son La', ru: ['Шонла', 'Сонла'], ar: ['سون لا', 'سن لا'] },
  'Lạng Sơn': { en: 'Lang Son', ru: ['Лангшон', 'Лангсон'], ar: ['لانغ سون', 'لانج سون', 'لانغ سن'] },
  'Quảng Ninh': { en: 'Quang Ninh', ru: ['Куангнинь'], ar: ['كوانغ نينه', 'كوانج نينه', 'كوانغ نين'] },
  'Thanh Hóa': { en: 'Thanh Hoa', ru: ['Тханьхоа'], ar: ['ثانه هوا', 'ثان هوا', 'تان هوا'] },
  'Nghệ An': { en: 'Nghe An', ru: ['Нгеан', 'Нгэан'], ar: ['نغي آن', 'نغه آن', 'نجي آن'] },
  'Hà Tĩnh': { en: 'Ha Tinh', ru: ['Хатинь'], ar: ['ها تينه', 'ها تين'] },
  'Cao Bằng': { en: 'Cao Bang', ru: ['Каобанг'], ar: ['كاو بانغ', 'كاو بانج'] },
  'Tuyên Quang': { en: 'Tuyen Quang', ru: ['Туенкуанг', 'Тюенкуанг'], ar: ['توين كوانغ', 'توين كوانج', 'تويين كوانغ'] },
  'Hà Giang': { en: 'Ha Giang', ru: ['Хазянг'], ar: ['ها جيانغ', 'ها جيانج', 'ها زانغ'] },
  'Lào Cai': { en: 'Lao Cai', ru: ['Лаокай'], ar: ['لاو كاي'] },
  'Yên Bái': { en: 'Yen Bai', ru: ['Йенбай', 'Енбай'], ar: ['ين باي', 'يين باي'] },
  'Thái Nguyên': { en: 'Thai Nguyen', ru: ['Тхайнгуен'], ar: ['تاي نغوين', 'ثاي نغوين', 'تاي نجوين'] },
  'Bắc Kạn': { en: 'Bac Kan', vi: ['Bắc Kạn', 'Bắc Cạn'], ru: ['Баккан', 'Бакан'], ar: ['باك كان'] },
  'Phú Thọ': { en: 'Phu Tho', ru: ['Футхо'], ar: ['فو تو', 'فو ثو'] },
  'Vĩnh Phúc': { en: 'Vinh Phuc', ru: ['Виньфук'], ar: ['فينه فوك', 'فين فوك'] },
  'Hòa Bình': { en: 'Hoa Binh', ru: ['Хоабинь'], ar: ['هوا بينه', 'هوا بين'] },
  'Bắc Ninh': { en: 'Bac Ninh', ru: ['Бакнинь'], ar: ['باك نينه', 'باك نين'] },
  'Bắc Giang': { en: 'Bac Giang', ru: ['Бакзянг'], ar: ['باك جيانغ', 'باك جيانج', 'باك زانغ'] },
  'Hưng Yên': { en: 'Hung Yen', ru: ['Хынгйен', 'Хынгиен'], ar: ['هونغ ين', 'هونج ين', 'هونغ يين'] },
  'Thái Bình': { en: 'Thai Binh', ru: ['Тхайбинь'], ar: ['تاي بينه', 'ثاي بينه', 'تاي بين'] },
  'Hải Phòng': { en: 'Hai Phong', latin: ['Haiphong'], ru: ['Хайфон'], ar: ['هاي فونغ', 'هاي فونج'] },
  'Hải Dương': { en: 'Hai Duong', ru: ['Хайзыонг'], ar: ['هاي دونغ', 'هاي دوونغ', 'هاي دونج'] },
  'Ninh Bình': { en: 'Ninh Binh', ru: ['Ниньбинь'], ar: ['نينه بينه', 'نين بين', 'نينه بين'] },
  'Hà Nam': { en: 'Ha Nam', ru: ['Ханам'], ar: ['ها نام'] },
  'Nam Định': { en: 'Nam Dinh', ru: ['Намдинь'], ar: ['نام دينه', 'نام دين'] },
  'Quảng Trị': { en: 'Quang Tri', ru: ['Куангчи'], ar: ['كوانغ تري', 'كوانج تري'] },
  'Quảng Bình': { en: 'Quang Binh', ru: ['Куангбинь'], ar: ['كوانغ بينه', 'كوانج بينه', 'كوانغ بين'] },
  'Đà Nẵng': { en: 'Da Nang', latin: ['Danang'], ru: ['Дананг'], ar: ['دا نانغ', 'دا نانج', 'دانانغ'] },
  'Quảng Nam': { en: 'Quang Nam', ru: ['Куангнам'], ar: ['كوانغ نام', 'كوانج نام'] },
  'Quảng Ngãi': { en: 'Quang Ngai', ru: ['Куангнгай'], ar: ['كوانغ نغاي', 'كوانج نجاي', 'كوانغ نجاي'] },
  'Kon Tum': { en: 'Kon Tum', latin: ['Kontum'], ru: ['Контум'], ar: ['كون توم'] },
  'Gia Lai': { en: 'Gia Lai', ru: ['Зялай', 'Гиалай'], ar: ['جيا لاي', 'زا لاي'] },
  'Bình Định': { en: 'Binh Dinh', ru: ['Биньдинь'], ar: ['بينه دينه', 'بين دين'] },
  'Khánh Hòa': { en: 'Khanh Hoa', ru: ['Кханьхоа'], ar: ['خانه هوا', 'خان هوا'] },
  'Ninh Thuận': { en: 'Ninh Thuan', ru: ['Ниньтхуан'], ar: ['نينه ثوان', 'نين ثوان', 'نينه توان'] },
  'Lâm Đồng': { en: 'Lam Dong', ru: ['Ламдонг'], ar: ['لام دونغ', 'لام دونج'] },
  'Đắk Nông': {
    en: 'Dak Nong',
    vi: ['Đắk Nông', 'Đăk Nông', 'Đắc Nông'],
    latin: ['Daknong'],
    ru: ['Дакнонг'],
    ar: ['داك نونغ', 'داك نونج'],
  },
  'Bình Thuận': { en: 'Binh Thuan', ru: ['Биньтхуан'], ar: ['بينه ثوان', 'بين ثوان', 'بينه توان'] },
  'Đắk Lắk': {
    en: 'Dak Lak',
    vi: ['Đắk Lắk', 'Đăk Lăk', 'Đắc Lắc'],
    latin: ['Daklak'],
    ru: ['Даклак'],
    ar: ['داك لاك'],
  },
  'Phú Yên': { en: 'Phu Yen', ru: ['Фуйен', 'Фуиен'], ar: ['فو ين', 'فو يين'] },
  'Hồ Chí Minh': {
    en: 'Ho Chi Minh City',
    de: 'Ho-Chi-Minh-Stadt',
    vi: [
      'Thành phố Hồ Chí Minh',
      'thành phố Hồ Chí Minh',
      'TP Hồ Chí Minh',
      'TP. Hồ Chí Minh',
      'Tp. Hồ Chí Minh',
      'TP.HCM',
      'TP. HCM',
      'TP HCM',
      'TPHCM',
    ],
    latin: ['Ho Chi Minh city', 'HCM City', 'HCMC'],
    ru: ['Хошимин'],
    ar: ['مدينة هو تشي منه', 'مدينة هوشي منه', 'مدينة هو شي منه'],
  },
  'Bình Dương': { en: 'Binh Duong', ru: ['Биньзыонг'], ar: ['بينه دونغ', 'بينه دوونغ', 'بين دونغ'] },
  'Bà Rịa - Vũng Tàu': {
    en: 'Ba Ria - Vung Tau',
    latin: ['Baria - Vung Tau'],
    ru: ['Бариа-Вунгтау'],
    ar: ['با ريا - فونغ تاو', 'باريا - فونغ تاو', 'با ريا - فونج تاو'],
  },
  'Đồng Nai': { en: 'Dong Nai', ru: ['Донгнай'], ar: ['دونغ ناي', 'دونج ناي'] },
  'Bình Phước': { en: 'Binh Phuoc', ru: ['Биньфыок'], ar: ['بينه فوك', 'بين فوك', 'بينه فووك'] },
  'Tây Ninh': { en: 'Tay Ninh', ru: ['Тэйнинь', 'Тайнинь'], ar: ['تاي نينه', 'تاي نين'] },
  'Long An': { en: 'Long An', ru: ['Лонган'], ar: ['لونغ آن', 'لونج آن'] },
  'Cần Thơ': { en: 'Can Tho', ru: ['Кантхо'], ar: ['كان ثو', 'كان تو', 'كان ثاو'] },
  'Sóc Trăng': { en: 'Soc Trang', ru: ['Шокчанг', 'Сокчанг'], ar: ['سوك ترانغ', 'سوك ترانج'] },
  'Hậu Giang': { en: 'Hau Giang', ru: ['Хаузянг'], ar: ['هاو جيانغ', 'هاو جيانج', 'هاو زانغ'] },
  'Vĩnh Long': { en: 'Vinh Long', ru: ['Виньлонг'], ar: ['فينه لونغ', 'فين لونغ', 'فينه لونج'] },
  'Bến Tre': { en: 'Ben Tre', ru: ['Бенче'], ar: ['بن تري', 'بين تري', 'بن تشي'] },
  'Trà Vinh': { en: 'Tra Vinh', ru: ['Чавинь'], ar: ['ترا فينه', 'ترا فين', 'تشا فينه'] },
  'Đồng Tháp': { en: 'Dong Thap', ru: ['Донгтхап'], ar: ['دونغ ثاب', 'دونج ثاب', 'دونغ تاب'] },
  'Tiền Giang': { en: 'Tien Giang', ru: ['Тьензянг'], ar: ['تيان جيانغ', 'تيين جيانغ', 'تيان جيانج'] },
  'Cà Mau': { en: 'Ca Mau', ru: ['Камау'], ar: ['كا ماو'] },
  'Bạc Liêu': { en: 'Bac Lieu', ru: ['Бакльеу'], ar: ['باك ليو', 'باك لييو'] },
  'An Giang': { en: 'An Giang', ru: ['Анзянг'], ar: ['آن جيانغ', 'آن جيانج', 'آن زانغ'] },
  'Kiên Giang': { en: 'Kien Giang', ru: ['Кьензянг'], ar: ['كيان جيانغ', 'كيين جيانغ', 'كيان جيانج'] },
};

/** The display label of a province (former or current) in a language: 'Hòa Bình' → 'Хоабинь'. */
export function provinceNameIn(name: string, lang: Lang): string {
  const { canonical, names } = namesOf(name);
  switch (lang) {
    case 'vi':
      return canonical;
    case 'en':
      return names.en;
    case 'de':
      return names.de ?? names.en;
    case 'ru':
      return first(names.ru, canonical);
    case 'ar':
      return first(names.ar, canonical);
  }
}

/**
 * Every spelling of a province to recognise in text of a language, label first. Not listed
 * because the matcher handles them: ALL-CAPS forms, Arabic attached prefixes (و ف ب ل ك ال),
 * Arabic letter variants (ة/ه, ى/ي, hamza forms) and hyphen-or-space between syllables.
 */
export function provinceNameVariants(name: string, lang: Lang): string[] {
  const { canonical, names } = namesOf(name);
  const vietnamese = (names.vi ?? [canonical]).flatMap((spelling) => {
    const oldStyle = oldStyleToneMarks(spelling);
    return [spelling, oldStyle, foldDiacritics(spelling)];
  });
  switch (lang) {
    case 'vi':
      return unique(vietnamese);
    case 'en':
      return unique([names.en, ...(names.latin ?? []), ...vietnamese]);
    case 'de': {
      const label = names.de ?? names.en;
      return unique([label, ...germanGenitive(label), names.en, ...(names.latin ?? []), ...vietnamese]);
    }
    case 'ru':
      return unique(names.ru.flatMap(russianCaseForms));
    case 'ar':
      return unique([...names.ar]);
  }
}

function namesOf(name: string): { canonical: string; names: ProvinceNames } {
  const canonical = findProvince(name)?.name;
  const names = canonical === undefined ? undefined : PROVINCE_NAMES[canonical];
  if (canonical === undefined || !names) throw new Error(`No names known for province "${name}"`);
  return { canonical, names };
}

/** German genitive of a one-word label ending in a vowel: 'Hanois', 'Hues'. */
function germanGenitive(label: string): string[] {
  return /^[A-Za-z]+[aeiouy]$/.test(label) ? [`${label}s`] : [];
}

function first(spellings: readonly string[], canonical: string): string {
  const label = spellings[0];
  if (label === undefined) throw new Error(`No label for province "${canonical}"`);
  return label;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * An outlet's name (`Báo Phú Thọ`) as a page of `lang` shows it, by the same convention as the
 * province labels beside it: diacritics kept in Vietnamese, dropped in English and German (so
 * "Bao Phu Tho" stands next to "Phu Tho"), and the Vietnamese spelling, marked as Vietnamese, in
 * Russian and Arabic, which have no settled transliteration of newspaper names.
 */
export function outletNameIn(outlet: string, lang: Lang): { text: string; lang: Lang } {
  if (lang === 'en' || lang === 'de') return { text: foldDiacritics(outlet), lang };
  return { text: outlet, lang: 'vi' };
}
