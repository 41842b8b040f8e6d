/**
 * Publication dates of raw translations (src/lib/ingest/find-publication-date.ts): date lines and
 * dated bylines in the five languages as news pages write them, dates in source URLs, and what must
 * not be taken — dates inside sentences (of events, of cited documents), impossible dates, update
 * stamps — then the same through the raw parser, where a taken date line leaves the body and is
 * kept as written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  dateFromUrl,
  isCalendarDate,
  readDateLine,
  splitBylineDate,
} from '../../src/lib/ingest/find-publication-date.ts';
import { looksLikeByline, parseRawArticle } from '../../src/lib/ingest/parse-raw-article.ts';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

describe('readDateLine', () => {
  it.each([
    // Vietnamese
    ['22/07/2025', '2025-07-22'],
    ['Thứ Ba, 22/07/2025 08:15 (GMT+7)', '2025-07-22'],
    ['Thứ Ba, ngày 22/07/2025 - 08:15', '2025-07-22'],
    ['22 tháng 7 năm 2025', '2025-07-22'],
    ['Ngày 22/7/2025', '2025-07-22'],
    ['Ngày đăng: 22-07-2025', '2025-07-22'],
    ['08:15 - 22/07/2025', '2025-07-22'],
    // English
    ['July 22, 2025', '2025-07-22'],
    ['Tuesday, July 22, 2025 8:15 AM', '2025-07-22'],
    ['22 July 2025', '2025-07-22'],
    ['Published: Jul. 22, 2025', '2025-07-22'],
    ['2025-07-22', '2025-07-22'],
    // German
    ['22. Juli 2025', '2025-07-22'],
    ['22.07.2025', '2025-07-22'],
    ['Dienstag, 22. Juli 2025, 08:15 Uhr', '2025-07-22'],
    ['Veröffentlicht am 4. August 2025', '2025-08-04'],
    // Russian
    ['22 июля 2025', '2025-07-22'],
    ['22 июля 2025 г.', '2025-07-22'],
    ['вторник, 22 июля 2025, 08:15', '2025-07-22'],
    ['Опубликовано: 22.07.2025 08:15', '2025-07-22'],
    // Arabic: Egyptian and Levantine month names, Arabic-Indic digits
    ['22 يوليو 2025', '2025-07-22'],
    ['٢٢/٠٧/٢٠٢٥', '2025-07-22'],
    ['الثلاثاء، 22 يوليو 2025', '2025-07-22'],
    ['٢٢ يوليو ٢٠٢٥م', '2025-07-22'],
    ['22 تموز 2025', '2025-07-22'],
    ['3 كانون الأول 2025', '2025-12-03'],
    // Month first only where day first is impossible
    ['07/22/2025', '2025-07-22'],
    ['03/04/2025', '2025-04-03'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (line, date) => {
    expect(readDateLine(line)).toBe(date);
  });

  it.each([
    // sentences holding dates: of cited documents, of events
    'Conclusion No. 177-KL/TW, dated July 11, 2025',
    'The Standing Committee requests the strict implementation of Conclusion No. 177-KL/TW, dated July 11, 2025.',
    'Am Morgen des 4. August arbeitete die Arbeitsgruppe Nr. 1',
    'Sáng ngày 12/8/2025, Tổ công tác số 2 làm việc với xã',
    'صباح يوم 12 أغسطس 2025، عملت مجموعة العمل',
    // impossible or out-of-range dates
    '31/02/2025',
    '29/02/2025',
    '22/13/2025',
    '32.07.2025',
    '13/13/2025',
    '22 июля 1999',
    '1 January 2101',
    '٢٢/٠٧/١٤٤٧',
    // not a publication date, or not a whole date
    'Cập nhật: 22/07/2025',
    'Updated: July 22, 2025',
    '2025',
    'Juli 2025',
    '22.07.',
    '177-KL/TW',
    'Van Lang',
  ])('%s → null', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});

describe('calendar dates', () => {
  it('accepts real dates in 2000–2100 only', () => {
    expect(calendarDate(2025, 7, 22)).toBe('2025-07-22');
    expect(calendarDate(2000, 1, 1)).toBe('2000-01-01');
    expect(calendarDate(2100, 12, 31)).toBe('2100-12-31');
    expect(calendarDate(2100, 2, 29)).toBeNull();
    expect(calendarDate(1999, 12, 31)).toBeNull();
    expect(calendarDate(2025, 4, 31)).toBeNull();
    expect(calendarDate(2025, 0, 1)).toBeNull();
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-7-22')).toBe(false);
    expect(isCalendarDate('22/07/2025')).toBe(false);
  });
});

describe('splitBylineDate', () => {
  it.each([
    ['Báo Phú Thọ 22/07/2025', 'Báo Phú Thọ', '22/07/2025'],
    ['Van Lang - 22.07.2025', 'Van Lang', '- 22.07.2025'],
    ['Van Lang, 22. Juli 2025', 'Van Lang', ', 22. Juli 2025'],
    ['22.07.2025 | Van Lang', 'Van Lang', '22.07.2025 |'],
    ['Ван Ланг 22 июля 2025', 'Ван Ланг', '22 июля 2025'],
    ['ديم ماي ٢٢/٠٧/٢٠٢٥', 'ديم ماي', '٢٢/٠٧/٢٠٢٥'],
  ])('%s: byline %s, date as written %s', (line, name, text) => {
    expect(splitBylineDate(line, looksLikeByline)).toEqual({ name, date: expect.stringMatching(/^2025-07-22$/), text });
  });

  it('takes no name without a date, no date alone, no sentence', () => {
    expect(splitBylineDate('Van Lang', looksLikeByline)).toBeNull();
    expect(splitBylineDate('22/07/2025', looksLikeByline)).toBeNull();
    expect(splitBylineDate('Van Lang 31/02/2025', looksLikeByline)).toBeNull();
    expect(splitBylineDate('the committee met on 22/07/2025', looksLikeByline)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://example.vn/2025/07/22/hoi-nghi-tinh-uy.html', '2025-07-22', '2025/07/22'],
    ['https://baophutho.vn/trien-khai-ket-luan-20250722.htm', '2025-07-22', '20250722'],
    ['https://tuoitre.vn/hoi-nghi-tinh-uy-20250722101530123.htm', '2025-07-22', '20250722'],
    ['https://example.vn/20250722/hoi-nghi.html', '2025-07-22', '20250722'],
  ])('%s → %s', (url, date, text) => {
    expect(dateFromUrl(new URL(url))).toEqual({ date, text });
  });

  it.each([
    // the seeds' URLs: article numbers, no dates
    'https://baophutho.vn/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu-236533.htm',
    'https://nhandan.vn/hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap-post886309.html',
    'https://baoninhthuan.com.vn/news/151377p24c32/bi-thu-tinh-uy-giao-ban-voi-thuong-truc-cac-huyen-thanh-uy.htm',
    // impossible dates, a number that is no timestamp
    'https://example.vn/hoi-nghi-20251322.htm',
    'https://example.vn/2025/02/30/hoi-nghi.html',
    'https://example.vn/hoi-nghi-202507229999.htm',
    'https://example.vn/hoi-nghi.htm?date=20250722',
  ])('%s → null', (url) => {
    expect(dateFromUrl(new URL(url))).toBeNull();
  });
});

describe('publication dates through the raw parser', () => {
  const SOURCE =
    'Source: https://baophutho.vn/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu-236533.htm';
  const P1 =
    'The Standing Committee of the Provincial Party Committee requests that Party committees continue to ' +
    'implement Conclusion No. 177-KL/TW, dated July 11, 2025.';
  const P2 =
    'Agencies, units, and localities should strengthen information and propaganda work on the two-tiered ' +
    'local administration.';
  const parse = (...lines: string[]) => parseRawArticle(lines.join('\n'), 'dated.txt');
  const bodyOf = (article: ReturnType<typeof parse>) => article.blocks.map((b) => b.text);

  it("the seeds are undated: no date line, dated byline or URL date; cited documents' dates are not taken", () => {
    for (const name of [
      '000_e228c1ef6803ec34.txt',
      '001_b512f38989053f5c.txt',
      '002_c9a5fda6541b9e37.txt',
      '003_3a970a3a0229f3a2.txt',
      '004_221c47744e1fa9ba.txt',
    ]) {
      expect(parseRawArticle(seed(name), name).published, name).toBeNull();
    }
  });

  it('takes a date line between the byline and the source line out of the body, as written', () => {
    const article = parse(P1, P2, 'Van Lang', 'Dienstag, 22. Juli 2025', SOURCE);
    expect(article.published).toEqual({ date: '2025-07-22', from: 'line', text: 'Dienstag, 22. Juli 2025' });
    expect(article.byline).toBe('Van Lang');
    expect(bodyOf(article)).toEqual([P1, P2]);
  });

  it('takes a date line above the byline, right after the source line, at the top, and under a title', () => {
    expect(parse(P1, P2, '22/07/2025', 'Van Lang', SOURCE)).toMatchObject({
      published: { date: '2025-07-22', from: 'line' },
      byline: 'Van Lang',
    });
    expect(parse(P1, P2, SOURCE, '22 июля 2025', 'Comment (0)').published).toEqual({
      date: '2025-07-22',
      from: 'line',
      text: '22 июля 2025',
    });
    const top = parse('Thứ Ba, 22/07/2025 08:15 (GMT+7)', P1, P2, SOURCE);
    expect(top.published).toMatchObject({ date: '2025-07-22', text: 'Thứ Ba, 22/07/2025 08:15 (GMT+7)' });
    expect(top.title).toBeNull();
    expect(bodyOf(top)).toEqual([P1, P2]);
    const titled = parse('Phu Tho implements Conclusion 177-KL/TW', '٢٢/٠٧/٢٠٢٥', P1, P2, SOURCE);
    expect(titled).toMatchObject({
      title: 'Phu Tho implements Conclusion 177-KL/TW',
      published: { date: '2025-07-22', from: 'line', text: '٢٢/٠٧/٢٠٢٥' },
    });
    expect(bodyOf(titled)).toEqual([P1, P2]);
  });

  it('splits a dated byline into the name and the date', () => {
    const article = parse(P1, P2, 'Báo Phú Thọ 22/07/2025', SOURCE);
    expect(article.byline).toBe('Báo Phú Thọ');
    expect(article.published).toEqual({ date: '2025-07-22', from: 'byline', text: '22/07/2025' });
    expect(bodyOf(article)).toEqual([P1, P2]);
  });

  it('keeps a date line in the middle of the body as a paragraph, and takes no date from sentences', () => {
    const article = parse(P1, '22/07/2025', P2, SOURCE);
    expect(article.published).toBeNull();
    expect(bodyOf(article)).toEqual([P1, '22/07/2025', P2]);
  });

  it('leaves an impossible date line in the body, never refusing the file', () => {
    const article = parse(P1, P2, '31/02/2025', SOURCE);
    expect(article.published).toBeNull();
    expect(bodyOf(article)).toEqual([P1, P2, '31/02/2025']);
  });

  it('never takes the only text line (the file is judged as without a date)', () => {
    // A date alone is too little text to tell the language — the same answer as without the date
    // rule, not "no article text".
    expect(() => parse('22/07/2025', SOURCE)).toThrow('dated.txt: too little text to tell its language');
  });

  it('falls back to the source URL, and prefers the text to it', () => {
    const datedUrl = 'Source: https://tuoitre.vn/trien-khai-ket-luan-so-177-kl-tw-20250721093000123.htm';
    expect(parse(P1, P2, datedUrl).published).toEqual({ date: '2025-07-21', from: 'url', text: '20250721' });
    expect(parse(P1, P2, 'July 22, 2025', datedUrl).published).toMatchObject({ date: '2025-07-22', from: 'line' });
  });
});
