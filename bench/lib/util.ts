/** Small helpers shared by the benchmark modules. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';

export const BENCH_DIR = resolve(__dirname, '..');
export const PROJECT_ROOT = resolve(BENCH_DIR, '..');

const cache = new Map<string, string>();

/** The text of `bench/cypher/<name>.cypher` (benchmark-only statements, one per file like cypher/). */
export function benchCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(BENCH_DIR, 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Resident set size of a process from /proc, in MiB: current (VmRSS) and peak (VmHWM). */
export function procMemory(pid: number | 'self' = 'self'): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: 0, peakMb: 0 };
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function round(n: number, digits = 2): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Node with tsx, for child processes that run the benchmark's TypeScript. */
export const TSX_EXEC_ARGV = ['--import', 'tsx'];

/** JSON as the repository's prettier would write it, so `prettier --check .` passes on saved results. */
export async function formatJson(file: string, value: unknown): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(text, { ...config, filepath: file });
  } catch {
    return text;
  }
}

/** Empties the benchmark's database in batches (bench/cypher/clear-*.cypher). */
/** How long emptying the graph between loading contenders may take (L: millions of relationships). */
const CLEAR_TIMEOUT_MS = 2 * 60 * 60 * 1000;

export async function clearBenchGraph(graph: { driver: Driver }): Promise<void> {
  for (const name of ['clear-relationships', 'clear-nodes']) {
    // CALL … IN TRANSACTIONS needs an implicit transaction: session.run, not executeQuery.
    const session = graph.driver.session();
    try {
      // Its own timeout: at L the emptying takes minutes, past the server's 60 s default.
      await session.run(benchCypher(name), {}, { timeout: CLEAR_TIMEOUT_MS });
    } finally {
      await session.close();
    }
  }
}
