/**
 * Tells which of the corpus languages a text is in, by script first and stopwords second.
 * A trigram detector would guess on anything; this method can say "not one of ours" with a reason,
 * which is what ingest needs: a French or Ukrainian file must be refused, not filed as German or
 * Russian. Vietnamese is recognised by its letters (ơ ư ă đ and stacked tone marks), which no
 * other Latin-script language uses at that density.
 */
import type { Lang } from '../lang.ts';

export type LanguageGuess = { lang: Lang } | { lang: null; reason: string };

/** Letters only Vietnamese uses among Latin-script languages (precomposed, after NFC). */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Frequent function words; each list is distinctive enough to tell the languages apart. */
const LATIN_STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'are', 'as', 'by', 'this', 'be'],
  de: ['der', 'die', 'und', 'das', 'den', 'von', 'zu', 'mit', 'sich', 'des', 'ist', 'nicht', 'auf', 'dem', 'für'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'dans', 'pour', 'que', 'au', 'pas', 'sur', 'avec'],
  es: ['el', 'la', 'los', 'y', 'que', 'del', 'las', 'por', 'con', 'una', 'para', 'es', 'se', 'lo', 'como'],
  it: ['il', 'di', 'che', 'e', 'della', 'per', 'non', 'sono', 'gli', 'una', 'del', 'nella', 'con', 'alla'],
  pt: ['o', 'os', 'que', 'do', 'da', 'em', 'não', 'uma', 'para', 'com', 'dos', 'das', 'ao', 'pelo'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'voor', 'dat', 'op', 'met', 'wordt', 'ook', 'aan'],
  id: ['yang', 'dan', 'di', 'untuk', 'dengan', 'ini', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'itu'],
};

const LANGUAGE_NAMES: Record<string, string> = {
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  id: 'Indonesian',
};

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function detectLanguage(text: string): LanguageGuess {
  const letters = countMatches(text, /\p{L}/gu);
  if (letters < 20) return { lang: null, reason: 'too little text to tell its language' };
  const arabic = countMatches(text, /\p{Script=Arabic}/gu);
  const cyrillic = countMatches(text, /\p{Script=Cyrillic}/gu);
  const latin = countMatches(text, /\p{Script=Latin}/gu);
  const dominant = Math.max(arabic, cyrillic, latin);
  if (dominant < letters * 0.6) {
    return { lang: null, reason: 'unsupported language: the text is not mainly in Latin, Cyrillic or Arabic script' };
  }
  if (dominant === arabic) return detectArabic(text, arabic);
  if (dominant === cyrillic) return detectCyrillic(text, cyrillic);
  return detectLatin(text, latin);
}

function detectArabic(text: string, arabic: number): LanguageGuess {
  // Persian and Urdu use letters Arabic does not have.
  const persian = countMatches(text, /[پچژگکیۀےٹڈڑں]/gu);
  if (persian > arabic * 0.01)
    return { lang: null, reason: 'unsupported language: Arabic script, but Persian or Urdu letters' };
  const words = text.split(/\s+/);
  const hits = words.filter((w) => /^(?:و|ف)?(?:في|من|على|إلى|أن|التي|الذي|مع|عن|هذا|هذه)$/u.test(w)).length;
  if (hits < Math.min(3, words.length / 20))
    return { lang: null, reason: 'unsupported language: Arabic script, but no Arabic function words' };
  return { lang: 'ar' };
}

function detectCyrillic(text: string, cyrillic: number): LanguageGuess {
  const lower = text.toLowerCase();
  if (countMatches(lower, /[іїєґ]/gu) > cyrillic * 0.005)
    return { lang: null, reason: 'unsupported language: looks like Ukrainian' };
  if (countMatches(lower, /[јљњћџђ]/gu) > 0)
    return { lang: null, reason: 'unsupported language: looks like Serbian or Macedonian' };
  const words = lower.split(/[^\p{L}]+/u);
  const russian = words.filter((w) => /^(?:и|в|на|что|не|с|по|для|это|как|который|которые|к|из|от)$/u.test(w)).length;
  if (countMatches(lower, /[ыэ]/gu) === 0 && cyrillic > 200) {
    return { lang: null, reason: 'unsupported language: Cyrillic without ы/э, not Russian (Bulgarian?)' };
  }
  if (russian < Math.min(3, words.length / 20))
    return { lang: null, reason: 'unsupported language: Cyrillic, but no Russian function words' };
  return { lang: 'ru' };
}

function detectLatin(text: string, latin: number): LanguageGuess {
  if (countMatches(text, VIETNAMESE_LETTERS) > latin * 0.05) return { lang: 'vi' };
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const scores = Object.entries(LATIN_STOPWORDS).map(([lang, list]) => {
    const set = new Set(list);
    return { lang, hits: words.filter((w) => set.has(w)).length };
  });
  scores.sort((a, b) => b.hits - a.hits);
  const best = scores[0]!;
  if (best.hits < Math.min(3, words.length / 20)) {
    return { lang: null, reason: 'unsupported language: Latin script, but not English, German or Vietnamese' };
  }
  if (best.lang === 'en' || best.lang === 'de') return { lang: best.lang };
  return { lang: null, reason: `unsupported language: looks like ${LANGUAGE_NAMES[best.lang] ?? best.lang}` };
}
