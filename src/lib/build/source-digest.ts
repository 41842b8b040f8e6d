/**
 * The digest of the code and data a build is made with: every file under the given paths (names
 * and bytes, in sorted order). A change of the site's code means every page may change, so the
 * build starts cold; a change of src/lib or the data tables means every derived value may change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function filesUnder(root: string, relative: string, out: string[]): void {
  const full = path.join(root, relative);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    out.push(relative);
    return;
  }
  for (const name of readdirSync(full).sort()) filesUnder(root, path.join(relative, name), out);
}

/** Digest of `paths` (files or folders, relative to `root`) and of `extra` values (environment). */
export function sourceDigest(
  root: string,
  paths: readonly string[],
  extra: Record<string, string | undefined> = {},
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(extra));
  for (const top of paths) {
    const files: string[] = [];
    filesUnder(root, top, files);
    for (const file of files) {
      hash.update(`\0${file.split(path.sep).join('/')}\0`);
      hash.update(readFileSync(path.join(root, file)));
    }
  }
  return hash.digest('hex').slice(0, 32);
}
