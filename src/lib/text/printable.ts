/**
 * Text shown on a terminal, where a control character in a file name could move the cursor,
 * clear the line or fake another line (`\r ok … (created)`), and a bidi control could reorder what
 * is shown. Every control (C0, DEL, C1), format character (bidi controls, zero-width characters,
 * U+061C) and line or paragraph separator is written as a visible escape: `\x1b`, `\u202e`.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
