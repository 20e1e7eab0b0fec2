/**
 * `npx tsx scripts/typename-floor.ts [--rounds 5] [--seconds 4] [--concurrency 8]` —
 * `{ __typename }` through stancegraph's stack (`startServer`, production, as the
 * benchmark starts it) and through Apollo's standalone server, in alternating
 * rounds from the benchmark's load generator (bench/lib/rounds.ts); prints each
 * round and the median of the rounds with the load average. The row of
 * `npm run bench` without the corpus: no query reaches Neo4j, so none is started
 * (the driver points at a closed port and is never used).
 *
 * Beside the latencies it prints each server's CPU time per request (this
 * process's CPU while only that server is under load, the load generator being
 * another process; first round left out, it warms up): on a machine other jobs
 * share, latencies follow their load, CPU per request much less.
 */
import { loadavg } from 'node:os';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pino from 'pino';
import { createDriver } from '../src/db/driver';
import { Graph } from '../src/db/graph';
import { startServer } from '../src/graphql/server';
import { LoadClient } from '../bench/lib/client';
import { TYPENAME } from '../bench/lib/floors';
import { interleave } from '../bench/lib/rounds';

const flag = (name: string, fallback: string) =>
  process.argv.includes(name)
    ? (process.argv[process.argv.indexOf(name) + 1] ?? fallback)
    : fallback;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wraps the client's runs: this process's CPU µs per answered request, per target URL, after the first run. */
function measureCpu(client: LoadClient): (url: string) => number {
  const seen = new Map<string, number[]>();
  const run = client.run.bind(client);
  client.run = async (spec) => {
    const before = process.cpuUsage();
    const result = await run(spec);
    const used = process.cpuUsage(before);
    const url = spec.target.kind === 'http' ? spec.target.url : '';
    const rounds = seen.get(url) ?? [];
    rounds.push((used.user + used.system) / Math.max(1, result.latencies.length));
    seen.set(url, rounds);
    return result;
  };
  return (url) => median((seen.get(url) ?? []).slice(1));
}

async function main(): Promise<void> {
  const rounds = Number(flag('--rounds', '5'));
  const seconds = Number(flag('--seconds', '4'));
  const concurrency = Number(flag('--concurrency', '8'));
  const driver = createDriver({
    uri: 'bolt://127.0.0.1:9',
    user: 'neo4j',
    password: 'unused',
    database: undefined,
  });
  const graph = new Graph(driver, {
    database: undefined,
    queryTimeoutMs: 5_000,
    loadTimeoutMs: 5_000,
  });
  const stack = await startServer(
    { graph, logger: pino({ level: 'silent' }), production: true, changePollMs: 0 },
    '127.0.0.1',
    0,
  );
  const standalone = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
  const { url: standaloneUrl } = await startStandaloneServer(standalone, {
    listen: { host: '127.0.0.1', port: 0 },
  });
  const client = new LoadClient();
  const cpuPerRequest = measureCpu(client);
  const load = () => loadavg()[0].toFixed(2);
  const loadBefore = load();
  try {
    const results = await interleave(
      client,
      [
        { name: 'stack', target: { kind: 'http', url: stack.url }, requests: [{ body: TYPENAME }] },
        {
          name: 'standalone',
          target: { kind: 'http', url: standaloneUrl },
          requests: [{ body: TYPENAME }],
        },
      ],
      {
        rounds,
        concurrency,
        requests: 1e9,
        seconds: seconds * rounds,
        warmupRequests: 500,
        warmupSeconds: 1,
      },
    );
    const s = results.get('stack');
    const a = results.get('standalone');
    if (!s || !a) throw new Error('a contender gave no result');
    const urls: Record<string, string> = { stack: stack.url, standalone: standaloneUrl };
    for (const [name, r] of results) {
      const rs = (r.roundP50s ?? []).join(' / ');
      console.log(
        `${name}: p50 ${r.p50} ms (rounds ${rs}), p99 ${r.p99} ms, ${r.rps} requests/s, ` +
          `CPU ${cpuPerRequest(urls[name]).toFixed(0)} µs/request, errors ${r.errors}`,
      );
    }
    console.log(
      `stack / standalone: p50 ${(s.p50 / a.p50).toFixed(2)}x, requests/s ${(s.rps / a.rps).toFixed(2)}x, ` +
        `CPU per request ${(cpuPerRequest(stack.url) / cpuPerRequest(standaloneUrl)).toFixed(2)}x; ` +
        `load average ${loadBefore} -> ${load()}`,
    );
  } finally {
    await client.stop();
    await stack.stop();
    await standalone.stop();
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(`typename-floor: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
