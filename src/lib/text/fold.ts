/**
 * The one folding of text for matching: the form in which search (foldWord, word-forms.ts), place
 * lookup (placeKey, place-spellings.ts) and the province and district finder (find-province.ts)
 * compare words, so that all three find a name or word however it was written. Folded:
 * - every combining mark, after canonical decomposition: Vietnamese tone and vowel marks, umlauts,
 *   the breves and diaereses of Cyrillic й and ё, Arabic short vowels and hamza above or below
 *   (أ إ آ → ا);
 * - letters that decomposition leaves whole: đ → d, ß → ss, Arabic ٱ → ا, ى and Persian ی → ي,
 *   ة → ه, ڤ → ف, گ → غ, ک → ك, the tatweel dropped;
 * - case: lower case, unless `keepCase`.
 *
 * Character by character, nothing depends on the neighbours: a text folded cluster by cluster (a
 * character with its marks) is the text folded whole, which lets the province finder map folded
 * offsets back to the text as written.
 *
 * The options are where the matchers must differ. Search and place lookup read what a reader
 * types, who may leave out any mark and type lower case: they fold everything. The province finder
 * reads running text and files articles by what it finds, so it folds only what writers really
 * leave out or vary (Vietnamese diacritics in other languages, ё, Arabic letter forms), and keeps
 * - case (keepCase): names are capitalised, and several are everyday words in lower case
 *   (Vietnamese hòa bình is peace, long an);
 * - the breve of Cyrillic й (keepShortI): Russian writers never drop it, and й and и tell words
 *   apart (мой, мои); the spellings tables list an и spelling where one is in use (Хынгиен).
 *
 * Not for slugs and ids: foldDiacritics (normalize.ts) drops the marks only, keeping ß and Arabic
 * letters as they are, so the article ids made from headlines never change with this table.
 *
 * Imported by browser code: no node: modules here.
 */

const MARKS = /\p{M}+/gu;
/** Combining marks with the Cyrillic и or И they follow, for keepShortI. */
const MARKS_AFTER_I = /([иИ])?(\p{M}+)/gu;
const BREVE = '\u0306';
/** Every mark goes but the breve of й, which stays on its и. */
const dropMarksButBreve = (_: string, i: string | undefined, marks: string): string =>
  (i ?? '') + (i && marks.includes(BREVE) ? BREVE : '');

/** Letters that canonical decomposition does not split into a base and a mark. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  ẞ: 'SS',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ڤ: 'ف',
  گ: 'غ',
  ک: 'ك',
  ـ: '',
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

export interface FoldOptions {
  /** Keep upper and lower case apart (default: lower case). */
  keepCase?: boolean;
  /** Keep Cyrillic й (default: й → и like every other mark). */
  keepShortI?: boolean;
}

/** `text` as the matchers compare it (see above); NFC. */
export function foldText(text: string, options: FoldOptions = {}): string {
  const decomposed = text.normalize('NFD');
  const folded = (
    options.keepShortI ? decomposed.replace(MARKS_AFTER_I, dropMarksButBreve) : decomposed.replace(MARKS, '')
  )
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter]!)
    .normalize('NFC');
  return options.keepCase ? folded : folded.toLowerCase();
}
