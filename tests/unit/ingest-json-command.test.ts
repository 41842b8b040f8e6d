/**
 * The documented command for a JSON report (README, "Dry-run JSON", and `--help`) is run exactly as
 * written, through npm: its stdout must be the JSON and nothing else (npm's banner goes there
 * unless `--silent` is given).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const COMMAND = 'npm run --silent ingest -- --dry-run --json';

const npm = (...args: string[]) => spawnSync('npm', args, { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('the documented JSON report command', () => {
  it('is the one README and --help document', () => {
    const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');
    const section = readme.slice(readme.indexOf('### Dry-run JSON'));
    expect(section).toContain(`${COMMAND} <file|folder>`);
    const help = npm('run', '--silent', 'ingest', '--', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`${COMMAND} <file|folder>`);
  }, 60_000);

  it('prints parseable JSON on stdout and nothing else', () => {
    const out = npm(...COMMAND.split(' ').slice(1), 'tests/fixtures/seeds');
    expect(out.error).toBeUndefined();
    expect(out.status).toBe(0);
    expect(out.stdout.trimStart().startsWith('[')).toBe(true);
    const report = JSON.parse(out.stdout) as { file: string; status: string; lang: string }[];
    expect(report.map((entry) => entry.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(report.map((entry) => entry.lang)).toEqual(['de', 'ru', 'en', 'de', 'ar']);
    expect(report.every((entry) => entry.file.startsWith('tests/fixtures/seeds/'))).toBe(true);
  }, 60_000);
});
