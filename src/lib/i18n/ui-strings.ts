/**
 * UI strings: one JSON file per language in src/ui-strings/, checked against one strict schema when this
 * module loads, so a missing, extra or empty key — or a translation that drops or invents an
 * `{{interpolation}}` — fails the build (and the unit test) instead of showing a raw key.
 * One i18next instance (createInstance) serves all five languages, synchronously.
 *
 * Plural keys follow i18next's `_one`/`_few`/`_other`… suffixes, and each language must provide
 * exactly the plural categories Intl.PluralRules reports for it (Arabic six, Russian four, …).
 */
import i18next, { type i18n } from 'i18next';
import { z } from 'zod';
import ar from '../../ui-strings/ar.json' with { type: 'json' };
import de from '../../ui-strings/de.json' with { type: 'json' };
import en from '../../ui-strings/en.json' with { type: 'json' };
import ru from '../../ui-strings/ru.json' with { type: 'json' };
import vi from '../../ui-strings/vi.json' with { type: 'json' };
import { LANGS, type Lang } from '../lang.ts';

/** Keys with a plural form (`t(key, { count })`); all other keys are plain. */
export const PLURAL_KEYS = [
  'document.citations',
  'documents.count',
  'documents.timesCited',
  'provinces.articles',
  'search.results',
  'compare.lowConfidence',
  'consistency.differences',
  'document.togetherArticles',
] as const;

/** The reference language whose keys and interpolations every other language must match. */
const REFERENCE: Lang = 'en';

const RAW: Record<Lang, unknown> = { vi, en, de, ru, ar };

export const pluralCategories = (lang: Lang): string[] =>
  [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

const interpolations = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!))].sort();

/** The keys a language's file must hold: plain keys as they are, plural keys once per category. */
export function requiredKeys(baseKeys: readonly string[], lang: Lang): string[] {
  const plural = new Set<string>(PLURAL_KEYS);
  return baseKeys.flatMap((key) => (plural.has(key) ? pluralCategories(lang).map((c) => `${key}_${c}`) : [key]));
}

/** The base keys (plural suffixes removed) of the reference file. */
function baseKeysOf(reference: Record<string, string>): string[] {
  const keys = new Set<string>();
  for (const key of Object.keys(reference)) {
    const base = PLURAL_KEYS.find((p) => key.startsWith(`${p}_`));
    keys.add(base ?? key);
  }
  return [...keys];
}

/** Validates all five files; returns them or throws one error listing every problem, by file. */
export function validateUiStrings(raw: Record<Lang, unknown>): Record<Lang, Record<string, string>> {
  const flat = z.record(z.string(), z.string().trim().min(1));
  const reference = flat.parse(raw[REFERENCE]);
  const baseKeys = baseKeysOf(reference);
  const problems: string[] = [];
  const result = {} as Record<Lang, Record<string, string>>;
  for (const lang of LANGS) {
    const file = `src/ui-strings/${lang}.json`;
    const keys = requiredKeys(baseKeys, lang);
    const schema = z.strictObject(Object.fromEntries(keys.map((k) => [k, z.string().trim().min(1)])));
    const parsed = schema.safeParse(raw[lang]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(file)');
        problems.push(`${file}: ${issue.code === 'unrecognized_keys' ? 'unknown key(s)' : issue.message} — ${where}`);
      }
      continue;
    }
    const strings = parsed.data as Record<string, string>;
    for (const key of keys) {
      const base = PLURAL_KEYS.find((p) => key.startsWith(`${p}_`));
      const referenceText = base ? reference[`${base}_other`] : reference[key];
      const expected = interpolations(referenceText ?? '');
      const actual = interpolations(strings[key]!);
      // A plural form may leave out {{count}} ("one article"), nothing else.
      const missing = expected.filter((v) => !actual.includes(v) && !(base && v === 'count'));
      const extra = actual.filter((v) => !expected.includes(v));
      if (missing.length > 0 || extra.length > 0) {
        problems.push(
          `${file}: ${key} interpolates {{${actual.join('}}, {{')}}}, the reference has {{${expected.join('}}, {{')}}}`,
        );
      }
    }
    result[lang] = strings;
  }
  if (problems.length > 0) throw new Error(`UI strings are incomplete:\n  ${problems.join('\n  ')}`);
  return result;
}

let instance: i18n | undefined;

function uiStrings(): i18n {
  if (instance) return instance;
  const strings = validateUiStrings(RAW);
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    lng: REFERENCE,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    // Keys contain dots ("nav.home") and the files are flat.
    keySeparator: false,
    nsSeparator: false,
    resources: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        // No invisible bidi controls in the text: a right-to-left string with a Latin code in it
        // (the search hint's `204-QĐ/TW`) is rendered through ui-parts.ts, which isolates the
        // code with markup (a unit test lists those strings).
        { translation: strings[lang] },
      ]),
    ),
    // Escaping stays on: a string meant for set:html (t.html) gets its interpolations escaped.
    interpolation: { escapeValue: true },
  });
  instance = created;
  return created;
}

export interface Translate {
  /** A UI string as text, for Astro text and attribute contexts (Astro escapes it there). */
  (key: string, values?: Record<string, unknown>): string;
  /** A UI string as HTML, interpolations escaped by i18next: only for set:html. */
  html(key: string, values?: Record<string, unknown>): string;
}

const translators = new Map<Lang, Translate>();

/** The translate function of one UI language; an unknown key throws (never a raw key on a page). */
export function translator(lang: Lang): Translate {
  const known = translators.get(lang);
  if (known) return known;
  const ui = uiStrings();
  const fixed = ui.getFixedT(lang);
  const check = (key: string, values?: Record<string, unknown>) => {
    const probe = values && 'count' in values ? `${key}_other` : key;
    if (!ui.exists(probe, { lng: lang }))
      throw new Error(`UI string ${JSON.stringify(key)} is missing in src/ui-strings/${lang}.json`);
  };
  // Strings without values are the same on every page: translate each once (a large site calls
  // this hundreds of thousands of times, and i18next's interpolation is not free).
  const plain = new Map<string, string>();
  const text = ((key: string, values?: Record<string, unknown>) => {
    if (values === undefined) {
      const known = plain.get(key);
      if (known !== undefined) return known;
    }
    check(key, values);
    // Astro escapes text and attribute values itself; escaping here too would show "&amp;".
    const result = fixed(key, { ...values, interpolation: { escapeValue: false } });
    if (values === undefined) plain.set(key, result);
    return result;
  }) as Translate;
  text.html = (key, values) => {
    check(key, values);
    return fixed(key, { ...values });
  };
  translators.set(lang, text);
  return text;
}
