/**
 * Document-number recognition: the seeds' real numbers in four languages, every variant spelling
 * of the same number, the look-alikes that are not numbers, lists sharing a suffix, identity
 * (key, slug) and numbers in URL slugs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/lang.ts';
import {
  DOCUMENT_TYPES,
  ISSUERS,
  codeKey,
  describeDocumentType,
  describeIssuer,
  findDocumentType,
  findIssuer,
} from '../../src/lib/documents/document-codes.ts';
import {
  documentKey,
  documentId,
  isLocalIssuer,
  parseDocumentNumber,
} from '../../src/lib/documents/document-identity.ts';
import { findDocumentNumbers } from '../../src/lib/documents/find-document-numbers.ts';
import { findSlugDocumentNumbers } from '../../src/lib/documents/find-slug-documents.ts';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const SEED_DE = seed('000_e228c1ef6803ec34.txt');
const SEED_RU = seed('001_b512f38989053f5c.txt');
const SEED_EN = seed('002_c9a5fda6541b9e37.txt');
const SEED_DE_LANG_SON = seed('003_3a970a3a0229f3a2.txt');
const SEED_AR = seed('004_221c47744e1fa9ba.txt');

const numbers = (text: string) => findDocumentNumbers(text).map((mention) => mention.number);

/** Mentions per canonical number, in order of first mention. */
function countByNumber(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const number of numbers(text)) counts[number] = (counts[number] ?? 0) + 1;
  return counts;
}

const PHU_THO_COUNTS = {
  '177-KL/TW': 1,
  '02-KH/BCĐTW': 1,
  '04-KH/TU': 1,
  '204-QĐ/TW': 1,
  '02-KH/TU': 4,
  '9068-CV/BTCTW': 1,
  '253-QĐ/TW': 1,
  '255-QĐ/TW': 1,
};

describe('document numbers in the seeds', () => {
  it('finds the same numbers in the German and the English version of one article', () => {
    expect(countByNumber(SEED_DE)).toEqual(PHU_THO_COUNTS);
    expect(countByNumber(SEED_EN)).toEqual(PHU_THO_COUNTS);
    expect(numbers(SEED_DE)).toEqual(numbers(SEED_EN));
  });

  it('keeps the exact written text as raw', () => {
    const german = findDocumentNumbers(SEED_DE).find((mention) => mention.number === '204-QĐ/TW');
    expect(german?.raw).toBe('204-QD/TW');
    expect(german && SEED_DE.slice(german.start, german.end)).toBe('204-QD/TW');
    for (const mention of findDocumentNumbers(SEED_EN))
      expect(SEED_EN.slice(mention.start, mention.end)).toBe(mention.raw);
  });

  it('finds the resolution and the three decrees of a shared-suffix list in the Arabic article', () => {
    expect(findDocumentNumbers(SEED_AR).map(({ number, raw }) => ({ number, raw }))).toEqual([
      { number: '18-NQ/TW', raw: '18-NQ/TW' },
      { number: '177/2024/NĐ-CP', raw: '177، 178، 179/2024/ND-CP' },
      { number: '178/2024/NĐ-CP', raw: '178، 179/2024/ND-CP' },
      { number: '179/2024/NĐ-CP', raw: '179/2024/ND-CP' },
    ]);
  });

  it('finds nothing in articles without document numbers (ranges, dates, group numbers, URLs)', () => {
    expect(findDocumentNumbers(SEED_RU)).toEqual([]);
    expect(findDocumentNumbers(SEED_DE_LANG_SON)).toEqual([]);
  });

  it('does not read the slug of the source URL as running text', () => {
    expect(numbers(SEED_DE)).not.toContain('178-KL/TW');
  });
});

describe('variant spellings of one number', () => {
  const variants: [string, string][] = [
    ['177-KL/TW', '177-KL/TW'],
    ['127-Kl/TW', '127-KL/TW'],
    ['204-qđ/tw', '204-QĐ/TW'],
    ['204-QD/TW', '204-QĐ/TW'],
    ['204 - QĐ / TW', '204-QĐ/TW'],
    ['204–QĐ/TW', '204-QĐ/TW'],
    ['204—QĐ/TW', '204-QĐ/TW'],
    ['204‐QĐ/TW', '204-QĐ/TW'],
    ['204‑QĐ/TW', '204-QĐ/TW'],
    ['204−QĐ/TW', '204-QĐ/TW'],
    ['204-QĐ／TW', '204-QĐ/TW'],
    ['204-QĐ∕TW', '204-QĐ/TW'],
    ['204-QÐ/TW', '204-QĐ/TW'],
    ['02-KH/BCDTW', '02-KH/BCĐTW'],
    ['02-kh/bcđtw', '02-KH/BCĐTW'],
    ['9068-CV/BTCTW', '9068-CV/BTCTW'],
    ['04-KH/TU', '04-KH/TU'],
    ['١٨-NQ/TW', '18-NQ/TW'],
    ['۱۸-NQ/TW', '18-NQ/TW'],
    ['179/2024/NĐ-CP', '179/2024/NĐ-CP'],
    ['179/2024/ND-CP', '179/2024/NĐ-CP'],
    ['179 / 2024 / NĐ - CP', '179/2024/NĐ-CP'],
    ['179/2024/nđ–cp', '179/2024/NĐ-CP'],
    ['202/2025/QH15', '202/2025/QH15'],
    ['202/2025/qh15', '202/2025/QH15'],
    ['759/QĐ-TTg', '759/QĐ-TTg'],
    ['759/QD-TTG', '759/QĐ-TTg'],
    ['1656/NQ-UBTVQH15', '1656/NQ-UBTVQH15'],
    ['01/2024/TTLT-BTC-BNV', '01/2024/TTLT-BTC-BNV'],
    ['15-CTr/TU', '15-CTr/TU'],
    ['05-CT/ThU', '05-CT/ThU'],
    ['12-QĐ/ĐUK', '12-QĐ/ĐUK'],
    ['3-KH/ĐUKCCQ', '3-KH/ĐUKCCQ'],
    ['3-KH/DUKCCQ', '3-KH/DUKCCQ'],
  ];

  it.each(variants)('%s is %s in running text', (written, canonical) => {
    const mentions = findDocumentNumbers(`Theo văn bản ${written}, các cấp triển khai.`);
    expect(mentions.map((mention) => [mention.number, mention.raw])).toEqual([[canonical, written]]);
  });

  it.each(variants)('%s parses as %s', (written, canonical) => {
    expect(parseDocumentNumber(written)?.number).toBe(canonical);
  });

  const prefixes = ['số ', 'Số: ', 'No. ', 'No.', 'Nos. ', 'Nr. ', '№ ', '№', 'رقم ', 'номер '];
  it.each(prefixes)('tolerates the prefix %j without making it part of the number', (prefix) => {
    const text = `Kết luận ${prefix}177-KL/TW.`;
    const [mention, ...others] = findDocumentNumbers(text);
    expect(others).toEqual([]);
    expect(mention?.raw).toBe('177-KL/TW');
    expect(mention?.start).toBe(text.indexOf('177'));
    expect(parseDocumentNumber(`${prefix}177-KL/TW`)?.number).toBe('177-KL/TW');
  });

  it('finds numbers attached to Arabic words and inside other punctuation', () => {
    expect(numbers('القرار رقم18-NQ/TW')).toEqual(['18-NQ/TW']);
    expect(numbers('(Nghị quyết 18-NQ/TW)')).toEqual(['18-NQ/TW']);
    expect(numbers('„177-KL/TW“ und «759/QĐ-TTg»')).toEqual(['177-KL/TW', '759/QĐ-TTg']);
    expect(numbers('die 177-KL/TW-Schlussfolgerung')).toEqual(['177-KL/TW']);
    expect(numbers('759/QĐ-TTg-Beschluss')).toEqual(['759/QĐ-TTg']);
  });
});

describe('text that is not a document number', () => {
  const nonNumbers = [
    'Arbeitsgruppe Nr. 1 des Ständigen Ausschusses',
    'für die Amtszeit 2025–2030',
    'на период 2025-2030 годов',
    'организовал 14–15 июня курс обучения',
    'fast 6.600 Akten',
    'ngày 11/7/2025',
    'vom 1/7/2025 bis heute',
    'Quelle: https://baophutho.vn/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu-236533.htm',
    'المصدر: ' +
      'https://baoninhthuan.com.vn/news/151377p24c32/bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy.htm',
    'https://example.vn/van-ban/177-KL/TW/index.html',
    'xem baophutho.vn/tin/12-KH/TU-abc',
    'ket-luan-so-178-kl-tw',
    '138 товарищей в 46 коммунах',
    '12345',
    '2025',
    '12-AB/TW',
    '12-KL/Ab',
    '12-KL/tuvan',
    '12/2024/QĐ',
    '12/2024/AB15',
    '12/2024/BNV',
    '3/L-XL',
    '5-NĐ/TW',
    'QH15/2025/202',
    'COVID-19/KL-TW',
    'a12-KL/TW',
    '1234567-KL/TW',
    '177-KL/TWvề',
    '177-KL/TW/abc',
  ];

  it.each(nonNumbers)('%s gives nothing', (text) => {
    expect(findDocumentNumbers(text)).toEqual([]);
  });

  it.each(['177-KL/TW ngày 11/7/2025', 'Nghị quyết 18', 'KL/TW', '', '177-KL', 'Kết luận 177-KL/TW'])(
    'parseDocumentNumber(%j) is null',
    (text) => {
      expect(parseDocumentNumber(text)).toBeNull();
    },
  );
});

describe('lists sharing one suffix', () => {
  const spans = (text: string) =>
    findDocumentNumbers(text).map(({ number, raw, start, end }) => ({ number, raw, start, end }));

  it('gives one mention per member, spanning from the member to the end of the suffix', () => {
    const text = 'Nghị định 177, 178, 179/2024/NĐ-CP.';
    expect(spans(text)).toEqual([
      { number: '177/2024/NĐ-CP', raw: '177, 178, 179/2024/NĐ-CP', start: 10, end: 34 },
      { number: '178/2024/NĐ-CP', raw: '178, 179/2024/NĐ-CP', start: 15, end: 34 },
      { number: '179/2024/NĐ-CP', raw: '179/2024/NĐ-CP', start: 20, end: 34 },
    ]);
  });

  it('reads Arabic commas and an attached و', () => {
    expect(numbers('المراسيم 177، 178 و179/2024/ND-CP')).toEqual([
      '177/2024/NĐ-CP',
      '178/2024/NĐ-CP',
      '179/2024/NĐ-CP',
    ]);
    expect(numbers('المراسيم 177 و 178/2024/ND-CP')).toEqual(['177/2024/NĐ-CP', '178/2024/NĐ-CP']);
  });

  it.each([
    ['Conclusions 177 and 178-KL/TW', ['177-KL/TW', '178-KL/TW']],
    ['Schlussfolgerungen 177 und 178-KL/TW', ['177-KL/TW', '178-KL/TW']],
    ['Заключения 177 и 178-KL/TW', ['177-KL/TW', '178-KL/TW']],
    ['Kết luận 177 và 178-KL/TW', ['177-KL/TW', '178-KL/TW']],
    ['177 & 178-KL/TW', ['177-KL/TW', '178-KL/TW']],
    ['177, 178-KL/TW', ['177-KL/TW', '178-KL/TW']],
    ['Nos. 177, 178, and 179-KL/TW', ['177-KL/TW', '178-KL/TW', '179-KL/TW']],
    ['Nr. 253 und Nr. 255-QD/TW', ['253-QĐ/TW', '255-QĐ/TW']],
    ['Quy định 253-QĐ/TW và 255-QĐ/TW', ['253-QĐ/TW', '255-QĐ/TW']],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('does not pull dates, years or counts into a list', () => {
    expect(numbers('dated July 15, 2025, 02-KH/TU')).toEqual(['02-KH/TU']);
    expect(numbers('In 2024, 9068-CV/BTCTW was sent')).toEqual(['9068-CV/BTCTW']);
    expect(numbers('ngày 24/01/2025, 253-QĐ/TW')).toEqual(['253-QĐ/TW']);
    expect(numbers('Artikel 300, 178-KL/TW')).toEqual(['178-KL/TW']);
  });
});

describe('parseDocumentNumber', () => {
  it('gives all parts of each form', () => {
    expect(parseDocumentNumber('204 - qd / tw')).toEqual({
      number: '204-QĐ/TW',
      serial: '204',
      year: null,
      type: 'QĐ',
      issuer: 'TW',
      form: 'party',
      scope: 'central',
    });
    expect(parseDocumentNumber('No. 179/2024/ND-CP')).toEqual({
      number: '179/2024/NĐ-CP',
      serial: '179',
      year: '2024',
      type: 'NĐ',
      issuer: 'CP',
      form: 'state-year-type',
      scope: 'central',
    });
    expect(parseDocumentNumber('202/2025/QH15')).toEqual({
      number: '202/2025/QH15',
      serial: '202',
      year: '2025',
      type: null,
      issuer: 'QH15',
      form: 'state-year',
      scope: 'central',
    });
    expect(parseDocumentNumber('759/QĐ-TTg')).toMatchObject({
      form: 'state-type',
      type: 'QĐ',
      issuer: 'TTg',
      year: null,
    });
    expect(parseDocumentNumber('02-KH/TU')).toMatchObject({ serial: '02', issuer: 'TU', scope: 'local' });
    expect(parseDocumentNumber('123/QĐ-UBND')).toMatchObject({ form: 'state-type', scope: 'local' });
    expect(parseDocumentNumber('3-KH/ĐUKCCQ')).toMatchObject({ issuer: 'ĐUKCCQ', scope: 'local' });
    expect(parseDocumentNumber('3-KH/ĐUQSTW')).toMatchObject({ issuer: 'ĐUQSTW', scope: 'central' });
  });

  it('round-trips every canonical number', () => {
    const canonical = [
      '177-KL/TW',
      '02-KH/BCĐTW',
      '9068-CV/BTCTW',
      '04-KH/TU',
      '204-QĐ/TW',
      '18-NQ/TW',
      '15-CTr/TU',
      '179/2024/NĐ-CP',
      '202/2025/QH15',
      '759/QĐ-TTg',
      '1656/NQ-UBTVQH15',
      '01/2024/TTLT-BTC-BNV',
      '12/2024/L-CTN',
      '05/TTr-UBND',
      '3-KH/ĐUKCCQ',
    ];
    for (const number of canonical) {
      const doc = parseDocumentNumber(number);
      expect(doc?.number).toBe(number);
      expect(parseDocumentNumber(doc?.number ?? '')).toEqual(doc);
    }
  });
});

describe('document identity', () => {
  it('gives all spellings of one number one key', () => {
    expect(documentKey('204-QĐ/TW')).toBe('204-QD/TW');
    expect(documentKey('204 - qd / tw')).toBe('204-QD/TW');
    expect(documentKey('759/QĐ-TTg')).toBe('759/QD-TTG');
    expect(documentKey('02-KH/BCĐTW')).toBe(documentKey('02-kh/bcdtw'));
    expect(documentKey('3-KH/ĐUKCCQ')).toBe(documentKey('3-KH/DUKCCQ'));
    expect(documentKey('02-KH/TU')).not.toBe(documentKey('2-KH/TU'));
  });

  it('slugs central documents by number alone', () => {
    expect(documentId({ number: '204-QĐ/TW', province: 'Phú Thọ' })).toBe('204-qd-tw');
    expect(documentId({ number: '179/2024/NĐ-CP', province: null })).toBe('179-2024-nd-cp');
    expect(documentId({ number: '759/QĐ-TTg', province: 'Lạng Sơn' })).toBe('759-qd-ttg');
    expect(documentId({ number: '202/2025/QH15', province: 'Lạng Sơn' })).toBe('202-2025-qh15');
  });

  it('slugs local documents with the province, so equal numbers of two provinces differ', () => {
    expect(documentId({ number: '02-KH/TU', province: 'Phú Thọ' })).toBe('02-kh-tu-phu-tho');
    expect(documentId({ number: '02-KH/TU', province: 'Lạng Sơn' })).toBe('02-kh-tu-lang-son');
    expect(documentId({ number: '123/QĐ-UBND', province: 'Đắk Lắk' })).toBe('123-qd-ubnd-dak-lak');
    expect(documentId({ number: '02-KH/TU', province: null })).toBe('02-kh-tu');
  });

  it('knows which issuers are local', () => {
    expect(['TU', 'ThU', 'HU', 'ĐU', 'DU', 'BTCTU', 'UBND', 'HĐND', 'BCĐ', 'ĐUKCCQ'].map(isLocalIssuer)).toEqual(
      Array(10).fill(true),
    );
    expect(
      ['TW', 'BCT', 'BTCTW', 'BCĐTW', 'CP', 'TTg', 'QH15', 'UBTVQH15', 'BTC-BNV', 'ĐUQSTW'].map(isLocalIssuer),
    ).toEqual(Array(10).fill(false));
  });
});

describe('document numbers in article slugs', () => {
  it.each([
    ['trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu', ['178-KL/TW']],
    ['thuc-hien-nghi-dinh-179-2024-nd-cp-ve-che-do', ['179/2024/NĐ-CP']],
    ['thu-tuong-ban-hanh-quyet-dinh-759-qd-ttg', ['759/QĐ-TTg']],
    ['nghi-quyet-1656-nq-ubtvqh15-sap-xep-xa', ['1656/NQ-UBTVQH15']],
    ['luat-so-202-2025-qh15-sua-doi-hien-phap', ['202/2025/QH15']],
    ['ke-hoach-02-kh-tu-va-quy-dinh-204-qd-tw-va-lai-178-kl-tw-178-kl-tw', ['02-KH/TU', '204-QĐ/TW', '178-KL/TW']],
    ['thong-tu-12-tt-bct-cua-bo-cong-thuong', ['12/TT-BCT']],
    ['to-cong-tac-so-1-cua-tinh-lam-viec-voi-4-phuong-e-tinh-hinh-van-hanh-mo-hinh-chinh-quyen-dia-phuong-2-cap', []],
    ['hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap', []],
    ['bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy', []],
    ['ket-qua-nam-2025-da-tu-van-cho-dan', []],
    ['12-kl-abc-va-5-xy-tw', []],
  ])('%s', (slug, expected) => {
    expect(findSlugDocumentNumbers(slug)).toEqual(expected);
  });
});

describe('stability under variant rewrites', () => {
  const rewrites: [string, (text: string) => string][] = [
    ['Đ written D', (text) => text.replaceAll('Đ', 'D').replaceAll('đ', 'd')],
    ['en dashes', (text) => text.replaceAll('-', '–')],
    ['minus signs', (text) => text.replaceAll('-', '−')],
    ['non-breaking hyphens', (text) => text.replaceAll('-', '\u2011')],
    ['fullwidth slashes', (text) => text.replaceAll('/', '／')],
    ['lower case', (text) => text.toLowerCase()],
    ['upper case', (text) => text.toUpperCase()],
    ['spaces around - and /', (text) => text.replace(/ *([-/]) */g, ' $1 ')],
    ['Arabic-Indic digits', (text) => text.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)))],
    [
      'all at once',
      (text) =>
        text
          .replaceAll('Đ', 'D')
          .toLowerCase()
          .replace(/ *([-/]) */g, ' $1 ')
          .replaceAll('-', '—'),
    ],
  ];
  const texts: [string, string][] = [
    ['seed 000 (de)', SEED_DE],
    ['seed 002 (en)', SEED_EN],
    ['seed 004 (ar)', SEED_AR],
    ['state numbers', 'Nghị định 179/2024/NĐ-CP, Quyết định 759/QĐ-TTg, Luật 202/2025/QH15 và Kế hoạch 02-KH/BCĐTW.'],
  ];

  for (const [textName, text] of texts) {
    it.each(rewrites)(`${textName}: %s gives the same canonical numbers`, (_name, rewrite) => {
      expect(numbers(rewrite(text))).toEqual(numbers(text));
    });
  }

  it('gives nothing for the number-free seeds under every rewrite', () => {
    for (const [, rewrite] of rewrites) {
      expect(findDocumentNumbers(rewrite(SEED_RU))).toEqual([]);
      expect(findDocumentNumbers(rewrite(SEED_DE_LANG_SON))).toEqual([]);
    }
  });
});

describe('code table', () => {
  it('has unique lookup keys, so Đ/D and case folding never merge two codes', () => {
    const typeKeys = DOCUMENT_TYPES.map((type) => codeKey(type.code));
    const issuerKeys = ISSUERS.map((issuer) => codeKey(issuer.code));
    expect(new Set(typeKeys).size).toBe(typeKeys.length);
    expect(new Set(issuerKeys).size).toBe(issuerKeys.length);
  });

  it('has a label in every UI language for every code', () => {
    for (const entry of [...DOCUMENT_TYPES, ...ISSUERS]) {
      for (const lang of LANGS) expect(entry.name[lang].trim(), `${entry.code} ${lang}`).not.toBe('');
    }
  });

  it('looks codes up ignoring case and Đ/D', () => {
    expect(findDocumentType('qd')?.code).toBe('QĐ');
    expect(findDocumentType('Kl')?.name.de).toBe('Schlussfolgerung');
    expect(findDocumentType('ttr')?.code).toBe('TTr');
    expect(findDocumentType('XY')).toBeNull();
    expect(findIssuer('bcdtw')?.code).toBe('BCĐTW');
    expect(findIssuer('ttg')?.code).toBe('TTg');
    expect(findIssuer('tu')).toMatchObject({ code: 'TU', system: 'party', scope: 'local' });
    expect(findIssuer('qh15')).toMatchObject({ code: 'QH15', system: 'state', scope: 'central' });
    expect(findIssuer('XYZ')).toBeNull();
  });

  it('describes codes for document pages', () => {
    expect(describeDocumentType('KL')).toEqual({
      vi: 'Kết luận',
      en: 'Conclusion',
      de: 'Schlussfolgerung',
      ru: 'Заключение',
      ar: 'استنتاج',
    });
    expect(describeDocumentType('QĐ', 'state')?.en).toBe('Decision');
    expect(describeDocumentType('QĐ', 'party')?.en).toBe('Regulation / Decision');
    expect(describeIssuer('TU')).toEqual({
      vi: 'Tỉnh ủy',
      en: 'Provincial Party Committee',
      de: 'Provinzparteikomitee',
      ru: 'Провинциальный комитет партии',
      ar: 'اللجنة الحزبية الإقليمية',
    });
    expect(describeIssuer('QH15')?.vi).toBe('Quốc hội khóa XV');
    expect(describeIssuer('QH15')?.en).toBe('National Assembly (15th legislature)');
    expect(describeIssuer('UBTVQH15')?.ru).toBe('Постоянный комитет Национального собрания 15-го созыва');
    expect(describeIssuer('BCT')?.en).toBe('Politburo');
    expect(describeIssuer('BCT', 'state')?.en).toBe('Ministry of Industry and Trade');
    expect(describeIssuer('BTC-BNV')?.en).toBe('Ministry of Finance – Ministry of Home Affairs');
    expect(describeIssuer('ĐUKCCQ')).toBeNull();
  });
});

describe('robustness', () => {
  it('never throws and keeps raw equal to the text span on random input', () => {
    const alphabet = [
      '1',
      '7',
      '2',
      '0',
      '-',
      '–',
      '/',
      '／',
      ' ',
      ',',
      '،',
      'و',
      'K',
      'L',
      'T',
      'W',
      'Q',
      'Đ',
      'D',
      'N',
      'C',
      'P',
      'H',
      '.',
      'h',
      'ttps://',
      '\n',
      '١',
    ];
    let state = 42;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 200; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const mention of findDocumentNumbers(text)) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.raw);
        expect(parseDocumentNumber(mention.doc.number)?.number).toBe(mention.number);
      }
    }
  });

  // Speed is a benchmark matter; here we only check that pathological input completes with a
  // sane result (a catastrophic regex would hang the run, which the test timeout reports).
  it('completes on long pathological input', () => {
    const hostile = [
      '1'.repeat(200_000),
      '1-'.repeat(100_000),
      '1/'.repeat(100_000),
      '1, '.repeat(100_000) + '2-KL/TW',
      'a.'.repeat(100_000),
      'https://' + 'x/'.repeat(100_000),
      '177-KL/TW-'.repeat(20_000),
      'ĐĐĐĐ-'.repeat(40_000),
    ];
    const counts = hostile.map((text) => findDocumentNumbers(text).length);
    expect(counts).toEqual([0, 0, 0, 2, 0, 0, 1, 0]);
  });

  it('caps a list at 50 members', () => {
    const serials = Array.from({ length: 80 }, (_, i) => String(i + 1));
    expect(findDocumentNumbers(`${serials.join(', ')}-KL/TW`)).toHaveLength(51);
  });
});
