/**
 * The thresholded variant of an export, made from the published file in the browser (the compare
 * page's "only units with confidence at least …" form) or anywhere else: the same units as
 * toTmx / toAlignedTsv with minConfidence would keep, byte for byte (translation-memory.test.ts
 * checks it). It reads only what toTmx and toAlignedTsv write — one `<tu>` block per unit from
 * `    <tu ` to `    </tu>`, the confidence in its first property; one TSV line per unit, the
 * confidence in the last column — and never parses the units' text (escaped in TMX, free of tabs
 * and line breaks in TSV), so no text can end a unit early.
 */

const UNIT = /^ {4}<tu [^\n]*>\n(?:(?! {4}<\/tu>\n)[^\n]*\n)*? {4}<\/tu>\n/gmu;
const CONFIDENCE = /<prop type="x-alignment-confidence">([\d.]+)<\/prop>/u;

const atLeast = (value: string | undefined, min: number) =>
  value !== undefined && value !== '' && Number(value) >= min - 1e-9;

/** The TMX with only the units whose confidence is at least min (a unit without one is dropped). */
export function tmxAtLeast(xml: string, min: number): string {
  return xml.replace(UNIT, (unit) => (atLeast(CONFIDENCE.exec(unit)?.[1], min) ? unit : ''));
}

/** The TSV with its header and only the lines whose confidence is at least min. */
export function tsvAtLeast(tsv: string, min: number): string {
  const [header, ...lines] = tsv.split('\n');
  const kept = lines.filter((line) => line !== '' && atLeast(line.split('\t').at(-1), min));
  return `${[header, ...kept].join('\n')}\n`;
}

/** `…/vi-en-sentences.tmx` at 0.85 → `vi-en-sentences-min85.tmx`. */
export function thresholdFileName(href: string, min: number): string {
  const name = href.split('/').at(-1) ?? 'aligned.tmx';
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}-min${Math.round(min * 100)}${name.slice(dot)}`;
}
