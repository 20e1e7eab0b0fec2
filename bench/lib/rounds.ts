/**
 * Contenders in alternating rounds (A B C D, A B C D, …), so drift in the
 * machine's load falls on all of them, and the median of the rounds as the
 * figure. Only the first round warms up and primes.
 */
import type { LoadClient } from './client';
import type { Request, RunResult, Target } from './client-child';
import type { LatencyStats } from './result';
import { percentile, round } from './util';

export interface Contender {
  name: string;
  target: Target;
  requests: Request[];
}

export interface RoundSettings {
  rounds: number;
  concurrency: number;
  /** Across all rounds: each round gets 1/rounds of them. */
  requests: number;
  seconds: number;
  warmupRequests: number;
  warmupSeconds: number;
}

export function stats(r: RunResult): LatencyStats {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return {
    count: sorted.length,
    errors: r.errors,
    ...(r.firstError ? { firstError: r.firstError } : {}),
    p50: round(percentile(sorted, 50), 3),
    p95: round(percentile(sorted, 95), 3),
    p99: round(percentile(sorted, 99), 3),
    mean: round(mean, 3),
    rps: round(sorted.length / (r.elapsedMs / 1000), 1),
    kbPerResponse: round(r.bytes / Math.max(1, sorted.length) / 1024, 2),
  };
}

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One figure from several rounds: the median of each statistic, counts and errors summed. */
export function medianOfRounds(rounds: readonly LatencyStats[]): LatencyStats {
  const pick = (f: (s: LatencyStats) => number) => round(median(rounds.map(f)), 3);
  const firstError = rounds.find((s) => s.firstError)?.firstError;
  return {
    count: rounds.reduce((n, s) => n + s.count, 0),
    errors: rounds.reduce((n, s) => n + s.errors, 0),
    ...(firstError ? { firstError } : {}),
    p50: pick((s) => s.p50),
    p95: pick((s) => s.p95),
    p99: pick((s) => s.p99),
    mean: pick((s) => s.mean),
    rps: round(median(rounds.map((s) => s.rps)), 1),
    kbPerResponse: pick((s) => s.kbPerResponse),
    roundP50s: rounds.map((s) => s.p50),
  };
}

/** Runs every contender once per round, in order, and returns each one's median of rounds by name. */
export async function interleave(
  client: LoadClient,
  contenders: readonly Contender[],
  settings: RoundSettings,
): Promise<Map<string, LatencyStats>> {
  const perRound = new Map<string, LatencyStats[]>(contenders.map((c) => [c.name, []]));
  for (let r = 0; r < settings.rounds; r++) {
    for (const c of contenders) {
      const first = r === 0;
      const result = await client.run({
        target: c.target,
        requests: c.requests,
        concurrency: settings.concurrency,
        prime: first,
        warmupRequests: first ? settings.warmupRequests : 0,
        warmupMs: first ? settings.warmupSeconds * 1000 : 0,
        maxRequests: Math.ceil(settings.requests / settings.rounds),
        maxMs: (settings.seconds * 1000) / settings.rounds,
      });
      perRound.get(c.name)?.push(stats(result));
    }
  }
  return new Map([...perRound].map(([name, rounds]) => [name, medianOfRounds(rounds)]));
}
