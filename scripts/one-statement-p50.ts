/**
 * `npx tsx scripts/one-statement-p50.ts [--size S] [--rounds 30]` — the eight
 * benchmark queries (bench/lib/queries.ts) answered in process (Apollo's
 * executeOperation, no HTTP) with one statement per request and through the
 * loaders (`oneStatement: false`), alternating one request at a time on one
 * generated graph; prints p50 and statements per request for both. Starts a
 * local Neo4j unless NEO4J_URI is set (then that database is EMPTIED).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '../src/db/driver';
import { Graph } from '../src/db/graph';
import { applySchema } from '../src/db/connect';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/localNeo4j';
import { generateCorpus } from '../src/gen/generate';
import { parseSize } from '../src/gen/sizes';
import { loadDataset } from '../src/load';
import { autoCommit, clearGraph } from '../src/store';
import { createApollo } from '../src/graphql/server';
import { createContext } from '../src/graphql/context';
import { benchQueries, pickParameters } from '../bench/lib/queries';
import pino from 'pino';

const flag = (name: string, fallback: string) =>
  process.argv.includes(name)
    ? (process.argv[process.argv.indexOf(name) + 1] ?? fallback)
    : fallback;

function p50(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) * 100) / 100;
}

async function main(): Promise<void> {
  const size = parseSize(flag('--size', 'S'));
  const rounds = Number(flag('--rounds', '30'));
  const log = (line: string) => process.stderr.write(`one-statement-p50: ${line}\n`);
  let local: LocalNeo4j | undefined;
  const home = await mkdtemp(join(tmpdir(), 'stancegraph-p50-'));
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    local = await startLocalNeo4j({ home: join(home, 'neo4j') });
    uri = local.uri;
  }
  const graph = new Graph(createDriver({ uri, user: 'neo4j', password: '', database: undefined }), {
    database: undefined,
    queryTimeoutMs: 120_000,
    loadTimeoutMs: 600_000,
  });
  try {
    await applySchema(graph);
    await autoCommit(graph, clearGraph, {});
    log(`generating and loading ${size.label}`);
    generateCorpus({ ...size, seed: 1 }, join(home, 'corpus'));
    await loadDataset(graph, [join(home, 'corpus')]);
    const queries = benchQueries(await pickParameters(graph.driver));
    const apollo = createApollo({ graph, logger: pino({ level: 'silent' }), production: true });
    await apollo.start();
    const lines = [
      `| query (in process, concurrency 1, p50 ms) | loaders | one statement | statements: loaders → one |`,
      '|:--|--:|--:|--:|',
    ];
    for (const q of queries) {
      const times = { loaders: [] as number[], one: [] as number[] };
      const sent = { loaders: 0, one: 0 };
      for (let i = 0; i < rounds + 3; i++) {
        const request = q.stancegraph[i % q.stancegraph.length];
        if (!request) break;
        for (const which of ['loaders', 'one'] as const) {
          let statements = 0;
          const stop = graph.onStatement(() => statements++);
          const t0 = performance.now();
          const response = await apollo.executeOperation(
            { query: request.query, variables: request.variables },
            { contextValue: createContext(graph, 'p50', { oneStatement: which === 'one' }) },
          );
          const ms = performance.now() - t0;
          stop();
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            throw new Error(`${q.key}: ${JSON.stringify(response.body.singleResult.errors)}`);
          }
          if (i >= 3) times[which].push(ms);
          sent[which] = statements;
        }
      }
      lines.push(
        `| ${q.title} | ${p50(times.loaders)} | ${p50(times.one)} | ${sent.loaders} → ${sent.one} |`,
      );
      log(lines[lines.length - 1] ?? '');
    }
    await apollo.stop();
    process.stdout.write(
      `${lines.join('\n')}\nsize ${size.label}, ${rounds} rounds, load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}\n`,
    );
  } finally {
    await graph.close();
    await local?.stop();
    await rm(home, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(
      `one-statement-p50: failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  },
);
