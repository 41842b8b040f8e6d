/**
 * When two words are forms of one word, for search in any of the five languages: the same word
 * folded (tone marks, umlauts, case, đ = d, Arabic letter variants and short vowels), the same
 * Snowball stem (English, German, Russian: `decrees` = `decree`, `Beschlüssen` = `Beschluss`,
 * `резолюции` = `резолюция`), or the same Arabic word under attached prefixes (و ف ب ك ل, the
 * article ال and their combinations: `للمرسوم` = `المرسوم` = `مرسوم`). Vietnamese does not inflect:
 * its words are compared folded.
 *
 * The all-languages index is unstemmed, so the search page compares the words itself (the
 * verifier in match-text.ts) and asks the index for a prefix every form shares (retrievalPrefix);
 * Arabic prefixes come before the word, so Arabic pages are indexed with their bare forms too
 * (arabicBareForms, added by build-search-indexes.ts).
 *
 * Imported by browser code: no node: modules here.
 */
import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import type { Lang } from '../lang.ts';
import { foldText } from '../text/fold.ts';

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'other';

export function scriptOf(word: string): Script {
  if (/\p{Script=Arabic}/u.test(word)) return 'arabic';
  if (/\p{Script=Cyrillic}/u.test(word)) return 'cyrillic';
  if (/\p{Script=Latin}/u.test(word)) return 'latin';
  return 'other';
}

/**
 * A word as search compares it: folded (lib/text/fold.ts: lower case, no combining marks — tone
 * marks, umlauts, Arabic short vowels —, đ → d, ß → ss, ё → е, Arabic letter forms unified).
 */
export function foldWord(word: string): string {
  if (/^[a-z0-9]*$/.test(word)) return word;
  let folded = folds.get(word);
  if (folded === undefined) {
    if (folds.size >= MAX_FOLDS) folds.clear();
    folded = foldText(word);
    folds.set(word, folded);
  }
  return folded;
}

/** Folded words seen (a page repeats its words; search reads many pages). */
const folds = new Map<string, string>();
const MAX_FOLDS = 100_000;

/** A word lower-cased with its marks as typed (NFC): the form an exact-diacritics match compares. */
export function exactWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** Attached Arabic prefixes, longest first, in folded spelling: conjunction, preposition, article. */
const ARABIC_PREFIXES = [
  'وبال',
  'وكال',
  'فبال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];
/** Letters a bare Arabic form keeps at least (shorter remainders are other words' stubs). */
const MIN_ARABIC_BARE = 3;

/**
 * A folded Arabic word with its attached prefixes taken off, in every way they can be read
 * (`والمرسوم` → `المرسوم`, `مرسوم`; `وزارة` → `زاره` too: a word may begin with one of those
 * letters, so every reading is kept), the word itself excluded. Remainders under three letters
 * are not words.
 */
export function arabicBareForms(folded: string): string[] {
  const forms = new Set<string>();
  const strip = (word: string, depth: number) => {
    if (depth > 2) return;
    for (const prefix of ARABIC_PREFIXES) {
      if (!word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if ([...rest].length < MIN_ARABIC_BARE || forms.has(rest)) continue;
      forms.add(rest);
      strip(rest, depth + 1);
    }
  };
  strip(folded, 0);
  forms.delete(folded);
  return [...forms];
}

const STEMMERS: Partial<Record<Lang, (word: string) => string>> = {
  en: stemEnglish,
  de: stemGerman,
  ru: stemRussian,
  ar: stemArabic,
};

/** Languages whose words a word of this script may be. */
const LANGS_OF_SCRIPT: Record<Script, readonly Lang[]> = {
  latin: ['vi', 'en', 'de'],
  cyrillic: ['ru'],
  arabic: ['ar'],
  other: [],
};

/**
 * The keys under which a word is one word with its forms, in a language: its folded form and
 * its stem (Snowball for en/de/ru; for Arabic every bare form and its stem). Two words are forms
 * of one word in that language when their keys meet.
 */
export function wordKeys(word: string, lang: Lang): string[] {
  const folded = foldWord(word);
  const keys = new Set([folded]);
  const stem = STEMMERS[lang];
  if (lang === 'ar') {
    for (const form of [folded, ...arabicBareForms(folded)]) {
      keys.add(form);
      keys.add(`~${foldWord(stem!(form))}`);
    }
  } else if (stem) {
    keys.add(`~${foldWord(stem(folded))}`);
  }
  return [...keys];
}

/** The keys of a query word in every language its script may be written in, per language. */
export function queryWordKeys(word: string): Map<Lang, Set<string>> {
  const keys = new Map<Lang, Set<string>>();
  for (const lang of LANGS_OF_SCRIPT[scriptOf(word)]) keys.set(lang, new Set(wordKeys(word, lang)));
  return keys;
}

/**
 * What the unstemmed index is asked for a query word (it matches words beginning with a term):
 * the folded word cut to the shortest of its stems that begins it (`decrees` → `decre`,
 * `резолюциям` → `резолюц`), and for Arabic also each bare form or its stem (`للمرسوم` →
 * `مرسوم`, found in the bare forms Arabic pages are indexed with). Terms that begin with another
 * term are left out; no term is shorter than three letters unless the word is.
 */
export function retrievalTerms(word: string): string[] {
  const folded = foldWord(word);
  const min = Math.min(3, [...folded].length);
  const shortest = (form: string, stems: string[]) => {
    let best = form;
    for (const stem of stems)
      if ([...stem].length >= min && stem.length < best.length && form.startsWith(stem)) best = stem;
    return best;
  };
  const terms = new Set<string>();
  for (const lang of LANGS_OF_SCRIPT[scriptOf(word)]) {
    if (lang === 'ar') {
      for (const form of [folded, ...arabicBareForms(folded)]) terms.add(shortest(form, [foldWord(stemArabic(form))]));
    } else {
      const stem = STEMMERS[lang];
      terms.add(shortest(folded, stem ? [foldWord(stem(folded))] : []));
    }
  }
  if (terms.size === 0) terms.add(folded);
  const all = [...terms];
  return all.filter((term) => !all.some((other) => other !== term && term.startsWith(other))).sort();
}
