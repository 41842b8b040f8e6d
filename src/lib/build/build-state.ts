/**
 * What the build remembers of the site it published: the digest of the code it was built with,
 * every page's file and input key, and each HTML page's Content-Security-Policy (for _headers).
 * Kept in the cache folder, written through a rename after the new site is in place, and removed
 * before the swap: a build killed at any point leaves either a state that matches the published
 * site or none (and the next build starts cold).
 */
import { readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const BUILD_STATE_FORMAT = 'song-song/build-state@1';

export interface BuildState {
  format: typeof BUILD_STATE_FORMAT;
  /** sourceDigest() of the site's code and configuration. */
  codeDigest: string;
  /** The published folder this state describes. */
  outDir: string;
  /** Page file → input key, for every page a route declared (render-plan.ts). */
  pages: Record<string, string | null>;
  /** Distinct Content-Security-Policies, and the index of each HTML file's policy. */
  policies: string[];
  policyOf: Record<string, number>;
}

export function readBuildState(file: string): BuildState | null {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as BuildState;
    return state.format === BUILD_STATE_FORMAT ? state : null;
  } catch {
    return null;
  }
}

export function writeBuildState(file: string, state: BuildState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

export function forgetBuildState(file: string): void {
  rmSync(file, { force: true });
}
