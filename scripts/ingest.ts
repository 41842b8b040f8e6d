/**
 * npm run ingest -- [--dry-run] [--json] [--force] [--content DIR] <file|folder>...
 *
 * Turns raw translated texts into content/articles/<article>/<lang>.md. Exit code 0 when every
 * input was ingested (or unchanged), 1 when any input was refused, 2 on a usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectInputFiles, ingestFiles, type IngestResult } from '../src/lib/ingest/ingest-files.ts';
import { projectRoot } from '../src/lib/project-files.ts';

const USAGE = 'usage: npm run ingest -- [--dry-run] [--json] [--force] [--content DIR] <file|folder>...';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`no input files\n${USAGE}`);
    return 2;
  }
  const { files, missing } = collectInputFiles(positionals);
  const results: IngestResult[] = [
    ...missing,
    ...ingestFiles(files, {
      contentDir: values.content ?? path.join(projectRoot(), 'content'),
      dryRun: values['dry-run'],
      force: values.force,
    }),
  ];
  if (values.json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    report(results, values['dry-run']);
  }
  return results.some((result) => result.status === 'error') ? 1 : 0;
}

function report(results: IngestResult[], dryRun: boolean): void {
  for (const result of results) {
    if (result.status === 'error') {
      console.error(`error  ${result.error}`);
    } else {
      const verb = result.action === 'unchanged' ? 'unchanged' : dryRun ? `would ${result.action}` : `${result.action}d`;
      console.log(`ok     ${result.file} → ${result.output} (${verb})`);
    }
  }
  const errors = results.filter((result) => result.status === 'error').length;
  console.error(`${results.length} file(s): ${results.length - errors} ok, ${errors} refused${dryRun ? ' (dry run, nothing written)' : ''}`);
}

process.exitCode = main(process.argv.slice(2));
