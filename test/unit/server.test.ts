/**
 * The HTTP edge without a database: real servers on ephemeral ports, spoken to
 * with fetch. One whose Neo4j is a dead Bolt port, which must fail fast and
 * politely rather than hang or crash; one in development and one in production
 * mode, answering what needs no database (refusals, introspection). What needs
 * data is in test/integration/server.test.ts.
 */
import type { GraphQLFormattedError } from 'graphql';
import { createDriver } from '../../src/db/driver';
import { Graph } from '../../src/db/graph';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { silentLogger } from '../harness/api';
import { offlineGraph } from '../harness/offline';

/** How long a request may take to say Neo4j is down; the Graph's own timeouts are 2 s. */
const FAIL_FAST_MS = 5_000;
/** Long enough that a slow failure shows as a failed expectation, not as a jest timeout. */
const SLOW_TEST_MS = 60_000;

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
  graph = offlineGraph();
  deadGraph = new Graph(
    createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: undefined }),
    { database: undefined, queryTimeoutMs: 2000, loadTimeoutMs: 2000 },
  );
  // No polling for loads by other processes: with no database, each start would wait 2 s for a first reading.
  const serve = (g: Graph, isProduction: boolean) =>
    startServer(
      { graph: g, logger: silentLogger(), production: isProduction, changePollMs: 0 },
      '127.0.0.1',
      0,
    );
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

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

function codesOf(body: GraphQLBody): unknown[] {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}

const TRUMP = '{ actor(id: "trump") { id name } }';
const BAD_ARGUMENT = '{ actors(first: 0) { totalCount } }';
const UNKNOWN_ARGUMENT = '{ actors(frist: 3) { totalCount } }';
const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('GET /health', () => {
  it('answers 200 even when Neo4j is down: the process is alive', async () => {
    expect(await get(dead, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
  });
});

describe('GET /ready', () => {
  it(
    'answers 503 with neo4j down, quickly, when Neo4j is unreachable',
    async () => {
      const { value, ms } = await timed(() => get(dead, '/ready'));
      expect(value.status).toBe(503);
      expect(value.body).toMatchObject({ neo4j: 'down' });
      expect(ms).toBeLessThan(FAIL_FAST_MS);
    },
    SLOW_TEST_MS,
  );
});

describe('when Neo4j is down', () => {
  it(
    'answers a query with SERVICE_UNAVAILABLE, quickly',
    async () => {
      const { value, ms } = await timed(() => postGraphQL(dead, TRUMP));
      expect(codesOf(value.body)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(value.body.data?.actor ?? null).toBeNull();
      // Where the database lives is the operator's business, not the client's.
      expect(JSON.stringify(value.body)).not.toContain('127.0.0.1:1');
      expect(ms).toBeLessThan(FAIL_FAST_MS);
    },
    SLOW_TEST_MS,
  );
});

describe('production mode', () => {
  it.each([
    ['a bad argument value', BAD_ARGUMENT, 'BAD_USER_INPUT'],
    ['an unknown argument', UNKNOWN_ARGUMENT, 'GRAPHQL_VALIDATION_FAILED'],
  ])('hides stack traces for %s', async (_case, query, code) => {
    // The same request in development carries a stack trace, so its absence below means something.
    const inDevelopment = await postGraphQL(dev, query);
    expect(codesOf(inDevelopment.body)).toEqual([code]);
    expect(inDevelopment.body.errors?.[0]?.extensions).toHaveProperty('stacktrace');

    const inProduction = await postGraphQL(production, query);
    expect(codesOf(inProduction.body)).toEqual([code]);
    for (const error of inProduction.body.errors ?? [])
      expect(error.extensions).not.toHaveProperty('stacktrace');
  });

  it('disables introspection', async () => {
    const inDevelopment = await postGraphQL(dev, INTROSPECTION);
    expect(inDevelopment.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });

    const inProduction = await postGraphQL(production, INTROSPECTION);
    expect(inProduction.body.data ?? null).toBeNull();
    expect(codesOf(inProduction.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(inProduction.body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
