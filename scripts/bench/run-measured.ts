/**
 * Runs a command as a child process and measures it as the benchmark reports it: wall time, CPU
 * time (user + system of the whole process tree, from this process's reaped-children counters in
 * /proc/self/stat) and peak memory (the largest sum of RSS over the child and all its
 * descendants, sampled every 50 ms from /proc). Linux only, like the machines we measure on.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;
const PAGE_SIZE = 4096;

export interface Measured {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  exitCode: number;
  stdout: string;
}

function childrenCpuTicks(): number {
  // Fields after the command name: state is field 3; cutime and cstime are fields 16 and 17.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[13]) + Number(fields[14]);
}

function treeRssBytes(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * PAGE_SIZE);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) queue.push(child);
  }
  return total;
}

export function runMeasured(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuTicks();
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    });
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
    }, 50);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({
        wallMs: Math.round(performance.now() - started),
        cpuMs: Math.round(((childrenCpuTicks() - cpuBefore) * 1000) / TICKS_PER_SECOND),
        peakRssMb: Math.round(peak / 1024 / 1024),
        exitCode: code ?? 1,
        stdout,
      });
    });
  });
}
