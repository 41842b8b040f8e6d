/**
 * Gale & Church (1993) length model: in a correct alignment the length of a translation is about
 * c times the length of its source, with a variance proportional to the length (s² per character).
 * A bead whose lengths deviate by δ = (l₂ − c·l₁) / √(l₁·s²) standard deviations costs
 * −log P(|δ| or more), plus −log of the prior of the bead type (1-1 is by far the most common).
 *
 * c per language pair: characters of each language relative to English, measured on the corpus
 * (`calibrateLengthRatios` recomputes them from aligned versions: total characters of each version
 * over its English counterpart) and rounded; where the corpus has no pair yet, the typical ratio
 * of news translations is used. Each article then corrects c by its own total length ratio, since
 * its versions translate the same text.
 */
import type { Lang } from '../lang.ts';

/** Characters per English character. de 1.06 was measured on the Phú Thọ article (9,097 / 8,575). */
export const CHARS_PER_ENGLISH_CHAR: Record<Lang, number> = { en: 1, de: 1.06, vi: 1.05, ru: 1.08, ar: 0.92 };

/** Variance of the length difference per character (Gale & Church's value for characters). */
export const VARIANCE_PER_CHAR = 6.8;

export type BeadKind = '1-1' | '1-0' | '0-1' | '2-1' | '1-2' | '2-2';

/** Prior probability of each bead type (Gale & Church, Table 5). */
export const BEAD_PRIOR: Record<BeadKind, number> = {
  '1-1': 0.89,
  '1-0': 0.0099 / 2,
  '0-1': 0.0099 / 2,
  '2-1': 0.089 / 2,
  '1-2': 0.089 / 2,
  '2-2': 0.011,
};

/** −log of each prior, computed once: the aligner asks for it for every cell it fills. */
export const PRIOR_COST = Object.fromEntries(
  Object.entries(BEAD_PRIOR).map(([kind, p]) => [kind, -Math.log(p)]),
) as Record<BeadKind, number>;

export function expectedRatio(from: Lang, to: Lang): number {
  return CHARS_PER_ENGLISH_CHAR[to] / CHARS_PER_ENGLISH_CHAR[from];
}

/** Standard normal upper tail, Abramowitz & Stegun 26.2.17 (|error| < 7.5e-8). */
function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  return density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
}

/** The least probability lengthProbability gives: a bead's length cost is at most −log of it. */
const MIN_PROBABILITY = 1e-12;
const MAX_LENGTH_COST = -Math.log(MIN_PROBABILITY);

/** Probability that a correct bead deviates at least this much from the expected length. */
export function lengthProbability(lengthA: number, lengthB: number, ratio: number): number {
  if (lengthA === 0 && lengthB === 0) return 1;
  const mean = (lengthA + lengthB / ratio) / 2;
  const delta = (lengthB - lengthA * ratio) / Math.sqrt(Math.max(mean, 1) * VARIANCE_PER_CHAR * ratio);
  return Math.max(2 * normalTail(Math.abs(delta)), MIN_PROBABILITY);
}

/** −log P(bead) by length and prior; deletions and insertions cost only their prior. */
export function lengthCost(kind: BeadKind, lengthA: number, lengthB: number, ratio: number): number {
  const prior = PRIOR_COST[kind];
  if (kind === '1-0' || kind === '0-1') return prior;
  return prior - Math.log(lengthProbability(lengthA, lengthB, ratio));
}

/**
 * A lower bound of lengthCost without exp or log, for the aligner to skip moves that cannot win:
 * 2·P(|Z| ≥ δ) ≤ e^(−δ²/2), so −log of it is at least δ²/2 (up to the floor of MIN_PROBABILITY).
 * The tail approximation keeps to this (alignment-length-bound.test.ts checks it from −11 to +18
 * standard deviations, through the floor); 1e-6 of slack covers rounding.
 */
export function lengthCostLowerBound(kind: BeadKind, lengthA: number, lengthB: number, ratio: number): number {
  const prior = PRIOR_COST[kind];
  if (kind === '1-0' || kind === '0-1' || (lengthA === 0 && lengthB === 0)) return prior - 1e-6;
  const mean = (lengthA + lengthB / ratio) / 2;
  const deviation = lengthB - lengthA * ratio;
  const squared = (deviation * deviation) / (Math.max(mean, 1) * VARIANCE_PER_CHAR * ratio);
  return prior + Math.min(squared / 2, MAX_LENGTH_COST) - 1e-6;
}

/** Recompute CHARS_PER_ENGLISH_CHAR from articles with an English version: median ratio per language. */
export function calibrateLengthRatios(articles: { lang: Lang; chars: number }[][]): Partial<Record<Lang, number>> {
  const ratios = new Map<Lang, number[]>();
  for (const versions of articles) {
    const english = versions.find((v) => v.lang === 'en');
    if (!english || english.chars === 0) continue;
    for (const v of versions) ratios.set(v.lang, [...(ratios.get(v.lang) ?? []), v.chars / english.chars]);
  }
  const result: Partial<Record<Lang, number>> = {};
  for (const [lang, list] of ratios) {
    const sorted = [...list].sort((a, b) => a - b);
    result[lang] = Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100;
  }
  return result;
}
