/**
 * Aligns two generated versions of PARAGRAPHS (default 100,000) lines each, English and German,
 * and prints what the test checks as one JSON line: run by tests/unit/alignment-scale.test.ts in
 * a child process with a small heap (`--max-old-space-size`), so that it proves the alignment fits.
 */
import { alignParagraphs } from '../../src/lib/alignment/align-paragraphs.ts';
import { generatedLines, versionOf } from '../../tools/alignment-corpus.ts';

const count = Number(process.env.PARAGRAPHS ?? 100_000);
const lines = generatedLines(count);
const en = versionOf(lines, 'en');
const de = versionOf(lines, 'de');
const pairs = alignParagraphs(en, de, { a: 'en', b: 'de' });

const a = pairs.flatMap((p) => p.a);
const b = pairs.flatMap((p) => p.b);
const inOrder = (list: number[], length: number) => list.length === length && list.every((x, k) => x === k);
console.log(
  JSON.stringify({
    pairs: pairs.length,
    everyParagraphOnceInOrder: inOrder(a, en.length) && inOrder(b, de.length),
    notOneToOne: pairs.filter((p, k) => p.kind !== '1-1' || p.a[0] !== k || p.b[0] !== k).length,
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  }),
);
