/**
 * tsx scripts/bench/generate.ts --versions N --out DIR [--seed S] [--first-article K]
 * Writes a synthetic corpus of raw texts (synthetic-corpus.ts) and prints `{ articles, files }`.
 */
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src/lib/project-files.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    versions: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'first-article': { type: 'string', default: '0' },
  },
});
if (!values.versions || !values.out) {
  console.error('usage: tsx scripts/bench/generate.ts --versions N --out DIR [--seed S] [--first-article K]');
  process.exit(2);
}
const result = writeSyntheticCorpus(projectRoot(), {
  versions: Number(values.versions),
  out: values.out,
  seed: Number(values.seed),
  firstArticle: Number(values['first-article']),
});
console.log(JSON.stringify(result));
