/**
 * npm run ingest -- [--dry-run] [--json] [--force] [--content DIR] [--] <file|folder>...
 *
 * Turns raw translated texts into content/articles/<article>/<lang>.md. Prints one line per file
 * as soon as it is written or refused (so a killed run has said what it wrote), one line per
 * entry of a folder it does not read and why, then a summary. Exit code 0 when every input was
 * ingested (or unchanged), 1 when any input was refused, 2 on a usage error.
 *
 * `--json` prints the report as JSON on stdout. Run it as `npm run --silent ingest -- --dry-run --json
 * <file|folder>`: without --silent npm writes its own banner (`> song-song@0.1.0 ingest`) to stdout
 * first, and the output is no longer JSON.
 *
 * `--` ends the options. An argument before it that looks like an option but is also the name of
 * a file here (`--force` picked up by a shell `*`) is refused: put file names after `--`.
 */
import { existsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectInputFiles } from '../src/lib/ingest/collect-input-files.ts';
import { ingestFiles, type IngestResult } from '../src/lib/ingest/ingest-files.ts';
import { describeHolder } from '../src/lib/locks/pid-lock.ts';
import { projectRoot } from '../src/lib/project-files.ts';
import { printable } from '../src/lib/text/printable.ts';

const USAGE = 'usage: npm run ingest -- [--dry-run] [--json] [--force] [--content DIR] [--] <file|folder>...';
/** The JSON report as a command whose stdout is only the JSON: --silent keeps npm's banner off it. */
const JSON_USAGE =
  'JSON report: npm run --silent ingest -- --dry-run --json <file|folder>  (--silent: no npm banner on stdout)';

/** A line on stdout or stderr, written at once: progress must be on screen before a kill. */
function say(stream: 1 | 2, line: string): void {
  writeSync(stream, `${printable(line)}\n`);
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    say(2, `${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals, tokens } = parsed;
  const lookalikes = tokens
    .filter((token) => token.kind === 'option' && existsSync(argv[token.index]!))
    .map((token) => argv[token.index]!);
  if (lookalikes.length > 0) {
    const names = lookalikes.join(', ');
    say(
      2,
      `${names}: both an option and the name of a file here (a shell pattern may have picked it up); nothing done.`,
    );
    const asFiles = lookalikes.map((f) => `./${f}`).join(' ');
    say(2, `To ingest such a file, put file names after --: npm run ingest -- -- ${asFiles}`);
    return 2;
  }
  if (values.help) {
    say(1, USAGE);
    say(1, JSON_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    say(2, `no input files\n${USAGE}`);
    return 2;
  }
  const dryRun = values['dry-run'];
  const { files, problems } = collectInputFiles(positionals);
  const refusedInputs: IngestResult[] = problems
    .filter((p) => p.status === 'refused')
    .map((p) => ({ file: p.file, status: 'error', error: `${p.file}: ${p.reason}` }));
  const skipped = problems.filter((p) => p.status === 'skipped');
  if (!values.json) {
    for (const p of skipped) say(2, `skip   ${p.file} (${p.reason})`);
    for (const r of refusedInputs) say(2, `error  ${r.error}`);
  }
  let results: IngestResult[];
  try {
    results = [
      ...refusedInputs,
      ...ingestFiles(files, {
        contentDir: values.content ?? path.join(projectRoot(), 'content'),
        dryRun,
        force: values.force,
        onWait: (holder) => say(2, `waiting: ${describeHolder(holder)} is writing the content folder`),
        ...(values.json ? {} : { onResult: (result: IngestResult) => reportOne(result, dryRun) }),
      }),
    ];
  } catch (error) {
    say(2, `ingest: ${(error as Error).message}; nothing written`);
    return 1;
  }
  const errors = results.filter((result) => result.status === 'error').length;
  if (values.json) {
    const entries = [...results, ...skipped.map((p) => ({ file: p.file, status: 'skipped', reason: p.reason }))];
    console.log(JSON.stringify(entries, null, 2));
  } else {
    say(
      2,
      `${results.length} file(s): ${results.length - errors} ok, ${errors} refused` +
        `${skipped.length ? `; ${skipped.length} folder entr${skipped.length === 1 ? 'y' : 'ies'} skipped` : ''}` +
        `${dryRun ? ' (dry run, nothing written)' : ''}`,
    );
  }
  return errors > 0 ? 1 : 0;
}

function reportOne(result: IngestResult, dryRun: boolean): void {
  if (result.status === 'error') {
    say(2, `error  ${result.error}`);
  } else {
    const verb = result.action === 'unchanged' ? 'unchanged' : dryRun ? `would ${result.action}` : `${result.action}d`;
    say(1, `ok     ${result.file} → ${result.output} (${verb})`);
  }
}

// npm runs scripts in the project folder; file names (and a shell's `*`) are relative to where
// the user typed the command, which npm passes as INIT_CWD.
// The project (data tables, content/) is found first, from the folder npm runs us in.
projectRoot();
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
process.exitCode = main(process.argv.slice(2));
