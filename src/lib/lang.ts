/**
 * The five languages of the corpus and of the UI, in the order the portal lists them.
 * Vietnamese first: it is the language of the originals.
 */
export const LANGS = ['vi', 'en', 'de', 'ru', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
/** The codes as a regular-expression alternation, `vi|en|de|ru|ar`: for paths like `/<lang>/…`. */
export const LANG_ALTERNATION = LANGS.join('|');

export interface LangInfo {
  lang: Lang;
  /** Writing direction of the language's script. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself (for language bars). */
  endonym: string;
}

export const LANG_INFO: Record<Lang, LangInfo> = {
  vi: { lang: 'vi', dir: 'ltr', endonym: 'Tiếng Việt' },
  en: { lang: 'en', dir: 'ltr', endonym: 'English' },
  de: { lang: 'de', dir: 'ltr', endonym: 'Deutsch' },
  ru: { lang: 'ru', dir: 'ltr', endonym: 'Русский' },
  ar: { lang: 'ar', dir: 'rtl', endonym: 'العربية' },
};

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
