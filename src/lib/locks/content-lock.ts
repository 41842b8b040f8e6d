/**
 * One writer of a content folder at a time: an ingest holds the lock for its whole run (so what it
 * finds in `content/` when judging conflicts is still there when it writes), a build only while it
 * copies `content/articles/` into its snapshot (content-snapshot.ts). A second writer waits for
 * the first, saying for whom, and gives up after `waitMs` with a message naming the holder.
 */
import path from 'node:path';
import { acquireLock, describeHolder, LockHeldError, type LockHolder } from './pid-lock.ts';

/** The lock file of a content folder (the folder that holds `articles/`). */
export function contentLockFile(contentDir: string): string {
  return path.join(contentDir, '.song-song.lock');
}

/** How long a writer waits for another by default: ingests and snapshot copies take seconds. */
export const CONTENT_LOCK_WAIT_MS = 120_000;

export function acquireContentLock(
  contentDir: string,
  options: { task: string; waitMs?: number; onWait?: (holder: LockHolder) => void },
): () => void {
  const file = contentLockFile(contentDir);
  try {
    return acquireLock(file, { waitMs: CONTENT_LOCK_WAIT_MS, ...options });
  } catch (error) {
    if (error instanceof LockHeldError) {
      const waited = ((options.waitMs ?? CONTENT_LOCK_WAIT_MS) / 1000).toFixed(0);
      const holder = describeHolder(error.holder);
      throw new Error(`${contentDir} is locked by ${holder}; gave up after ${waited} s (lock: ${file})`, {
        cause: error,
      });
    }
    throw error;
  }
}
