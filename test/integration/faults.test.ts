/**
 * Fault injection (issue 4, point 7). Each test starts its own local Neo4j in a
 * temporary folder, so it can kill and restart it without touching the shared
 * test database:
 *
 * - Neo4j SIGKILLed in the middle of a multi-document load, restarted on the
 *   same data folder, the load run again: the graph equals a clean load.
 * - Neo4j stopped under a running server: requests fail fast with
 *   SERVICE_UNAVAILABLE, /ready says 503, the process stays up; Neo4j restarted
 *   on the same port and folder, the next requests succeed without a server restart.
 * - The real CLI (`stancegraph start`) drains an in-flight request on SIGTERM and
 *   exits 0, and with its own local Neo4j leaves no Java process behind.
 *
 * No wall-clock assertions except generous "does not hang" bounds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import * as http from 'node:http';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { GraphQLFormattedError } from 'graphql';
import { applySchema } from '../../src/db/connect';
import { createDriver } from '../../src/db/driver';
import { documentAll, read } from '../../src/store';
import { Graph } from '../../src/db/graph';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/localNeo4j';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { loadDataset } from '../../src/load';
import { silentLogger } from '../harness/api';
import {
  clearGraph,
  DEMO_DATA,
  dumpData,
  loadDemo,
  openTestGraph,
  PROJECT_ROOT,
} from '../harness/graph';
import { HEADERS, TEST_KEYS } from '../harness/keys';
import { syntheticDataset, type SyntheticEdge } from '../harness/synthetic';

/** A starting Neo4j takes ~20 s on a busy 2-core machine; every test starts one or two. */
jest.setTimeout(300_000);

/** "Does not hang": far above the 2 s serving retry time, far below a jest timeout. */
const HANG_MS = 10_000;
const MAIN_CLASS = 'stancegraph.neo4jlocal.Main';

const homes: string[] = [];
const cleanups: Array<() => Promise<unknown>> = [];

// Each test's databases, servers and children go when it ends, so at most two JVMs run at once.
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  for (const home of homes.splice(0)) await rm(home, { recursive: true, force: true });
});

async function tempHome(prefix: string): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), `stancegraph-faults-${prefix}-`));
  homes.push(home);
  return home;
}

async function ownNeo4j(home: string, boltPort?: number): Promise<LocalNeo4j> {
  const local = await startLocalNeo4j({
    home,
    ...(boltPort !== undefined ? { boltPort } : {}),
    log: (line) => {
      if (/error|exception/i.test(line)) process.stderr.write(`faults neo4j: ${line}\n`);
    },
  });
  cleanups.push(() => local.stop());
  return local;
}

function graphOf(local: LocalNeo4j, retryMs?: number): Graph {
  const target = {
    uri: local.uri,
    user: local.user,
    password: local.password,
    database: undefined,
  };
  const graph = new Graph(createDriver(target, retryMs !== undefined ? { retryMs } : {}), {
    database: undefined,
    queryTimeoutMs: 5_000,
    loadTimeoutMs: 60_000,
  });
  cleanups.push(() => graph.close());
  return graph;
}

const portOf = (uri: string) => Number(new URL(uri).port);

/** True when the process `pid` no longer exists (or is a zombie nobody has reaped yet). */
function isGone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 3, after the parenthesised command name, is the state; Z and X are dead.
    return /^\d+ \(.*\) [ZX]/s.test(stat);
  } catch {
    return true;
  }
}

async function waitUntil(what: string, test: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- a multi-document corpus

const DOCUMENTS = 8;
const ACTORS = ['ana', 'ben', 'cho', 'dev', 'eli', 'fay', 'gus', 'hal', 'ivy', 'jon'];
const TOPICS = ['ceasefire', 'sanctions', 'tariffs'];

/**
 * One registry file (actors, topics) and one file per document, each document
 * with ten relations and two stances quoting its own text, so a load is one
 * registry transaction and then one transaction per document.
 */
async function writeCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-faults-corpus-'));
  homes.push(dir);
  const registry = syntheticDataset({
    actors: ACTORS,
    edges: [],
    stances: TOPICS.map((t): [string, string, 'SUPPORTS'] => ['ana', t, 'SUPPORTS']),
  });
  await writeFile(
    join(dir, 'registry.yaml'),
    stringify({ actors: registry.actors, topics: registry.topics }),
  );
  for (let d = 0; d < DOCUMENTS; d++) {
    const edges: SyntheticEdge[] = Array.from({ length: 10 }, (_, i) => ({
      source: ACTORS[(d + i) % ACTORS.length],
      target: ACTORS[(d + 3 * i + 1) % ACTORS.length],
      type: (['SUPPORTS', 'CRITICIZES', 'MEETS', 'PRAISES'] as const)[i % 4],
      confidence: 0.5 + i / 40,
    }));
    const documentId = `doc-${d}`;
    const dataset = syntheticDataset({
      actors: ACTORS,
      edges,
      stances: [
        [ACTORS[d], TOPICS[d % TOPICS.length], 'OPPOSES'],
        [ACTORS[d + 1], TOPICS[(d + 1) % TOPICS.length], 'WORRIES_ABOUT'],
      ],
      documentId,
      publishedAt: `2024-0${1 + (d % 9)}-1${d % 10}`,
    });
    await writeFile(
      join(dir, `${documentId}.yaml`),
      stringify({
        documents: dataset.documents,
        relations: dataset.relations.map((r) => ({ ...r, id: `${documentId}-${r.id}` })),
        stances: dataset.stances.map((s) => ({ ...s, id: `${documentId}-${s.id}` })),
      }),
    );
  }
  return dir;
}

async function documentCount(graph: Graph): Promise<number> {
  const rows = await read(graph, documentAll, {});
  return rows.length;
}

// ---------------------------------------------------------------- 1. SIGKILL mid-load

describe('Neo4j killed in the middle of a load', () => {
  it('leaves whole documents only, and loading again gives the graph a clean load gives', async () => {
    const corpus = await writeCorpus();
    const home = await tempHome('kill');
    const first = await ownNeo4j(home);
    const pid = first.pid;
    expect(pid).toBeGreaterThan(0);
    // A short retry time: the load should give up soon after the database is gone.
    const graph = graphOf(first, 1_000);
    await applySchema(graph);

    // Kill inside the 4th document's transaction, after its first batch of relations is sent.
    let documentsWritten = 0;
    let relationBatches = 0;
    let killed = false;
    let killedAt = 0;
    graph.onStatement((name) => {
      if (
        killed ||
        documentsWritten !== 3 ||
        !/^load\/assertions(-create|-prune)?:relation$/.test(name)
      )
        return;
      if (++relationBatches === 2) {
        killed = true;
        killedAt = performance.now();
        process.kill(pid as number, 'SIGKILL');
      }
    });
    const started = performance.now();
    const outcome = await loadDataset(graph, [corpus], {
      batchSize: 4,
      // A transaction per document, as a load of large documents has: the kill lands inside one.
      documentTransactionRows: 1,
      onProgress: ({ done }) => {
        documentsWritten = done;
      },
    }).then(
      () => 'loaded',
      (err: unknown) => err,
    );
    expect(killed).toBe(true);
    expect(outcome).toBeInstanceOf(Error);
    expect(performance.now() - started).toBeLessThan(60_000);
    process.stderr.write(
      `faults: the load failed ${Math.round(performance.now() - killedAt)} ms after Neo4j was killed in document 4 of ${DOCUMENTS}: ${String(outcome)}\n`,
    );
    await waitUntil('the killed Java process to go', () => isGone(pid as number));
    await first.stop();
    await graph.close();

    // Restart on the same data folder: Neo4j recovers from its transaction log.
    const second = await ownNeo4j(home, portOf(first.uri));
    const again = graphOf(second);
    await applySchema(again);
    // Three documents committed before the kill; the fourth, torn mid-transaction, is not there.
    expect(await documentCount(again)).toBe(3);
    // One transaction per document here too, so the change counter (one step per transaction that
    // changes something) can be compared with the clean load's.
    const report = await loadDataset(again, [corpus], { documentTransactionRows: 1 });
    expect(report.documents.created).toBe(DOCUMENTS - 3);
    expect(report.actors.created).toBe(0);
    const recovered = await dumpData(again);

    // The same corpus, loaded once into an empty database (the shared test Neo4j).
    const clean = await openTestGraph();
    cleanups.push(() => clean.close());
    await clearGraph(clean);
    await loadDataset(clean, [corpus], { documentTransactionRows: 1 });
    const reference = await dumpData(clean);
    expect(reference.split('\n').length).toBeGreaterThan(DOCUMENTS * 20);
    expect(recovered).toBe(reference);
    await clearGraph(clean);
  });
});

// ---------------------------------------------------------------- 2. Neo4j down under a server

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

async function post(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; ms: number }> {
  const started = performance.now();
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody;
  return { status: response.status, body, ms: performance.now() - started };
}

async function getStatus(server: RunningServer, path: string): Promise<number> {
  const response = await fetch(new URL(path, server.url));
  await response.arrayBuffer();
  return response.status;
}

const codes = (body: GraphQLBody) => (body.errors ?? []).map((e) => e.extensions?.code);

const TRUMP = '{ actor(id: "trump") { id name relations { type target { id } } } }';
const NEIGHBOURS =
  '{ neighborhood(actorId: "zelensky", depth: 2) { actors { id } relations { id } } }';
const ASSERT = `mutation ($id: ID!) {
  assertRelation(input: {
    id: $id, type: AGREES_WITH, sourceId: "putin", targetId: "trump", polarity: POSITIVE, confidence: 0.7,
    evidence: [{ documentId: "trump-putin-call-2025-02", quote: "Both leaders agreed to initiate negotiations without delay." }]
  }) { id }
}`;

describe('Neo4j stopped while the server runs', () => {
  it('answers SERVICE_UNAVAILABLE fast, reports not ready, stays up, and recovers on restart', async () => {
    const home = await tempHome('outage');
    const first = await ownNeo4j(home);
    const boltPort = portOf(first.uri);
    const graph = graphOf(first); // the serving retry time, 2 s
    await applySchema(graph);
    await loadDemo(graph);
    const server = await startServer(
      {
        graph,
        logger: silentLogger(),
        production: false,
        apiKeys: TEST_KEYS,
        changePollMs: 500, // the version watcher keeps polling through the outage
      },
      '127.0.0.1',
      0,
    );
    cleanups.push(() => server.stop());

    const before = await post(server, TRUMP);
    expect(before.body.errors).toBeUndefined();
    expect(await getStatus(server, '/ready')).toBe(200);

    await first.stop();

    // One at a time, then a burst: every request fails politely and in bounded time.
    const downMs: number[] = [];
    for (const query of [TRUMP, NEIGHBOURS]) {
      const down = await post(server, query);
      downMs.push(down.ms);
      expect(down.status).toBeLessThan(500);
      expect(codes(down.body)).toContain('SERVICE_UNAVAILABLE');
      expect(new Set(codes(down.body))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      expect(down.ms).toBeLessThan(HANG_MS);
    }
    const write = await post(
      server,
      ASSERT,
      { id: 'rel-during-outage' },
      {
        authorization: HEADERS.valid,
      },
    );
    expect(codes(write.body)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(write.ms).toBeLessThan(HANG_MS);
    const burst = await Promise.all(Array.from({ length: 10 }, () => post(server, TRUMP)));
    for (const r of burst) {
      expect(codes(r.body)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(r.ms).toBeLessThan(HANG_MS);
    }
    const readyStarted = performance.now();
    expect(await getStatus(server, '/ready')).toBe(503);
    const readyMs = performance.now() - readyStarted;
    expect(readyMs).toBeLessThan(HANG_MS);
    const slowest = Math.max(...downMs, write.ms, ...burst.map((r) => r.ms));
    process.stderr.write(
      `faults: Neo4j down: 13 requests answered SERVICE_UNAVAILABLE, the slowest in ${Math.round(slowest)} ms; /ready 503 in ${Math.round(readyMs)} ms\n`,
    );
    expect(await getStatus(server, '/health')).toBe(200);
    expect(server.httpServer.listening).toBe(true);

    // Same port, same data folder; the server and its driver are the ones from before.
    await ownNeo4j(home, boltPort);
    const after = await post(server, TRUMP);
    expect(after.body).toEqual(before.body);
    expect(await getStatus(server, '/ready')).toBe(200);
    const asserted = await post(
      server,
      ASSERT,
      { id: 'rel-after-restart' },
      {
        authorization: HEADERS.valid,
      },
    );
    expect(asserted.body).toEqual({
      data: { assertRelation: { id: 'rel-after-restart' } },
      extensions: { bookmark: expect.any(String) as string },
    });
    const neighbours = await post(server, NEIGHBOURS);
    expect(neighbours.body.errors).toBeUndefined();
    // Nothing was written during the outage.
    const lost = await post(server, '{ relation(id: "rel-during-outage") { id } }');
    expect(lost.body).toEqual({ data: { relation: null } });
  });
});

// ---------------------------------------------------------------- 3. SIGTERM drains

interface Cli {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `stancegraph start --no-load` the way `npm start` does (tsx), on a port picked here. */
async function startCli(env: NodeJS.ProcessEnv): Promise<Cli> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/cli.ts', 'start', '--no-load'],
    {
      cwd: PROJECT_ROOT,
      env: { ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return Promise.resolve();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the CLI did not start in 120 s:\n${stderr}`)),
      120_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /serving GraphQL at (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited (${String(code ?? signal)}) before serving:\n${stderr}`));
    });
  });
  return { child, url, stderr: () => stderr, exited };
}

/**
 * A request that is in flight for as long as the test wants: it sends
 * `Expect: 100-continue` and waits for the server's 100 (so the server has
 * taken the request), then sends its body only when `release` is called.
 */
function heldRequest(url: string, query: string) {
  const body = JSON.stringify({ query });
  const target = new URL(url);
  const request = http.request({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
    },
  });
  const accepted = new Promise<void>((done, fail) => {
    request.once('continue', () => done());
    request.once('error', fail);
  });
  const response = new Promise<{ status: number; text: string }>((done, fail) => {
    request.once('error', fail);
    request.once('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.once('end', () => done({ status: res.statusCode ?? 0, text }));
    });
  });
  response.catch(() => undefined); // awaited later; no unhandled rejection meanwhile
  request.flushHeaders();
  return { accepted, release: () => request.end(body), response };
}

/** Java processes running the local Neo4j launcher on `home`. */
async function launchersOn(home: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(MAIN_CLASS) && args.includes(home)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

async function drainsOnSigterm(cli: Cli): Promise<void> {
  const held = heldRequest(cli.url, '{ relationTypes { type cameo { code } } }');
  await held.accepted;
  cli.child.kill('SIGTERM');
  await waitUntil('the CLI to say it is draining', () => /SIGTERM received/.test(cli.stderr()));
  // Draining, not gone: the request in flight is still to be answered.
  expect(cli.child.exitCode).toBeNull();
  held.release();
  const { status, text } = await held.response;
  expect(status).toBe(200);
  const body = JSON.parse(text) as GraphQLBody;
  expect(body.errors).toBeUndefined();
  expect((body.data?.relationTypes as unknown[]).length).toBeGreaterThan(10);
  const exit = await Promise.race([
    cli.exited,
    new Promise<'hung'>((done) => setTimeout(() => done('hung'), 60_000).unref()),
  ]);
  expect(exit).toEqual({ code: 0, signal: null });
  // New connections are refused once it has gone.
  await expect(fetch(cli.url, { method: 'POST' })).rejects.toThrow();
}

describe('SIGTERM to `stancegraph start`', () => {
  it('with NEO4J_URI: finishes the request in flight, then exits 0', async () => {
    const shared = await openTestGraph();
    cleanups.push(() => shared.close());
    await clearGraph(shared);
    await loadDataset(shared, [DEMO_DATA]);
    const cli = await startCli({ ...process.env });
    await drainsOnSigterm(cli);
  });

  it('with its own local Neo4j: the same, and the Java process is gone afterwards', async () => {
    const home = await tempHome('cli');
    const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, ...env } = process.env;
    const cli = await startCli({
      ...env,
      STANCEGRAPH_NEO4J_HOME: home,
      STANCEGRAPH_NEO4J_BOLT_PORT: String(await freePort()),
      STANCEGRAPH_NEO4J_HTTP_PORT: '0',
    });
    const javas = await launchersOn(home);
    expect(javas).toHaveLength(1);
    await drainsOnSigterm(cli);
    await waitUntil('the local Neo4j to exit', () => javas.every(isGone), 10_000);
    expect(await launchersOn(home)).toEqual([]);
  });
});
