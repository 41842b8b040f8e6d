/**
 * The raw files an ingest run reads, from what the command line names. A file named there is read
 * as it is (a symbolic link followed); a folder gives its `.txt` files (any case), recursively, in
 * path order. Nothing is passed over in silence: every entry of a folder that is not read is
 * reported with the reason — hidden (dot-name), not a `.txt` file, a symbolic link (not followed,
 * so a link cannot pull in files from elsewhere or loop), or not a regular file (a FIFO would
 * block the run, a device or socket has no text). Unreadable folders and names that do not exist
 * are refused.
 */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';

export interface InputProblem {
  file: string;
  /** Why the entry is not read; `skipped` entries are normal (a README in a folder), `refused` are errors. */
  reason: string;
  status: 'skipped' | 'refused';
}

export interface InputFiles {
  files: string[];
  problems: InputProblem[];
}

function kindOf(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const isText = (name: string) => name.toLowerCase().endsWith('.txt');

export function collectInputFiles(args: readonly string[]): InputFiles {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({
        file: dir,
        status: 'refused',
        reason: `cannot read the folder (${(error as NodeJS.ErrnoException).code})`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.'))
        problems.push({ file: full, status: 'skipped', reason: 'hidden (name starts with a dot)' });
      else if (entry.isSymbolicLink())
        problems.push({ file: full, status: 'skipped', reason: 'symbolic link (not followed in folders)' });
      else if (entry.isDirectory()) walk(full);
      else if (!entry.isFile()) problems.push({ file: full, status: 'skipped', reason: kindOf(entry) });
      else if (!isText(entry.name)) problems.push({ file: full, status: 'skipped', reason: 'not a .txt file' });
      else files.push(full);
    }
  };
  for (const arg of args) {
    let stat: Stats;
    try {
      stat = statSync(arg);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        file: arg,
        status: 'refused',
        reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code})`,
      });
      continue;
    }
    if (stat.isDirectory()) walk(arg);
    else if (stat.isFile()) files.push(arg);
    else problems.push({ file: arg, status: 'refused', reason: `${kindOf(stat)}, not a text file` });
  }
  return { files, problems };
}
