import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isolateLatinInRtl, pluralCategories, requiredKeys, translator, validateUiStrings } from '../../src/lib/i18n/ui-strings.ts';
import { LANGS, type Lang } from '../../src/lib/lang.ts';

const load = (lang: Lang) => JSON.parse(readFileSync(new URL(`../../src/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const all = () => Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<Lang, Record<string, string>>;

describe('UI strings', () => {
  it('all five files pass the schema', () => {
    expect(() => validateUiStrings(all())).not.toThrow();
  });

  it('a missing key fails, naming the file and the key', () => {
    const files = all();
    delete files.de['nav.home'];
    expect(() => validateUiStrings(files)).toThrow(/src\/i18n\/de\.json.*nav\.home/);
  });

  it('an unknown key fails', () => {
    const files = all();
    files.ru['nav.hoem'] = 'Главная';
    expect(() => validateUiStrings(files)).toThrow(/src\/i18n\/ru\.json: unknown key.*nav\.hoem/);
  });

  it('an empty string fails', () => {
    const files = all();
    files.vi['nav.home'] = '  ';
    expect(() => validateUiStrings(files)).toThrow(/vi\.json/);
  });

  it('a translation that drops an interpolation fails', () => {
    const files = all();
    files.ar['article.byline'] = 'بقلم';
    expect(() => validateUiStrings(files)).toThrow(/ar\.json: article\.byline interpolates/);
  });

  it('each language has exactly the plural categories of its language', () => {
    expect(pluralCategories('ar')).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralCategories('vi')).toEqual(['other']);
    expect(requiredKeys(['provinces.articles'], 'ru')).toEqual([
      'provinces.articles_few',
      'provinces.articles_many',
      'provinces.articles_one',
      'provinces.articles_other',
    ]);
    const files = all();
    files.ru['provinces.articles_two'] = 'x';
    expect(() => validateUiStrings(files)).toThrow(/unknown key/);
  });

  it('translates with plurals per language', () => {
    expect(translator('en')('provinces.articles', { count: 1 })).toBe('1 article');
    expect(translator('en')('provinces.articles', { count: 3 })).toBe('3 articles');
    const ru = translator('ru');
    expect(ru('provinces.articles', { count: 1 })).not.toBe(ru('provinces.articles', { count: 5 }));
    expect(ru('provinces.articles', { count: 2 })).not.toBe(ru('provinces.articles', { count: 5 }).replace('5', '2'));
  });

  it('text output is not HTML-escaped (Astro escapes it); html output is', () => {
    const t = translator('en');
    expect(t('article.byline', { name: '<b>Lê & Co</b>' })).toBe('By <b>Lê & Co</b>');
    expect(t.html('article.byline', { name: '<b>Lê & Co</b>' })).toBe('By &lt;b&gt;Lê &amp; Co&lt;&#x2F;b&gt;');
  });

  it('isolates example numbers in right-to-left strings only', () => {
    expect(translator('ar')('search.placeholder')).toContain('\u2066204-QĐ/TW\u2069');
    expect(translator('en')('search.placeholder')).toBe('Words or a document number, e.g. 204-QĐ/TW');
    expect(isolateLatinInRtl('مثل 204-QĐ/TW و Song Song')).toBe('مثل \u2066204-QĐ/TW\u2069 و Song Song');
  });

  it('an unknown key throws instead of printing the key', () => {
    expect(() => translator('de')('nav.nothing')).toThrow(/nav\.nothing.*de\.json/);
  });

  it('every language name exists in every language', () => {
    for (const ui of LANGS) for (const l of LANGS) expect(translator(ui)(`lang.name.${l}`)).not.toMatch(/^lang\./);
  });
});
