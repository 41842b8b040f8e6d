/**
 * Makes one line of untrusted plain text safe to write as one Markdown paragraph: it renders
 * literally (no emphasis, links, HTML, entities) and it stays one paragraph (a line that Markdown
 * would read as a heading, list item, quote, thematic break, table or code block is escaped), so
 * the paragraph count of the output equals the line count of the input.
 *
 * CommonMark lets a backslash escape any ASCII punctuation, so escaping is always safe; we escape
 * only what can start markup, to keep the Markdown copies readable (document numbers such as
 * `177-KL/TW` stay as written).
 */

/** Characters that can open inline markup anywhere in a line. `&` starts entities (`&lt;`). */
const INLINE_SPECIALS = /[\\`*_[\]<>&~|{}$]/g;

export function escapeMarkdownLine(line: string): string {
  let out = line.replace(INLINE_SPECIALS, (ch) => `\\${ch}`);
  // Block structure is decided by how a line starts.
  out = out
    // ATX heading: "# x", "###"
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    // bullet list item "- x", "+ x" ("* x" is already escaped above); thematic break "---", "- - -"
    .replace(/^([-+])(?=\s|$|[-+\s]*$)/, '\\$1')
    // ordered list item "1. x", "1) x"
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    // setext underline or thematic break made of = (only meaningful under a paragraph, escaped anyway)
    .replace(/^(=+)\s*$/, '\\$1');
  return out;
}
