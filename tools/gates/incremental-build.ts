/**
 * The incremental-build gate's check (scripts/gates/incremental.ts runs it, so do the gate tests):
 * an updated site must be the same, file for file, as a cold build of the same content. In a
 * temporary folder it ingests a small corpus (the seeds) and builds it cold, then in turn adds an
 * article (three versions), adds a version to it (Arabic: every language bar changes), changes a
 * version (a number in the English text, ingested with --force), and deletes versions (one of a
 * two-version article, and the only version of another); after each step it updates the site and
 * compares it with a cold build of the same content into another folder with its own cache. Fails
 * naming every file that differs or exists on one side only, and the step.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBuild, type BuildReport } from '../../src/lib/build/run-build.ts';
import { ingestFiles } from '../../src/lib/ingest/ingest-files.ts';
import { compareTrees } from './compare-trees.ts';
import type { GateProblem } from './site-files.ts';

export interface IncrementalStep {
  name: string;
  /** Changes the content folder (`<work>/content`). */
  apply(contentDir: string, work: string): void;
}

function ingestOrFail(files: string[], contentDir: string, force: boolean): void {
  const refused = ingestFiles(files, { contentDir, dryRun: false, force }).filter((r) => r.status === 'error');
  if (refused.length > 0) throw new Error(`ingest refused: ${refused.map((r) => r.error).join('; ')}`);
}

/** The gate's scenario over the project's own fixtures. */
export function defaultSteps(root: string): { base: string[]; steps: IncrementalStep[] } {
  const fixture = (name: string) => path.join(root, 'tests/fixtures/compare-site', name);
  const seeds = path.join(root, 'tests/fixtures/seeds');
  const seedFiles = [
    '000_e228c1ef6803ec34.txt',
    '001_b512f38989053f5c.txt',
    '002_c9a5fda6541b9e37.txt',
    '003_3a970a3a0229f3a2.txt',
    '004_221c47744e1fa9ba.txt',
  ];
  return {
    base: seedFiles.map((f) => path.join(seeds, f)),
    steps: [
      {
        name: 'add an article (vi, en, de)',
        apply: (content) => ingestOrFail(['vi.txt', 'en.txt', 'de.txt'].map(fixture), content, false),
      },
      { name: 'add a version (ar) to it', apply: (content) => ingestOrFail([fixture('ar.txt')], content, false) },
      {
        name: 'change a version (en, --force)',
        apply: (content, work) => {
          const changed = path.join(work, 'en.txt');
          const text = readFileSync(fixture('en.txt'), 'utf8');
          const edited = text.replace(/\b2,350\b/, '2,357').replace(/\b204-QD\/TW\b/, '205-QD/TW');
          if (edited === text) throw new Error('the change step found nothing to change in en.txt');
          writeFileSync(changed, edited);
          ingestOrFail([changed], content, true);
        },
      },
      {
        name: 'delete versions (one of two; the only one of an article)',
        apply: (content) => {
          rmSync(
            path.join(content, 'articles/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu/de.md'),
          );
          rmSync(
            path.join(content, 'articles/hoa-binh-giao-nhiem-vu-cho-lanh-dao-chu-chot-46-xa-phuong-sau-sap-nhap'),
            { recursive: true },
          );
        },
      },
    ],
  };
}

export interface IncrementalResult {
  problems: GateProblem[];
  updates: { step: string; report: BuildReport }[];
}

export async function checkIncrementalBuild(
  root: string,
  log: (line: string) => void = () => {},
): Promise<IncrementalResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'song-song-incremental-'));
  const content = path.join(work, 'content');
  const articles = path.join(content, 'articles');
  const site = path.join(work, 'site');
  const cache = path.join(work, 'cache');
  const quiet = () => {};
  const problems: GateProblem[] = [];
  const updates: IncrementalResult['updates'] = [];
  try {
    const { base, steps } = defaultSteps(root);
    ingestOrFail(base, content, false);
    const first = await runBuild({ root, outDir: site, cacheDir: cache, contentDir: articles, log: quiet });
    if (first.mode !== 'cold')
      problems.push({ page: '(first build)', message: `expected a cold build, got ${first.mode}` });
    for (const [i, step] of steps.entries()) {
      step.apply(content, work);
      const report = await runBuild({ root, outDir: site, cacheDir: cache, contentDir: articles, log: quiet });
      updates.push({ step: step.name, report });
      if (report.mode !== 'update')
        problems.push({
          page: `(${step.name})`,
          message: `expected an update, the build was ${report.mode}: ${report.why}`,
        });
      const cold = path.join(work, `cold-${i}`);
      await runBuild({
        root,
        outDir: cold,
        cacheDir: path.join(work, `cold-cache-${i}`),
        contentDir: articles,
        log: quiet,
      });
      const differences = compareTrees(site, cold);
      for (const d of differences)
        problems.push({
          page: d.page,
          message: `after "${step.name}": ${d.message
            .replace('first build', 'updated site')
            .replace('second build', 'cold build')
            .replace('the builds', 'the updated and the cold build')}`,
        });
      log(
        `  ${step.name}: ${report.pages.rendered} files written, ${report.pages.removed} removed, ` +
          `${differences.length} difference(s)`,
      );
      rmSync(cold, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { problems, updates };
}
