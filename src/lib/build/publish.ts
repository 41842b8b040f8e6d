/**
 * Putting a new site in place without ever showing a half-updated one. The next site is assembled
 * in `<out>.next` — for an update, a tree of hard links to the published files (no file is copied,
 * none is ever written through: replaced files are renamed over their link), minus the pages that
 * vanished, plus the pages just rendered — and swapped in by two renames. A build killed at any
 * point leaves the published folder as it was, or (between the two renames) `<out>.old`, which the
 * next build puts back first (recoverPublished).
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const nextFolder = (out: string) => `${out}.next`;
export const oldFolder = (out: string) => `${out}.old`;

/** Undo what an interrupted build left: the published folder restored, its leftovers removed. */
export function recoverPublished(out: string): string[] {
  const done: string[] = [];
  if (!existsSync(out) && existsSync(oldFolder(out))) {
    renameSync(oldFolder(out), out);
    done.push(`restored ${path.basename(out)}/ from an interrupted swap`);
  }
  const trash = readdirSync(path.dirname(out)).filter((name) => name.startsWith(`${path.basename(out)}.trash-`));
  for (const leftover of [
    nextFolder(out),
    oldFolder(out),
    ...trash.map((name) => path.join(path.dirname(out), name)),
  ]) {
    if (existsSync(leftover)) {
      rmSync(leftover, { recursive: true, force: true });
      done.push(`removed ${path.basename(leftover)}/ left by an interrupted build`);
    }
  }
  return done;
}

/** Every file under `root`, as paths relative to it with `/` separators. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  if (existsSync(root)) walk('');
  return files.sort();
}

/** A copy of `from` at `to` made of hard links (`to` must not exist). */
export function linkTree(from: string, to: string): number {
  let count = 0;
  const walk = (relative: string) => {
    mkdirSync(path.join(to, relative), { recursive: true });
    for (const entry of readdirSync(path.join(from, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else {
        linkSync(path.join(from, child), path.join(to, child));
        count++;
      }
    }
  };
  walk('');
  return count;
}

/** Remove files (relative paths) from `root`, and the folders they leave empty. */
export function removeFiles(root: string, files: Iterable<string>): number {
  let count = 0;
  for (const file of files) {
    const full = path.join(root, file);
    if (!existsSync(full)) continue;
    rmSync(full);
    count++;
    for (let dir = path.dirname(full); dir !== root && dir.startsWith(root); dir = path.dirname(dir)) {
      if (readdirSync(dir).length > 0) break;
      rmdirSync(dir);
    }
  }
  return count;
}

/** Move every file of `from` into `to`, replacing (renaming over) what is there. */
export function overlayTree(from: string, to: string): number {
  let count = 0;
  for (const file of listFiles(from)) {
    const target = path.join(to, file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (existsSync(target) && statSync(target).isDirectory()) rmSync(target, { recursive: true });
    renameSync(path.join(from, file), target);
    count++;
  }
  return count;
}

/**
 * Put `<out>.next` in place of `<out>`. The replaced site is renamed aside and removed by a
 * detached process: unlinking a whole archive's files (hundreds of thousands at scale) would
 * otherwise cost every update seconds after the new site is already in place. A removal that is
 * cut short is finished by the next build (recoverPublished).
 */
export function swapIn(out: string, options: { removeInBackground?: boolean } = {}): void {
  const next = nextFolder(out);
  const old = oldFolder(out);
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  if (!existsSync(old)) return;
  if (!options.removeInBackground) {
    rmSync(old, { recursive: true, force: true });
    return;
  }
  const trash = `${out}.trash-${process.pid}-${Date.now()}`;
  renameSync(old, trash);
  const remover = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', trash],
    { detached: true, stdio: 'ignore' },
  );
  remover.unref();
}
