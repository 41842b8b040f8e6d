import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lib/ingest/detect-language.ts';

const seeds = new URL('../fixtures/seeds/', import.meta.url);
const expected: Record<string, string> = { '000': 'de', '001': 'ru', '002': 'en', '003': 'de', '004': 'ar' };

describe('detectLanguage', () => {
  it.each(readdirSync(seeds).map((file) => [file]))('seed %s', (file) => {
    const text = readFileSync(new URL(file, seeds), 'utf8');
    expect(detectLanguage(text)).toEqual({ lang: expected[file.slice(0, 3)] });
  });

  it.each([
    [
      'vi',
      'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tiếp tục thực hiện nghiêm Kết luận số ' +
        '177-KL/TW của Bộ Chính trị.',
    ],
    ['en', 'The committee asked that the units continue to implement the plan of the Politburo and report on it.'],
    ['de', 'Der Ausschuss forderte die Einheiten auf, den Plan des Politbüros umzusetzen und darüber zu berichten.'],
    ['ru', 'Комитет потребовал, чтобы подразделения продолжали выполнять план Политбюро и отчитывались о нём.'],
    ['ar', 'طلبت اللجنة من الوحدات أن تواصل تنفيذ خطة المكتب السياسي وأن ترفع تقارير عن ذلك في الوقت المحدد.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toEqual({ lang });
  });

  it.each([
    [
      'French',
      'Le comité a demandé que les unités continuent à mettre en œuvre le plan du Politburo et fassent rapport.',
      /French/,
    ],
    [
      'Spanish',
      'El comité pidió que las unidades continúen con la aplicación del plan y que informen de los resultados.',
      /Spanish/,
    ],
    [
      'Ukrainian',
      'Комітет вимагав, щоб підрозділи продовжували виконувати план Політбюро і звітували про це.',
      /Ukrainian/,
    ],
    ['Persian', 'کمیته از واحدها خواست که اجرای برنامه دفتر سیاسی را ادامه دهند و گزارش بدهند.', /Persian/],
    ['Chinese', '委员会要求各单位继续执行政治局的计划并及时报告结果和进展情况以及存在的问题。', /not mainly/],
    ['too short', 'Hallo', /too little/],
  ])('refuses %s', (_name, text, reason) => {
    const guess = detectLanguage(text);
    expect(guess.lang).toBeNull();
    expect(guess).toMatchObject({ reason: expect.stringMatching(reason) });
  });
});
