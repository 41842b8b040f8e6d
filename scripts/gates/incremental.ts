/**
 * npm run gate:incremental
 *
 * Incremental-build gate: an updated site must be the same, file for file, as a cold build of the
 * same content. In a temporary folder it ingests a small corpus (the seeds) and builds it cold,
 * then in turn adds an article (three versions), adds a version to it (Arabic: every language bar
 * changes), changes a version (a number in the English text, ingested with --force), and deletes
 * versions (one of a two-version article, and the only version of another); after each step it
 * updates the site and compares it with a cold build of the same content into another folder with
 * its own cache. Fails naming every file that differs or exists on one side only, and the step.
 */
import path from 'node:path';
import { projectRoot } from '../../src/lib/project-files.ts';
import { checkIncrementalBuild } from '../../tools/gates/incremental-build.ts';

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  process.env.SOURCE_DATE_EPOCH ??= '1700000000';
  const { formatProblems } = await import('../../tools/gates/site-files.ts');
  const { problems, updates } = await checkIncrementalBuild(projectRoot(), (line) => console.log(line));
  if (problems.length > 0) {
    console.error(formatProblems('gate incremental', problems));
    process.exit(1);
  }
  console.log(
    `gate incremental: ok (${updates.length} updates, each byte-identical to a cold build of the same content)`,
  );
}
