/**
 * Exports of an aligned language pair for translators: TMX 1.4 (one <tu> per aligned unit where
 * both versions have text, `xml:lang` per <tuv>, segtype paragraph or sentence, the alignment
 * confidence and the bead as properties) and TSV (row, both texts, confidence). Either may keep
 * only the units at or above a confidence (`…-min90.tmx`): a unit without a confidence is then
 * left out. No creation date: two builds of one commit must give the same bytes. Texts are
 * untrusted: XML-escaped in TMX, formula-defused in TSV.
 */
import { defuseFormula } from '../text/defuse-formula.ts';
import type { Lang } from '../lang.ts';
import type { BeadKind } from './length-model.ts';
import { rowFragment, rowLabel, type RowNumber } from './row-fragment.ts';
import { escapeXml } from '../publishing/xml.ts';

/** One unit of an export, at the compare view's row (`3`) or sentence row (`3.2`): its permalink is `#p3`, `#p3.2`. */
export interface AlignedSegment extends RowNumber {
  a: string;
  b: string;
  confidence: number | null;
  /** The alignment bead (`2-1`: two units of a for one of b), where known. */
  kind?: BeadKind;
}

export interface ExportOptions {
  /** What a unit is (TMX's segtype). Default: paragraph. */
  segtype?: 'paragraph' | 'sentence';
  /** Keep only units with a confidence at or above this. */
  minConfidence?: number;
}

/** The segments an export keeps under its options. */
export function keptSegments(segments: readonly AlignedSegment[], options: ExportOptions = {}): AlignedSegment[] {
  const min = options.minConfidence;
  return min === undefined
    ? [...segments]
    : segments.filter((s) => s.confidence !== null && s.confidence >= min - 1e-9);
}

export function toTmx(
  segments: readonly AlignedSegment[],
  langs: { a: Lang; b: Lang },
  id: string,
  options: ExportOptions = {},
): string {
  // tuid is unique in a file: a second unit of one sentence row gets `~2`, a third `~3`.
  const seen = new Map<string, number>();
  const tuid = (at: RowNumber) => {
    const base = `${id}#${rowFragment(at)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}~${count}`;
  };
  const units = keptSegments(segments, options)
    .filter((s) => s.a !== '' && s.b !== '')
    .map((s) =>
      [
        `    <tu tuid="${escapeXml(tuid(s))}">`,
        ...(s.confidence === null
          ? []
          : [`      <prop type="x-alignment-confidence">${s.confidence.toFixed(2)}</prop>`]),
        ...(s.kind === undefined ? [] : [`      <prop type="x-alignment-bead">${s.kind}</prop>`]),
        `      <tuv xml:lang="${langs.a}"><seg>${escapeXml(s.a)}</seg></tuv>`,
        `      <tuv xml:lang="${langs.b}"><seg>${escapeXml(s.b)}</seg></tuv>`,
        '    </tu>',
      ].join('\n'),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="Song Song" creationtoolversion="1" segtype="${options.segtype ?? 'paragraph'}" ` +
      `o-tmf="song-song" adminlang="en" srclang="${langs.a}" datatype="plaintext"/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

// Tabs and line breaks would split the cell; a formula would run in a spreadsheet.
const tsvText = (text: string) => defuseFormula(text.replace(/[\t\r\n]+/g, ' '));

export function toAlignedTsv(
  segments: readonly AlignedSegment[],
  langs: { a: Lang; b: Lang },
  options: ExportOptions = {},
): string {
  const lines = [`row\t${langs.a}\t${langs.b}\tconfidence`];
  for (const s of keptSegments(segments, options))
    lines.push(
      `${rowLabel(s)}\t${tsvText(s.a)}\t${tsvText(s.b)}\t${s.confidence === null ? '' : s.confidence.toFixed(2)}`,
    );
  return `${lines.join('\n')}\n`;
}
