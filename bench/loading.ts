/**
 * The loading contenders alone, at one size, on a fresh local Neo4j (or NEO4J_URI, emptied):
 * the pre-parsed UNWIND … CREATE floor, the parse-and-CREATE floor, stancegraph's first load,
 * its reload of the unchanged corpus, and a `--force` reload. Prints one line per contender.
 *
 * Usage: npx tsx bench/loading.ts [--size S] [--only 0,2,3] [--baseline /path/to/other/checkout] [--timings]
 * (--timings: each contender's time waiting on each statement, by name)
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createDriver, LOAD_RETRY_MS } from '../src/db/driver';
import { Graph } from '../src/db/graph';
import { applySchema } from '../src/db/connect';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/localNeo4j';
import { parseSize } from '../src/gen/sizes';
import { ensureCorpus } from './lib/corpus';
import { runChild } from './lib/children';
import type { LoadResult } from './lib/load-child';
import { clearBenchGraph } from './lib/util';

interface Contender {
  label: string;
  args: (dir: string, rows: string) => string[];
  /** Empty the graph after this one. */
  clear?: boolean;
  /** Another checkout's bench/lib/load-child.ts (`--baseline DIR`): the loader before a change. */
  script?: string;
}

function contenders(baseline: string | undefined): Contender[] {
  const child = baseline
    ? relative(join(__dirname, 'lib'), join(baseline, 'bench', 'lib', 'load-child.ts'))
    : undefined;
  return [
    { label: 'raw-create (pre-parsed rows)', args: (_, rows) => ['raw', rows], clear: true },
    { label: 'parse-and-create floor', args: (dir) => ['parse-raw', dir], clear: true },
    ...(child
      ? [
          { label: 'baseline first load', args: (dir: string) => ['project', dir], script: child },
          { label: 'baseline reload', args: (dir: string) => ['project', dir], script: child },
          { label: 'baseline clear', args: () => [], clear: true, script: '' },
        ]
      : []),
    { label: 'stancegraph first load', args: (dir) => ['project', dir] },
    { label: 'stancegraph reload (unchanged)', args: (dir) => ['project', dir] },
    { label: 'stancegraph reload --force', args: (dir) => ['project-force', dir] },
    { label: 'stancegraph load --bulk (empty db)', args: (dir) => ['bulk', dir] },
  ];
}

/** Time waiting on each statement, longest first (`--timings`): where a contender's time goes. */
function statementTimings(r: LoadResult): string {
  return Object.entries(r.timings)
    .sort(([, a], [, b]) => b.ms - a.ms)
    .map(
      ([name, t]) => `    ${name.padEnd(30)} ${(t.ms / 1000).toFixed(2).padStart(7)} s ${t.count}×`,
    )
    .join('\n');
}

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const size = parseSize(flag('--size') ?? 'S');
  const only = flag('--only')?.split(',');
  const corpus = await ensureCorpus(size, 1, console.log);
  let local: LocalNeo4j | undefined;
  if (!process.env.NEO4J_URI) {
    const home = await mkdtemp(join(tmpdir(), 'stancegraph-loading-neo4j-'));
    local = await startLocalNeo4j({ home, log: (line) => console.log(`neo4j: ${line}`) });
  }
  const target = local
    ? { uri: local.uri, user: local.user, password: local.password }
    : {
        uri: process.env.NEO4J_URI ?? '',
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
      };
  const env = { NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password };
  const graph = new Graph(
    createDriver({ ...target, database: undefined }, { retryMs: LOAD_RETRY_MS }),
    {
      database: undefined,
      queryTimeoutMs: 60_000,
      loadTimeoutMs: 600_000,
    },
  );
  try {
    await applySchema(graph);
    await clearBenchGraph(graph);
    let floor: number | undefined;
    for (const [n, c] of contenders(flag('--baseline')).entries()) {
      if (only && !only.includes(String(n))) continue;
      if (c.script === '') {
        await clearBenchGraph(graph);
        continue;
      }
      const script = c.script ?? 'load-child.ts';
      const r = await runChild<LoadResult>(script, c.args(corpus.dir, corpus.rowsFile), env);
      const seconds = r.ms / 1000;
      if (n === 1) floor = seconds;
      const ratio = floor ? ` ${(floor / seconds).toFixed(2)}x of parse-and-create` : '';
      const phases = r.phases
        ? ` validate ${(r.phases.validateMs / 1000).toFixed(1)} s registry ${(r.phases.registryMs / 1000).toFixed(1)} s documents ${(r.phases.documentsMs / 1000).toFixed(1)} s${
            r.phases.peakRssMb
              ? ` (peak MiB: validate ${Math.round(r.phases.peakRssMb.validate)}, registry ${Math.round(r.phases.peakRssMb.registry)}, documents ${Math.round(r.phases.peakRssMb.documents)})`
              : ''
          }`
        : '';
      console.log(
        `${c.label.padEnd(32)} ${seconds.toFixed(2).padStart(7)} s ${String(Math.round(corpus.summary.relations / seconds)).padStart(6)} relations/s ${r.statements} statements ${r.transactions} transactions peak ${Math.round(r.peakRssMb)} MiB${phases}${ratio}`,
      );
      if (process.argv.includes('--timings')) console.log(statementTimings(r));
      if (c.clear) await clearBenchGraph(graph);
    }
  } finally {
    await graph.close();
    await local?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
