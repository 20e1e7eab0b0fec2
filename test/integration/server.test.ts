/**
 * The HTTP edge: real servers on ephemeral ports, spoken to with fetch. One
 * against the test Neo4j, one in production mode, and one whose Neo4j is a
 * dead Bolt port, after which the others must still answer. What needs no
 * database (a dead Neo4j's answers, refusals, introspection) is in
 * test/unit/server.test.ts.
 */
import type { GraphQLFormattedError } from 'graphql';
import { createDriver } from '../../src/db/driver';
import { Graph } from '../../src/db/graph';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { silentLogger } from '../harness/api';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';

/** Long enough that a slow failure shows as a failed expectation, not as a jest timeout. */
const SLOW_TEST_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

let graph: Graph;
let deadGraph: Graph;
let dev: RunningServer;
let production: RunningServer;
let dead: RunningServer;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  deadGraph = new Graph(
    createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: undefined }),
    { database: undefined, queryTimeoutMs: 2000, loadTimeoutMs: 2000 },
  );
  const serve = (g: Graph, isProduction: boolean) =>
    startServer({ graph: g, logger: silentLogger(), production: isProduction }, '127.0.0.1', 0);
  dev = await serve(graph, false);
  production = await serve(graph, true);
  dead = await serve(deadGraph, false);
});

afterAll(async () => {
  for (const server of [dev, production, dead]) await server?.stop();
  await deadGraph?.close();
  await graph?.close();
});

function urlOf(server: RunningServer, path: string): string {
  return new URL(path, server.url).toString();
}

async function get(server: RunningServer, path: string) {
  const response = await fetch(urlOf(server, path));
  return { status: response.status, body: await response.json() };
}

async function postGraphQL(
  server: RunningServer,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: GraphQLBody }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLBody,
  };
}

const TRUMP = '{ actor(id: "trump") { id name } }';

describe('GET /health', () => {
  it('answers 200 {status: "ok"}', async () => {
    expect(await get(dev, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
  });
});

describe('GET /ready', () => {
  it('answers 200 with neo4j up', async () => {
    const { status, body } = await get(dev, '/ready');
    expect(status).toBe(200);
    expect(body).toMatchObject({ neo4j: 'up' });
  });
});

describe('POST /graphql', () => {
  it('returns data and an x-request-id header', async () => {
    const { status, headers, body } = await postGraphQL(dev, TRUMP);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { actor: { id: 'trump', name: 'Donald Trump' } } });
    expect(headers.get('x-request-id')).toMatch(UUID);
  });

  it('echoes a well-formed x-request-id the client sent', async () => {
    const { headers } = await postGraphQL(dev, TRUMP, { 'x-request-id': 'trace-42.a_b' });
    expect(headers.get('x-request-id')).toBe('trace-42.a_b');
  });

  it('replaces a malformed x-request-id with its own', async () => {
    const { headers } = await postGraphQL(dev, TRUMP, { 'x-request-id': 'no spaces; please' });
    expect(headers.get('x-request-id')).toMatch(UUID);
  });
});

describe('when Neo4j is down', () => {
  it(
    'stays up: both servers still answer afterwards',
    async () => {
      await postGraphQL(dead, TRUMP);
      expect(dead.httpServer.listening).toBe(true);
      expect((await get(dead, '/health')).status).toBe(200);
      expect((await postGraphQL(dev, TRUMP)).body.data).toEqual({
        actor: { id: 'trump', name: 'Donald Trump' },
      });
    },
    SLOW_TEST_MS,
  );
});

describe('production mode', () => {
  it('still answers queries', async () => {
    const { body } = await postGraphQL(production, TRUMP);
    expect(body).toEqual({ data: { actor: { id: 'trump', name: 'Donald Trump' } } });
  });
});
