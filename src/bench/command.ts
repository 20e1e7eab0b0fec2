/**
 * The `bench` subcommand of `stancegraph` (src/cli.ts) and of `npm run bench`:
 * its options and help. The benchmark itself (bench/run.ts, with its child
 * processes, @neo4j/graphql and load generator) is loaded only when the
 * command runs, so the rest of the CLI never loads it; it lives outside src/
 * because it needs the source tree (bench/cypher, tsx), so a compiled build
 * has the command but says where to run it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { wholeNumber } from '../cliOptions';
import { ConfigError } from '../config';
import { parseSize } from '../gen/sizes';
import { took } from '../summary';
import type { BenchFlags, BenchRunner } from './flags';

const RUNNER = join(__dirname, '..', '..', 'bench', 'run');

function loadRunner(): BenchRunner {
  if (!existsSync(`${RUNNER}.ts`)) {
    throw new ConfigError(
      'the benchmark runs from a source checkout (bench/run.ts is not here): use `npm run bench` there',
    );
  }
  // A path computed at run time, so neither the compiled build nor the normal CLI loads the
  // benchmark; `import()` would go through Node's ES module loader, which tsx/cjs does not hook.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(RUNNER) as BenchRunner;
}

/** `--rounds`: at least one round, or nothing would be measured. */
function roundCount(value: string): number {
  const n = wholeNumber('--rounds')(value);
  if (n < 1) throw new InvalidArgumentError('--rounds must be 1 or more');
  return n;
}

/** `--size`: each comma-separated size must parse, so a typo is a usage error before anything starts. */
function sizes(value: string): string {
  for (const label of value.split(',')) {
    try {
      parseSize(label);
    } catch (err) {
      throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
    }
  }
  return value;
}

/**
 * The `bench` command; `onSummary` receives its one-line summary when it has run.
 * `npm run bench` parses argv with this same command (bench/main.ts).
 */
export function benchCommand(
  name: string,
  onSummary: (line: string) => void = () => undefined,
): Command {
  return new Command(name)
    .description(
      'benchmark stancegraph against the raw driver and @neo4j/graphql: loading, queries, plans, memory (a fresh local Neo4j unless NEO4J_URI is set)',
    )
    .option(
      '--size <sizes>',
      'S, M, L or ACTORS/RELATIONS[/DOCUMENTS]; several comma-separated run one after another',
      sizes,
      'S',
    )
    .option('--seed <n>', 'corpus seed', wholeNumber('--seed'), 1)
    .option(
      '--concurrency <n>',
      'requests in flight per contender',
      wholeNumber('--concurrency'),
      8,
    )
    .option(
      '--requests <n>',
      'measured requests per contender and query (at most)',
      wholeNumber('--requests'),
      2000,
    )
    .option(
      '--seconds <n>',
      'measurement time per contender and query (at most)',
      wholeNumber('--seconds'),
      10,
    )
    .option('--warmup <n>', 'uncounted warm-up requests', wholeNumber('--warmup'), 200)
    .option(
      '--rounds <n>',
      'rounds per query: the contenders take turns, each round gets 1/n of the requests and seconds, the median of the rounds is reported',
      roundCount,
      3,
    )
    .option(
      '--naive-seconds <n>',
      'time box of the naive loader',
      wholeNumber('--naive-seconds'),
      60,
    )
    .option(
      '--load-seconds <n>',
      "time box of stancegraph's loader's document phase (whole corpus still validated); queries then run on the floor's graph",
      wholeNumber('--load-seconds'),
    )
    .option(
      '--no-aggregates',
      'leave out the four dashboard aggregates (relationSeries, stanceSeries, activity, pairSummary): each request reads the whole graph, minutes at L',
    )
    .option('--no-save', 'do not write bench/results/*.json')
    .option(
      '--report',
      'print the growth table (p50 by size) from the newest saved S, M and L results, and exit',
    )
    .option('--show <file>', 'print the tables of a saved result, and exit')
    .addHelpText(
      'after',
      [
        '',
        'Prints the loading, query, plan and memory tables and writes bench/results/<size>-<time>.json',
        '(docs/BENCHMARKS.md explains them). With NEO4J_URI set, that database is used and EMPTIED.',
        '',
        'Examples:',
        '  stancegraph bench --size S',
        '  stancegraph bench --size S,M,L',
        '  stancegraph bench --size 200/2000 --requests 100 --seconds 2 --no-save',
        '  stancegraph bench --show bench/results/S-2026-11-27T15-40-53-013.json',
        '  npm run bench -- --size M',
      ].join('\n'),
    )
    .action(async (flags: BenchFlags) => {
      const started = Date.now();
      const { summary } = await loadRunner().runBenchCli(flags);
      onSummary(`${summary} ${took(started)}`);
    });
}
