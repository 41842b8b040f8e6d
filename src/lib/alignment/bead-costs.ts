/**
 * The parts of a bead's cost that the paragraph and the sentence aligner share (align-paragraphs.ts,
 * align-sentences.ts): anchors as tagged keys, the anchor cost (shared anchors lower it, anchors
 * only one side has raise it), the cost of a unit only one side has, the article's length ratio,
 * and how a confidence is rounded.
 */
import { documentKey } from '../documents/document-identity.ts';
import type { Lang } from '../lang.ts';
import type { Anchors } from './anchors.ts';
import { BEAD_MOVES } from './bead-programme.ts';
import { PRIOR_COST, expectedRatio } from './length-model.ts';

const SHARED_REWARD = 2;
const MISMATCH_PENALTY = 1;
const UNPAIRED_PENALTY = 0.5;
/** Shared anchors beyond this many earn nothing more. */
const MAX_REWARDED = 6;
/** The article's ratio stays within 15% of the language pair's. */
const RATIO_BAND = 0.85;
/** −log of each move's prior, by move index in BEAD_MOVES. */
const MOVE_PRIOR = Float64Array.from(BEAD_MOVES, ([, , kind]) => PRIOR_COST[kind]);

/** Anchors as one multiset of tagged keys; names only if the other version has them at all. */
export function anchorKeys(anchors: Anchors, sharedNames: ReadonlySet<string>): string[] {
  return [
    ...anchors.documents.map((d) => `doc:${documentKey(d)}`),
    ...anchors.dates.map((d) => `date:${d}`),
    ...anchors.numbers.map((n) => `num:${n}`),
    ...anchors.names.filter((n) => sharedNames.has(n)).map((n) => `name:${n}`),
  ];
}

/** Anchor cost of a bead whose sides have keysA and keysB anchors, `shared` of them in common. */
export function anchorCost(shared: number, keysA: number, keysB: number): number {
  return -SHARED_REWARD * Math.min(shared, MAX_REWARDED) + MISMATCH_PENALTY * (keysA + keysB - 2 * shared);
}

/** Cost of a 1-0 or 0-1 bead (`move`: its index in BEAD_MOVES) whose unit has `keys` anchors. */
export function unpairedCost(move: number, keys: number): number {
  return MOVE_PRIOR[move]! + UNPAIRED_PENALTY * keys;
}

/**
 * The article's length ratio B/A, pulled towards the language pair's and kept within 15% of it: a
 * long dropped paragraph skews the article's ratio and must not make every pair look wrong.
 */
export function articleRatio(totalA: number, totalB: number, langs: { a: Lang; b: Lang }): number {
  const prior = expectedRatio(langs.a, langs.b);
  const observed = totalA > 0 && totalB > 0 ? Math.sqrt(prior * (totalB / totalA)) : prior;
  return Math.min(prior / RATIO_BAND, Math.max(prior * RATIO_BAND, observed));
}

/** A confidence to two decimals. */
export const roundConfidence = (x: number) => Math.round(x * 100) / 100;
