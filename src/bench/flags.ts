/**
 * What `bench` passes to the benchmark (bench/run.ts) and what it gets back. Types only, so
 * bench/run.ts and src/bench/command.ts need not import each other.
 */
/** The flags `bench` takes, as commander parses them. */
export interface BenchFlags {
  size: string;
  seed: number;
  concurrency: number;
  requests: number;
  seconds: number;
  warmup: number;
  rounds: number;
  naiveSeconds: number;
  loadSeconds?: number;
  /** `--no-aggregates`: leave out the dashboard aggregates (seconds per request at L). */
  aggregates: boolean;
  save: boolean;
  report?: boolean;
  show?: string;
}

/** What the command runs: bench/run.ts's `runBenchCli`, which prints the tables and names the result files. */
export interface BenchRunner {
  runBenchCli(flags: BenchFlags): Promise<{ summary: string }>;
}
