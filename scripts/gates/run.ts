/**
 * npm run gate -- <name>... [--dist dist] [--content DIR]     (npm run gates runs them all)
 *
 * The quality gates over a built site. Each prints a readable report and the run exits non-zero
 * when any gate finds a problem. Gates: links, html, scan, lost, budget, csp, a11y (the last two
 * drive Chromium). `lost` compares the site with the content it was built from: the build's snapshot
 * beside the site (src/lib/build/content-snapshot.ts), or the articles folder --content names.
 * `reproducible` builds twice and is run on its own (npm run gate:reproducible).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentSnapshotFolder } from '../../src/lib/build/content-snapshot.ts';
import { parseArgs } from 'node:util';
import { checkAccessibility, checkCsp } from '../../tools/gates/browser-gates.ts';
import { checkPageBudget } from '../../tools/gates/budget.ts';
import { checkHtml } from '../../tools/gates/html.ts';
import { checkLinks } from '../../tools/gates/links.ts';
import { checkNothingLost } from '../../tools/gates/lost.ts';
import { scanBuiltSite } from '../../tools/gates/scan.ts';
import { formatProblems, type GateProblem } from '../../tools/gates/site-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    content: { type: 'string' },
    all: { type: 'boolean', default: false },
  },
});

type Gate = (dist: string) => GateProblem[] | Promise<GateProblem[]>;
const GATES: Record<string, Gate> = {
  links: checkLinks,
  html: checkHtml,
  scan: scanBuiltSite,
  lost: (dist) => checkNothingLost(dist, builtFrom(dist)),
  budget: checkPageBudget,
  csp: checkCsp,
  a11y: checkAccessibility,
};

/** The content a site was built from: its build's snapshot (`.dist.content/`), unless --content names one. */
function builtFrom(dist: string): string {
  if (values.content) return path.resolve(values.content);
  const snapshot = path.join(contentSnapshotFolder(dist), 'articles');
  return existsSync(snapshot) ? snapshot : path.resolve('content/articles');
}

const names = values.all ? Object.keys(GATES) : positionals;
const unknown = names.filter((n) => !GATES[n]);
if (names.length === 0 || unknown.length > 0) {
  console.error(`usage: npm run gate -- <${Object.keys(GATES).join('|')}>... [--dist dist]`);
  if (unknown.length > 0) console.error(`unknown gate(s): ${unknown.join(', ')}`);
  process.exit(2);
}
const dist = path.resolve(values.dist);
let failed = false;
for (const name of names) {
  const started = performance.now();
  const problems = await GATES[name]!(dist);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    failed = true;
    console.error(formatProblems(`gate ${name} (${values.dist})`, problems));
  } else console.log(`gate ${name} (${values.dist}): ok (${seconds} s)`);
}
process.exit(failed ? 1 : 0);
