/**
 * Values derived from content (rendered bodies, alignments, citing sentences) kept between builds:
 * one JSON file per value, named by the key of its inputs, under the build's cache folder. A value
 * is computed once per change of its inputs and of the code that derives it (the digest of
 * src/lib and the data tables, passed in by the build: see build-inputs.ts), so a cold build from a
 * fresh clone fills the same cache that later builds read. Nothing here is ever committed.
 *
 * Files are written through a temporary name and a rename, so a killed build leaves no half value.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inputKey } from './input-key.ts';

export const DERIVED_CACHE_ENV = 'SONG_SONG_DERIVED_CACHE';
export const DERIVED_DIGEST_ENV = 'SONG_SONG_DERIVED_DIGEST';

export interface DerivedCache {
  /** The cached value for these inputs, computed and stored when missing. */
  get<T>(kind: string, inputs: unknown, compute: () => T): T;
}

/** A cache in `folder`; every key includes `codeDigest`. */
export function derivedCache(folder: string, codeDigest: string): DerivedCache {
  let sequence = 0;
  return {
    get<T>(kind: string, inputs: unknown, compute: () => T): T {
      const key = inputKey(codeDigest, kind, inputs);
      const file = path.join(folder, kind, key.slice(0, 2), `${key}.json`);
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as T;
      } catch {
        // Missing (or unreadable, e.g. a disk error mid-write): derive again.
      }
      const value = compute();
      mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${++sequence}.tmp`;
      writeFileSync(temp, JSON.stringify(value));
      renameSync(temp, file);
      return value;
    },
  };
}

/** No caching: every value is computed (a plain `astro build`, tests). */
export const noDerivedCache: DerivedCache = { get: (_kind, _inputs, compute) => compute() };

let fromEnvironment: DerivedCache | undefined;

/** The cache the build orchestrator set up through the environment, or none. */
export function buildDerivedCache(): DerivedCache {
  if (fromEnvironment) return fromEnvironment;
  const folder = process.env[DERIVED_CACHE_ENV];
  const digest = process.env[DERIVED_DIGEST_ENV];
  fromEnvironment = folder && digest ? derivedCache(folder, digest) : noDerivedCache;
  return fromEnvironment;
}
