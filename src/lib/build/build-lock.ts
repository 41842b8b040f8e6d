/**
 * One build at a time per checkout: a build renders into `<project>/.astro/song-song-staging/`
 * (inside the project, where Astro keeps each output's prerender chunks apart), so two builds
 * started from one checkout would overwrite each other's pages mid-build. The lock is a file
 * created exclusively with the owner's pid; a lock whose process is gone (killed) is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take the lock at `file`, or throw naming the build that holds it. Returns the release function. */
export function acquireBuildLock(file: string): () => void {
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
        throw new Error(`another build (pid ${holder}) is running in this project (lock: ${file})`);
      }
      rmSync(file, { force: true }); // left by a build that was killed
    }
  }
  throw new Error(`could not take the build lock ${file}`);
}
