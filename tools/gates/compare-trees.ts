/**
 * Files that differ between two built folders, byte for byte, or exist in only one: the comparison
 * of the reproducible gate (two cold builds) and of the incremental gate (an updated site and a cold
 * build of the same content).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/lib/build/publish.ts';
import type { GateProblem } from './site-files.ts';

/** Files that differ between two folders, or exist in only one. */
export function compareTrees(a: string, b: string): GateProblem[] {
  const filesA = new Set(listFiles(a));
  const filesB = new Set(listFiles(b));
  const problems: GateProblem[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) problems.push({ page: `/${file}`, message: 'only in the first build' });
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
      problems.push({ page: `/${file}`, message: 'differs between the builds' });
  }
  for (const file of filesB)
    if (!filesA.has(file)) problems.push({ page: `/${file}`, message: 'only in the second build' });
  return problems;
}
