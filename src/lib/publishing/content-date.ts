/**
 * The date the feeds give as `updated`. Articles carry no date of their own, and a build clock
 * would make two builds of one commit differ, so the date is that of the content: the
 * SOURCE_DATE_EPOCH convention when set, else the last commit touching content/, else the epoch.
 */
import { execFileSync } from 'node:child_process';

export function contentDate(root: string): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (iso) return new Date(iso).toISOString();
  } catch {
    // Not a git checkout (e.g. an unpacked archive): fall through.
  }
  return new Date(0).toISOString();
}

const known = new Map<string, string>();

/** contentDate asked once per process and folder: a build's feeds give one date, and git runs once. */
export function cachedContentDate(root: string): string {
  let date = known.get(root);
  if (date === undefined) known.set(root, (date = contentDate(root)));
  return date;
}
