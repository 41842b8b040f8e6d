/**
 * Arrows that point the way a page reads. The bidi algorithm mirrors paired punctuation such as
 * ‹ › ( ) in right-to-left text, but not the arrows U+2190…U+2193: "next" or "became" is → in a
 * left-to-right page and ← in a right-to-left one, so the glyph is chosen per direction.
 */
export type Direction = 'ltr' | 'rtl';

/** Forward in reading order: "more", "next", "became". */
export const forwardArrow = (dir: Direction): string => (dir === 'rtl' ? '←' : '→');

/** Backward in reading order: "back", "previous". */
export const backArrow = (dir: Direction): string => (dir === 'rtl' ? '→' : '←');
