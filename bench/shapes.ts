/**
 * `npx tsx bench/shapes.ts --size S|M` — before/after of the statement shapes
 * changed for issue 5, measured side by side in one run on one graph: the
 * shapes as they were (bench/cypher/before/, from commit 2750b78) and as they
 * are (cypher/), alternating, one at a time (concurrency 1), straight through
 * the driver. The graph is written by the raw floor (fast); a fresh local
 * Neo4j is started unless NEO4J_URI is set (then that database is EMPTIED).
 * Prints a table and writes bench/results/shapes-<size>-<timestamp>.json.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { createDriver } from '../src/db/driver';
import { Graph } from '../src/db/graph';
import { applySchema } from '../src/db/connect';
import { neighborhoodSubgraph, relationsPage, textOf } from '../src/store';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/localNeo4j';
import { parseSize } from '../src/gen/sizes';
import { ensureCorpus } from './lib/corpus';
import { runChild } from './lib/children';
import type { LoadResult } from './lib/load-child';
import { pickParameters } from './lib/queries';
import { benchCypher, BENCH_DIR, formatJson, percentile, round } from './lib/util';

const ROUNDS = 30;

function relationParams(extra: Record<string, unknown>) {
  return {
    types: null,
    polarities: null,
    sourceIds: null,
    targetIds: null,
    actorIds: null,
    topicIds: null,
    documentIds: null,
    from: null,
    to: null,
    minConfidence: 0.5,
    methods: null,
    includeRetracted: false,
    orderField: 'CONFIDENCE',
    sign: -1.0,
    afterKey: null,
    afterId: null,
    limit: neo4j.int(21),
    ...extra,
  };
}

async function main(): Promise<void> {
  const label = process.argv[process.argv.indexOf('--size') + 1] ?? 'S';
  const size = parseSize(process.argv.includes('--size') ? label : 'S');
  const log = (line: string) => process.stderr.write(`shapes: ${line}\n`);
  const corpus = await ensureCorpus(size, 1, log);
  let local: LocalNeo4j | undefined;
  let home: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    home = await mkdtemp(join(tmpdir(), 'stancegraph-shapes-neo4j-'));
    local = await startLocalNeo4j({ home });
    uri = local.uri;
  }
  const graph = new Graph(createDriver({ uri, user: 'neo4j', password: '', database: undefined }), {
    database: undefined,
    queryTimeoutMs: 120_000,
    loadTimeoutMs: 600_000,
  });
  try {
    await applySchema(graph);
    for (const name of ['clear-relationships', 'clear-nodes']) {
      const session = graph.driver.session();
      await session.run(benchCypher(name)).finally(() => session.close());
    }
    log('writing the graph with the raw floor');
    await runChild<LoadResult>('load-child.ts', ['raw', corpus.rowsFile], { NEO4J_URI: uri });
    const picked = await pickParameters(graph.driver);
    const pairs: Array<{
      key: string;
      before: string;
      after: string;
      params: Array<Record<string, unknown>>;
      afterExtra?: Record<string, unknown>;
    }> = [
      {
        key: 'relations page: one type, ~500 rows deep',
        before: benchCypher('before/relations-page'),
        after: textOf(relationsPage),
        params: picked.pages.map((p) =>
          relationParams({ types: [p.type], afterKey: p.key, afterId: p.id }),
        ),
      },
      {
        key: "hub's relations page: 4 types, ~500 rows deep",
        before: benchCypher('before/relations-page'),
        after: textOf(relationsPage),
        params: picked.hubPages.map((p) =>
          relationParams({
            sourceIds: [picked.hub.id],
            types: ['CRITICIZES', 'OPPOSES', 'SUPPORTS', 'SPOKE_WITH'],
            afterKey: p.key,
            afterId: p.id,
          }),
        ),
      },
      {
        key: 'depth-2 neighbourhood, hostile ≥ 0.8 (stances not asked for)',
        before: benchCypher('before/neighborhood-subgraph'),
        after: textOf(neighborhoodSubgraph),
        params: picked.centers.map((id) => ({
          actorId: id,
          depth: neo4j.int(2),
          types: ['OPPOSES', 'CRITICIZES', 'THREATENS'],
          minConfidence: 0.8,
          maxActors: neo4j.int(500),
        })),
        afterExtra: { withStances: false },
      },
    ];
    const rows = [];
    for (const pair of pairs) {
      const times = { before: [] as number[], after: [] as number[] };
      for (let i = 0; i < ROUNDS + 3; i++) {
        const params = pair.params[i % pair.params.length] ?? {};
        for (const which of ['before', 'after'] as const) {
          const t0 = performance.now();
          await graph.driver.executeQuery(
            pair[which],
            which === 'after' ? { ...params, ...pair.afterExtra } : params,
          );
          if (i >= 3) times[which].push(performance.now() - t0);
        }
      }
      const p50 = (xs: number[]) =>
        round(
          percentile(
            [...xs].sort((a, b) => a - b),
            50,
          ),
          2,
        );
      rows.push({ key: pair.key, beforeP50: p50(times.before), afterP50: p50(times.after) });
      log(`${pair.key}: before ${p50(times.before)} ms, after ${p50(times.after)} ms`);
    }
    const result = {
      size,
      startedAt: new Date().toISOString(),
      loadAverage: loadavg(),
      rounds: ROUNDS,
      rows,
    };
    const file = join(
      BENCH_DIR,
      'results',
      `shapes-${size.label}-${result.startedAt.replace(/[:.]/g, '-').replace(/Z$/, '')}.json`,
    );
    await writeFile(file, await formatJson(file, result));
    process.stdout.write(
      [
        '| statement (p50 ms, concurrency 1) | before | after |',
        '|:--|--:|--:|',
        ...rows.map((r) => `| ${r.key} | ${r.beforeP50} | ${r.afterP50} |`),
      ].join('\n') + `\nresults: ${file}\n`,
    );
  } finally {
    await graph.close();
    await local?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(
      `shapes: failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
