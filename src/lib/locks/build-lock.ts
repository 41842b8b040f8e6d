/**
 * One build at a time per checkout: a build renders into `<project>/.astro/song-song-staging/`
 * (inside the project, where Astro keeps each output's prerender chunks apart), so two builds
 * started from one checkout would overwrite each other's pages mid-build. A second build is
 * refused at once, naming the first.
 */
import path from 'node:path';
import { acquireLock, describeHolder, LockHeldError } from './pid-lock.ts';

export function buildLockFile(root: string): string {
  return path.join(root, '.astro', 'song-song-build.lock');
}

/** Take the build lock of the project at `root`, or throw naming the build that holds it. */
export function acquireBuildLock(root: string): () => void {
  try {
    return acquireLock(buildLockFile(root), { task: 'build' });
  } catch (error) {
    if (error instanceof LockHeldError) {
      const holder = describeHolder(error.holder);
      throw new Error(`another build is running in this project: ${holder} (lock: ${error.file})`, { cause: error });
    }
    throw error;
  }
}
