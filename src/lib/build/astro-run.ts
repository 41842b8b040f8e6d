/**
 * Runs `astro build` in its own process (its memory is returned before the search indexes are
 * written) and turns its log into a summary: Astro prints a line per rendered file — tens of
 * thousands at scale — which buries its warnings. Route lines are counted and timed per page
 * kind; every warning and error line is passed through as it comes; on failure the end of the
 * log is shown.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { pageKind } from './page-kinds.ts';

export interface KindFigures {
  pages: number;
  /** Sum of Astro's per-file render times. */
  ms: number;
}

export interface AstroRun {
  byKind: Record<string, KindFigures>;
  warnings: string[];
}

// eslint-disable-next-line no-control-regex -- Astro's log lines carry terminal colour codes (ESC [ … m).
const ANSI = /\u001b\[[0-9;]*m/g;
const ROUTE_LINE = /^(?:\d\d:\d\d:\d\d\s+)?\s*[├└]─ \/(\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;
const ROUTE_HEADER = /^(?:\d\d:\d\d:\d\d\s+)?\s*▶ /;
const NOTEWORTHY = /\b(warn(ing)?|error|failed|deprecated)\b/i;
const CONTENT_SYNCED = /\bSynced content\b/;

export interface AstroRunHooks {
  /** Called once: when Astro has synced the content (written `.astro/content-*.mjs`), or when it ends. */
  onContentSynced?: () => void;
}

export async function runAstroBuild(
  root: string,
  env: Record<string, string>,
  log: (line: string) => void,
  hooks: AstroRunHooks = {},
): Promise<AstroRun> {
  const byKind: Record<string, KindFigures> = {};
  const warnings: string[] = [];
  const tail: string[] = [];
  const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const read = (stream: NodeJS.ReadableStream) =>
    new Promise<void>((resolve) => {
      const lines = createInterface({ input: stream });
      lines.on('line', (raw) => {
        const line = raw.replace(ANSI, '');
        if (CONTENT_SYNCED.test(line)) hooks.onContentSynced?.();
        tail.push(line);
        if (tail.length > 60) tail.shift();
        const route = ROUTE_LINE.exec(line);
        if (route) {
          const kind = pageKind(route[1]!);
          const figures = (byKind[kind] ??= { pages: 0, ms: 0 });
          figures.pages++;
          figures.ms += Number(route[2]) * (route[3] === 's' ? 1000 : 1);
          return;
        }
        if (ROUTE_HEADER.test(line)) return;
        if (NOTEWORTHY.test(line)) {
          warnings.push(line);
          log(line);
        }
      });
      lines.on('close', resolve);
    });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  void closed.then(() => hooks.onContentSynced?.());
  const [code] = await Promise.all([closed, read(child.stdout), read(child.stderr)]);
  if (code !== 0) {
    throw new Error(`astro build failed (exit ${code}); the end of its output:\n${tail.join('\n')}`);
  }
  return { byKind, warnings };
}
