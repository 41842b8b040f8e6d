/**
 * tsx scripts/bench/alignment.ts [--sizes 1000,4000,100000] [--repeats 3]
 * Times the alignment at sizes from an article to the largest accepted file: alignParagraphs of
 * two versions (English, German) and buildAlignedRows of three (Vietnamese pivot, English,
 * German), on generated versions of short lines (tools/alignment-corpus.ts). Each size
 * runs in a process of its own, so its peak RSS is its own; prints the median of the repeats.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignParagraphs } from '../../src/lib/alignment/align-paragraphs.ts';
import { buildAlignedRows } from '../../src/lib/alignment/aligned-rows.ts';
import { generatedLines, versionOf } from '../../tools/alignment-corpus.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,100000' },
    repeats: { type: 'string', default: '3' },
    size: { type: 'string' },
  },
});
const repeats = Number(values.repeats);

interface Result {
  paragraphs: number;
  alignMs: number;
  rowsMs: number;
  peakRssMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function measure(paragraphs: number): Result {
  const lines = generatedLines(paragraphs);
  const [vi, en, de] = (['vi', 'en', 'de'] as const).map((lang) => versionOf(lines, lang));
  const align: number[] = [];
  const rows: number[] = [];
  for (let k = 0; k < repeats; k++) {
    align.push(time(() => alignParagraphs(en!, de!, { a: 'en', b: 'de' })));
    rows.push(
      time(() =>
        buildAlignedRows([
          { lang: 'vi', paragraphs: vi! },
          { lang: 'en', paragraphs: en! },
          { lang: 'de', paragraphs: de! },
        ]),
      ),
    );
  }
  return {
    paragraphs,
    alignMs: Math.round(median(align)),
    rowsMs: Math.round(median(rows)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (values.size) {
  console.log(JSON.stringify(measure(Number(values.size))));
} else {
  const script = fileURLToPath(import.meta.url);
  console.log(`alignment, median of ${repeats}; buildAlignedRows aligns two pairs (vi–en, vi–de)`);
  console.log('paragraphs  alignParagraphs  buildAlignedRows  peak RSS');
  for (const size of values.sizes.split(',').map(Number)) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, '--size', String(size), '--repeats', String(repeats)],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exit(1);
    }
    const r = JSON.parse(child.stdout) as Result;
    const ms = (value: number, width: number) => `${value.toLocaleString('en')} ms`.padStart(width);
    const paragraphs = r.paragraphs.toLocaleString('en').padStart(10);
    console.log(`${paragraphs}  ${ms(r.alignMs, 15)}  ${ms(r.rowsMs, 16)}  ${`${r.peakRssMb} MB`.padStart(8)}`);
  }
}
