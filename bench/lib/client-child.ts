/**
 * The load generator, in a process of its own so it does not share the API
 * server's event loop: a closed loop of `concurrency` workers, each sending
 * the next request as soon as its previous one answered, over HTTP
 * (keep-alive, loopback only) or straight to Neo4j through the driver. An
 * uncounted warm-up first, then measurement until `maxRequests` or `maxMs`,
 * whichever comes first. Latencies are measured here, the same way for every
 * contender, in milliseconds with sub-millisecond resolution.
 */
import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { boltParams } from './params';

export type Target =
  | { kind: 'http'; url: string }
  | { kind: 'bolt'; uri: string; user: string; password: string; database?: string };

/** An HTTP body (GraphQL request) or a Cypher statement with JSON parameters ({$int: n} for integers). */
export type Request = { body: string } | { cypher: string; params: Record<string, unknown> };

export interface RunSpec {
  target: Target;
  requests: Request[];
  concurrency: number;
  /** One request per distinct request first, unbounded (fills caches: rankings, plan caches). */
  prime: boolean;
  warmupRequests: number;
  warmupMs: number;
  maxRequests: number;
  maxMs: number;
}

export interface RunResult {
  latencies: number[];
  errors: number;
  firstError?: string;
  elapsedMs: number;
  bytes: number;
}

const drivers = new Map<string, Driver>();
const agents = new Map<number, http.Agent>();

function sender(spec: RunSpec): (request: Request) => Promise<number> {
  const { target } = spec;
  if (target.kind === 'http') {
    let agent = agents.get(spec.concurrency);
    if (!agent) {
      agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
      agents.set(spec.concurrency, agent);
    }
    const url = new URL(target.url);
    const useAgent = agent;
    return (request) =>
      new Promise((resolve, reject) => {
        const body = (request as { body: string }).body;
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            agent: useAgent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              if (
                res.statusCode !== 200 ||
                text.startsWith('{"errors"') ||
                text.includes('"errors":[')
              ) {
                reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 400)}`));
              } else resolve(text.length);
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
  }
  let driver = drivers.get(target.uri);
  if (!driver) {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      maxConnectionPoolSize: 50,
      userAgent: 'stancegraph-bench',
    });
    drivers.set(target.uri, driver);
  }
  const d = driver;
  return async (request) => {
    const { cypher, params } = request as { cypher: string; params: Record<string, unknown> };
    const result = await d.executeQuery(cypher, boltParams(params), {
      routing: neo4j.routing.READ,
      database: target.database,
    });
    // Materialise the rows as the API's query runner does.
    return JSON.stringify(
      result.records.map((r) => r.toObject()),
      (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v),
    ).length;
  };
}

async function run(spec: RunSpec): Promise<RunResult> {
  const send = sender(spec);
  const result: RunResult = { latencies: [], errors: 0, elapsedMs: 0, bytes: 0 };
  const fail = (err: unknown) => {
    result.errors++;
    result.firstError ??= err instanceof Error ? err.message : String(err);
  };
  if (spec.prime) {
    for (const request of spec.requests) await send(request).catch(fail);
  }
  let next = 0;
  const loop = async (until: () => boolean, record: boolean) => {
    const worker = async () => {
      while (!until()) {
        const request = spec.requests[next++ % spec.requests.length];
        const t0 = performance.now();
        try {
          const bytes = await send(request);
          if (record) {
            result.latencies.push(performance.now() - t0);
            result.bytes += bytes;
          }
        } catch (err) {
          fail(err);
          if (result.errors > 50) return;
        }
      }
    };
    await Promise.all(Array.from({ length: spec.concurrency }, worker));
  };
  const warmStart = performance.now();
  let warm = 0;
  await loop(
    () => warm++ >= spec.warmupRequests || performance.now() - warmStart > spec.warmupMs,
    false,
  );
  const started = performance.now();
  let sent = 0;
  await loop(() => sent++ >= spec.maxRequests || performance.now() - started > spec.maxMs, true);
  result.elapsedMs = performance.now() - started;
  // No idle keep-alive socket outlives a turn: the next turn of this target comes after the other
  // contenders' turns, past the server's keep-alive timeout, and a reused socket the server has
  // just closed fails as "socket hang up".
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
  return result;
}

process.on('message', (message: { id: number; spec?: RunSpec; stop?: boolean }) => {
  if (message.stop) {
    void Promise.all([...drivers.values()].map((d) => d.close())).then(() => process.exit(0));
    return;
  }
  void run(message.spec as RunSpec).then(
    (result) => process.send?.({ id: message.id, ok: true, result }),
    (err: unknown) => process.send?.({ id: message.id, ok: false, error: String(err) }),
  );
});
