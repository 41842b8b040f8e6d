/**
 * Spelling helpers for place names that the browser needs as well as the build: no `node:` imports
 * and no data tables here. The districts table (districts.ts) derives its Russian case forms and
 * Arabic letter variants with these functions, and the search page derives the same forms from the
 * labels in /search/places.json, so both sides recognise exactly the same spellings.
 */
import { foldText } from '../text/fold.ts';
import { INVISIBLE_CONTROLS } from '../text/normalize.ts';

/**
 * The case forms of a Russian place name as Russian news declines Vietnamese names, for the
 * province table, the districts table and the search page alike: -й like Ханой (Ханоя, Ханою,
 * Ханоем, Ханое); -ь both feminine (Хоабини, Хоабинью) and masculine (Хоабиня …), since both occur;
 * -а after a consonant (Шонлы, Шонле, Шонлу, Шонлой); -я; other consonants +а +у +ом/+ем +е. Names
 * ending in a vowel other than that -а/-я (Футхо, Хюэ, Кантхо, Тханьхоа) are indeclinable.
 */
export function russianCaseForms(word: string): string[] {
  const stem = word.slice(0, -1);
  if (/[аеёиоуыэюя]а$/.test(word)) return [word];
  if (word.endsWith('а')) {
    const genitive = /[гкхжшчщ]$/.test(stem) ? 'и' : 'ы';
    return [word, stem + genitive, stem + 'е', stem + 'у', stem + 'ой'];
  }
  if (word.endsWith('я')) return [word, stem + 'и', stem + 'е', stem + 'ю', stem + 'ей'];
  if (word.endsWith('й')) return [word, stem + 'я', stem + 'ю', stem + 'ем', stem + 'е'];
  if (word.endsWith('ь')) return [word, stem + 'и', stem + 'ью', stem + 'я', stem + 'ю', stem + 'ем', stem + 'е'];
  if (/[аеёиоуыэю]$/.test(word)) return [word];
  const instrumental = /[жшчщц]$/.test(word) ? 'ем' : 'ом';
  return [word, word + 'а', word + 'у', word + instrumental, word + 'е'];
}

/**
 * The Arabic spellings of a Vietnamese name that differ only in the letters Arabic writers choose
 * differently: ng as غ or ج (لانغ / لانج), th as ث or ت (ثانه / تانه), final nh as نه or ن
 * (بينه / بين). The spelling itself comes first.
 */
export function arabicVariants(spelling: string): string[] {
  const variants = [
    spelling,
    spelling.replace(/نغ/g, 'نج'),
    spelling.replace(/ث/g, 'ت'),
    spelling.replace(/نه(?=$|[\s-])/g, 'ن'),
  ];
  return [...new Set(variants)];
}

/** Vietnamese tone marks (grave, acute, tilde, hook above, dot below) as NFD combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SEPARATORS = /[\s\-\u2010-\u2015]+/g;

/**
 * The key a place spelling is looked up by, in any script: invisible controls dropped, folded
 * (lib/text/fold.ts: lower case, no combining marks — Latin diacritics, Cyrillic ё/й breves,
 * Arabic short vowels —, đ → d, Arabic letter forms unified), separators (spaces, hyphens, dashes)
 * collapsed to one space.
 */
export function placeKey(spelling: string): string {
  return foldText(spelling.replace(INVISIBLE_CONTROLS, '')).replace(SEPARATORS, ' ').trim();
}

/** Whether a Latin spelling carries any diacritic (tone mark, vowel mark or đ). */
export function hasLatinDiacritics(spelling: string): boolean {
  return /[đĐ]/.test(spelling) || /[a-zA-Z]\p{M}/u.test(spelling.normalize('NFD'));
}

/**
 * A spelling with its diacritics kept but the tone mark's position ignored, lower case: 'Hòa Bình'
 * and 'Hoà Bình' give the same key, 'Hà Năm' and 'Hà Nam' do not. For deciding whether the
 * diacritics someone typed are those of a listed spelling.
 */
export function toneKey(spelling: string): string {
  return spelling
    .normalize('NFD')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim()
    .split(' ')
    .map((syllable) => {
      const tones = syllable.match(TONE_MARKS)?.join('') ?? '';
      return syllable.replace(TONE_MARKS, '') + tones;
    })
    .join(' ');
}
