import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pluralCategories, requiredKeys, translator, validateUiStrings } from '../../src/lib/i18n/ui-strings.ts';
import { LANGS, type Lang } from '../../src/lib/lang.ts';

const load = (lang: Lang) =>
  JSON.parse(readFileSync(new URL(`../../src/ui-strings/${lang}.json`, import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const all = () => Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<Lang, Record<string, string>>;

describe('UI strings', () => {
  it('all five files pass the schema', () => {
    expect(() => validateUiStrings(all())).not.toThrow();
  });

  it('a missing key fails, naming the file and the key', () => {
    const files = all();
    delete files.de['nav.home'];
    expect(() => validateUiStrings(files)).toThrow(/src\/ui-strings\/de\.json.*nav\.home/);
  });

  it('an unknown key fails', () => {
    const files = all();
    files.ru['nav.hoem'] = 'Главная';
    expect(() => validateUiStrings(files)).toThrow(/src\/ui-strings\/ru\.json: unknown key.*nav\.hoem/);
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

  it('adds no invisible bidi controls: strings come out as written', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(load(lang))) {
        if (/\{\{/.test(text) || PLURAL_SUFFIX.test(key)) continue;
        expect(translator(lang)(key)).toBe(text);
      }
    }
  });

  it('right-to-left strings hold a Latin code only where they are rendered with markup (ui-parts)', () => {
    // A code like 204-QĐ/TW in an Arabic sentence needs isolating, which plain text (an attribute,
    // a title) cannot do without invisible characters: such strings go through UiText / uiParts.
    const RENDERED_AS_PARTS = ['search.hint'];
    const withCodes = Object.entries(load('ar'))
      .filter(([, text]) => /[\p{Script=Latin}\d]+(?:[-/.][\p{Script=Latin}\d]+)+/u.test(text))
      .map(([key]) => key);
    expect(withCodes.sort()).toEqual(RENDERED_AS_PARTS);
  });

  it('an unknown key throws instead of printing the key', () => {
    expect(() => translator('de')('nav.nothing')).toThrow(/nav\.nothing.*de\.json/);
  });

  it('every language name exists in every language', () => {
    for (const ui of LANGS) for (const l of LANGS) expect(translator(ui)(`lang.name.${l}`)).not.toMatch(/^lang\./);
  });
});
