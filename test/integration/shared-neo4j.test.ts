/**
 * One local Neo4j per data directory, shared between processes: `stancegraph start`
 * runs as a child on a temporary data directory and free ports, and `load`, `export`,
 * `neo4j` and a second `start`, each another process, use its Neo4j instead of
 * starting a second one on the locked store. Only the process that started it stops it.
 */
import { readFile, writeFile, mkdtemp, rm, access } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { EXIT } from '../../src/cli';
import { RECORD_FILE, type LauncherRecord } from '../../src/db/launcherRecord';
import { answers } from '../../src/db/runningNeo4j';
import { localEnv, runCli, serve, type Serving } from '../harness/cli';
import { FIXTURES } from '../harness/graph';

// A first start of the launcher may build it with Maven; each Neo4j start takes a while on a busy machine.
jest.setTimeout(300_000);

const NEW_DOCUMENT = join(FIXTURES, 'datasets', 'shared', 'riverton-bridge.yaml');
const NEW_DOCUMENT_ID = 'riverton-bridge-meeting';

let home: string;
let boltPort: number;
let apiPort: number;
let env: NodeJS.ProcessEnv;
let serving: Serving;
let client: Client | undefined;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  await new Promise<void>((closed) => server.close(() => closed()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

async function record(): Promise<LauncherRecord | undefined> {
  try {
    return JSON.parse(await readFile(join(home, RECORD_FILE), 'utf8')) as LauncherRecord;
  } catch {
    return undefined;
  }
}

async function gql<T>(url: string, query: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`no data from ${url}: ${JSON.stringify(body)}`);
  return body.data;
}

async function until(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const usingTheServer = () =>
  `using the local Neo4j at bolt://127.0.0.1:${boltPort} that process ${serving.child.pid} started`;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'stancegraph-shared-'));
  boltPort = await freePort();
  apiPort = await freePort();
  env = localEnv({
    STANCEGRAPH_NEO4J_HOME: home,
    STANCEGRAPH_NEO4J_BOLT_PORT: String(boltPort),
    STANCEGRAPH_NEO4J_HTTP_PORT: '0',
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    STANCEGRAPH_CHANGE_POLL_MS: '100',
  });
  serving = await serve([], env);
});

afterAll(async () => {
  await client?.dispose();
  await serving?.kill();
  await rm(home, { recursive: true, force: true });
});

it('start records where its Neo4j answers', async () => {
  expect(await record()).toMatchObject({
    state: 'ready',
    ownerPid: serving.child.pid,
    bolt: `bolt://127.0.0.1:${boltPort}`,
    home,
  });
});

it('load from another process writes to the running Neo4j: the document appears through the API and in graphChanged', async () => {
  const changes: string[] = [];
  client = createClient({
    url: serving.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  let connected = false;
  client.on('connected', () => (connected = true));
  client.subscribe<{ graphChanged: { kind: string } }>(
    { query: 'subscription { graphChanged { kind } }' },
    {
      next: (result) => changes.push(result.data?.graphChanged.kind ?? 'no data'),
      error: (error) => changes.push(`error ${JSON.stringify(error)}`),
      complete: () => undefined,
    },
  );
  await until(() => connected, 'the WebSocket');
  // The subscribe message travels after the connection is acknowledged; give the server a moment.
  await new Promise((r) => setTimeout(r, 1_000));

  const load = await runCli(['load', NEW_DOCUMENT], env);
  expect(load.stderr).toContain(usingTheServer());
  expect(load.stderr).not.toContain('starting a local Neo4j');
  expect(load.status).toBe(EXIT.OK);
  expect(load.summary).toMatch(/^stancegraph: loaded 1 document from 1 file: 2 relations/);

  await until(() => changes.includes('LOADED'), 'a LOADED change');
  const { document } = await gql<{ document: { title: string } | null }>(
    serving.url,
    `{ document(id: "${NEW_DOCUMENT_ID}") { title } }`,
  );
  expect(document?.title).toBe('Mayor and governor meet over the bridge');
  // The load did not stop what it only used.
  expect(await answers(`bolt://127.0.0.1:${boltPort}`)).toBe(true);
  expect((await record())?.ownerPid).toBe(serving.child.pid);
});

it('neo4j prints the running NEO4J_URI and exits, leaving it running', async () => {
  const run = await runCli(['neo4j'], env);
  expect(run.status).toBe(EXIT.OK);
  expect(run.stdout).toBe(`NEO4J_URI=bolt://127.0.0.1:${boltPort}\n`);
  expect(run.stderr).toContain(`already runs at bolt://127.0.0.1:${boltPort}`);
  expect(await answers(`bolt://127.0.0.1:${boltPort}`)).toBe(true);
});

it('a second start on another port shares the Neo4j, and stopping it leaves the first serving', async () => {
  const second = await serve(['--no-load'], { ...env, PORT: String(await freePort()) });
  try {
    expect(second.stdout()).toContain(`shared: started by process ${serving.child.pid}`);
    expect(second.stderr()).toContain(usingTheServer());
    second.child.kill('SIGINT');
    expect(await second.exited).toEqual({ code: EXIT.OK, signal: null });
  } finally {
    await second.kill();
  }
  const { document } = await gql<{ document: { id: string } | null }>(
    serving.url,
    `{ document(id: "${NEW_DOCUMENT_ID}") { id } }`,
  );
  expect(document?.id).toBe(NEW_DOCUMENT_ID);
});

it('a second start on the same API port exits 5 with one line naming PORT', async () => {
  const run = await runCli(['start', '--no-load'], env);
  expect(run.status).toBe(EXIT.PORT_IN_USE);
  expect(run.stderr.trimEnd().split('\n')).toEqual([
    `stancegraph: port ${apiPort} on 127.0.0.1 (GraphQL API) is already in use: stop the program using it (another \`stancegraph start\`?), or set PORT to a free port`,
    expect.stringMatching(/^stancegraph: start failed in \d+\.\d s: exit 5, port in use$/),
  ]);
});

it('export while start serves gives the same file as export once it has stopped; a stale record is replaced', async () => {
  const during = join(home, 'during.graphml');
  const after = join(home, 'after.graphml');
  const exported = await runCli(['export', '--format', 'graphml', '--out', during], env);
  expect(exported.stderr).toContain(usingTheServer());
  expect(exported.status).toBe(EXIT.OK);

  // The process that started the Neo4j stops it, and removes its record, when it ends.
  serving.child.kill('SIGINT');
  expect(await serving.exited).toEqual({ code: EXIT.OK, signal: null });
  expect(await answers(`bolt://127.0.0.1:${boltPort}`)).toBe(false);
  expect(await record()).toBeUndefined();

  // What a crashed launcher leaves behind: a record whose processes are gone.
  const stale: LauncherRecord = {
    state: 'ready',
    // Above Linux's largest process id (2^22), so no process has them.
    ownerPid: 2 ** 22 + 1,
    pid: 2 ** 22 + 2,
    bolt: `bolt://127.0.0.1:${await freePort()}`,
    home,
    startedAt: new Date(0).toISOString(),
  };
  await writeFile(join(home, RECORD_FILE), JSON.stringify(stale));

  const stopped = await runCli(['export', '--format', 'graphml', '--out', after], env);
  expect(stopped.stderr).toContain(
    `replacing the stale record of a local Neo4j in ${home}: the process that started it (${stale.ownerPid}) has exited`,
  );
  expect(stopped.stderr).toContain('starting a local Neo4j');
  expect(stopped.status).toBe(EXIT.OK);
  expect(await readFile(after, 'utf8')).toBe(await readFile(during, 'utf8'));
  // It started its own, so it stopped it and removed its record.
  await expect(access(join(home, RECORD_FILE))).rejects.toThrow();
  expect(await answers(`bolt://127.0.0.1:${boltPort}`)).toBe(false);
});
