/**
 * A lock file for one writer at a time: created exclusively (`wx`) with the holder's pid, what it
 * is doing and since when, so a second writer can say who holds it. A lock whose process is gone
 * (killed) is taken over. A second writer waits up to `waitMs`, saying once that it waits and for
 * whom, then gives up with a message naming the holder. Used for one build per checkout
 * (build-lock.ts) and one writer of a content folder at a time (content-lock.ts).
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  /** What the holder is doing, e.g. `ingest` or `build`. */
  task: string;
  since: string;
}

export interface LockOptions {
  /** What this process is doing, shown to a process that finds the lock taken. */
  task: string;
  /** How long to wait for a held lock before giving up (default: do not wait). */
  waitMs?: number;
  /** Called once when the lock is found held and the caller will wait. */
  onWait?: (holder: LockHolder) => void;
}

export class LockHeldError extends Error {
  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {
    super(`${describeHolder(holder)} holds the lock ${file}`);
    this.name = 'LockHeldError';
  }
}

export function describeHolder(holder: LockHolder): string {
  return `${holder.task} (pid ${holder.pid}, since ${holder.since})`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder written in a lock file; older locks hold only a pid. Null when unreadable. */
function readHolder(file: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    if (Number.isInteger(holder.pid)) return holder;
  } catch {
    const pid = Number.parseInt(text, 10);
    if (Number.isInteger(pid)) return { pid, task: 'a process', since: 'unknown' };
  }
  return null;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** Take the lock at `file` or throw LockHeldError naming its holder. Returns the release function. */
export function acquireLock(file: string, options: LockOptions): () => void {
  mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + (options.waitMs ?? 0);
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      const holder: LockHolder = { pid: process.pid, task: options.task, since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        // Only our own lock: a lock taken over after ours was judged stale is not ours to remove.
        if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder === null) {
      // Being written this instant, or left empty by a writer killed between create and write.
      sleep(50);
      const again = readHolder(file);
      if (again === null) rmSync(file, { force: true });
      continue;
    }
    if (holder.pid === process.pid || !alive(holder.pid)) {
      rmSync(file, { force: true }); // left by a process that was killed
      continue;
    }
    if (Date.now() >= deadline) throw new LockHeldError(file, holder);
    if (!told) {
      options.onWait?.(holder);
      told = true;
    }
    sleep(Math.min(100, Math.max(1, deadline - Date.now())));
  }
}
