/**
 * Exports of an aligned language pair for translators: TMX 1.4 (one <tu> per row where both
 * versions have text, `xml:lang` per <tuv>, segtype paragraph) and TSV (row, both texts,
 * confidence). No creation date: two builds of one commit must give the same bytes.
 */
import { defuseFormula } from '../text/defuse-formula.ts';
import type { Lang } from '../lang.ts';
import { escapeXml } from '../site/xml.ts';

export interface AlignedSegment {
  row: number;
  a: string;
  b: string;
  confidence: number | null;
}

export function toTmx(segments: readonly AlignedSegment[], langs: { a: Lang; b: Lang }, id: string): string {
  const units = segments
    .filter((s) => s.a !== '' && s.b !== '')
    .map((s) =>
      [
        `    <tu tuid="${escapeXml(`${id}#p${s.row}`)}">`,
        ...(s.confidence === null ? [] : [`      <prop type="x-alignment-confidence">${s.confidence.toFixed(2)}</prop>`]),
        `      <tuv xml:lang="${langs.a}"><seg>${escapeXml(s.a)}</seg></tuv>`,
        `      <tuv xml:lang="${langs.b}"><seg>${escapeXml(s.b)}</seg></tuv>`,
        '    </tu>',
      ].join('\n'),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="Song Song" creationtoolversion="1" segtype="paragraph" o-tmf="song-song" adminlang="en" srclang="${langs.a}" datatype="plaintext"/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

// Tabs and line breaks would split the cell; a formula would run in a spreadsheet.
const tsvText = (text: string) => defuseFormula(text.replace(/[\t\r\n]+/g, ' '));

export function toAlignedTsv(segments: readonly AlignedSegment[], langs: { a: Lang; b: Lang }): string {
  const lines = [`row\t${langs.a}\t${langs.b}\tconfidence`];
  for (const s of segments) lines.push(`${s.row}\t${tsvText(s.a)}\t${tsvText(s.b)}\t${s.confidence === null ? '' : s.confidence.toFixed(2)}`);
  return `${lines.join('\n')}\n`;
}
