/**
 * Text hygiene applied to every raw input before anything else looks at it: Unicode NFC (Vietnamese
 * arrives both precomposed and decomposed, and `ộ` must be one character for matching and
 * checksums), no BOM, no invisible format characters. Zero-width and bidi controls are removed
 * rather than kept: they carry no meaning in these texts, break document-number matching
 * (`177\u200B-KL/TW`) and can reorder what a reader sees (Trojan Source).
 */

/**
 * Zero-width characters, bidi embeddings/overrides/isolates, the bidi marks (LRM, RLM and the
 * ARABIC LETTER MARK U+061C), word joiner and invisible operators, BOM, soft hyphen, Mongolian
 * vowel separator, interlinear annotation controls.
 */
export const INVISIBLE_CONTROLS =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;

/** Remove invisible controls and normalise to NFC. Does not touch line structure. */
export function cleanText(text: string): string {
  // Strip before and after NFC: composition never creates these, but stripping first lets
  // combining marks that were separated by a zero-width character compose.
  return text.replace(INVISIBLE_CONTROLS, '').normalize('NFC').replace(INVISIBLE_CONTROLS, '');
}

/** Split a decoded file into cleaned lines: BOM and CR/CRLF handled, each line cleaned and trimmed. */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => cleanText(line).replace(/\t/g, ' ').trim());
}

/** Strip Vietnamese tone marks and other diacritics; đ/Đ become d/D (NFD does not decompose them). */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A lowercase ASCII slug: diacritics folded, anything else than a–z and 0–9 becomes one hyphen. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
