/**
 * The response cache (src/graphql/responseCache.ts) over HTTP against the
 * test Neo4j: a repeated query is answered without a statement, a mutation or
 * a load in between gives the fresh answer, and an answer is never shared
 * between requests made with different keys.
 */
import { parseApiKeyList } from '../../src/apiKeys';
import type { Graph } from '../../src/db/graph';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { RESPONSE_CACHE_HEADER } from '../../src/graphql/responseCache';
import { silentLogger } from '../harness/api';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';

const KEYS = parseApiKeyList('alice:alice-cache-key-0123456789,bob:bob-cache-key-0123456789').keys;
const ALICE = 'Bearer alice-cache-key-0123456789';
const BOB = 'Bearer bob-cache-key-0123456789';
const TRUMP = '{ actor(id: "trump") { id name aliases } }';

let graph: Graph;
let server: RunningServer;
let statements = 0;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  graph.onStatement(() => statements++);
  server = await startServer(
    {
      graph,
      logger: silentLogger(),
      production: true,
      apiKeys: KEYS,
      responseCacheMb: 1,
      cacheMaxAgeS: 20,
    },
    '127.0.0.1',
    0,
  );
});

afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

/** Posts `query`; returns its data, whether the cache answered, and how many statements it sent. */
async function post(query: string, authorization?: string, variables?: Record<string, unknown>) {
  const before = statements;
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return {
    data: body.data,
    cached: response.headers.get(RESPONSE_CACHE_HEADER) === 'hit',
    statements: statements - before,
  };
}

it('answers the same query the second time from the cache, without a statement', async () => {
  const first = await post(TRUMP);
  expect(first.cached).toBe(false);
  expect(first.statements).toBeGreaterThan(0);
  const second = await post(TRUMP);
  expect(second).toEqual({ data: first.data, cached: true, statements: 0 });
});

it('keys on the variables', async () => {
  const query = 'query A($id: ID!) { actor(id: $id) { id name } }';
  const trump = await post(query, undefined, { id: 'trump' });
  const putin = await post(query, undefined, { id: 'putin' });
  expect(putin.cached).toBe(false);
  expect(putin.data).not.toEqual(trump.data);
  expect((await post(query, undefined, { id: 'trump' })).cached).toBe(true);
});

it('gives the fresh answer after a mutation', async () => {
  await post(TRUMP);
  expect((await post(TRUMP)).cached).toBe(true);
  await post('mutation { addAlias(actorId: "trump", alias: "Cache Probe") { id } }', ALICE);
  const after = await post(TRUMP);
  expect(after.cached).toBe(false);
  expect((after.data?.actor as { aliases: string[] }).aliases).toContain('Cache Probe');
});

it('gives the fresh answer after a load', async () => {
  await clearGraph(graph);
  const empty = await post(TRUMP);
  expect(empty.data).toEqual({ actor: null });
  expect((await post(TRUMP)).cached).toBe(true);
  await loadDemo(graph);
  const loaded = await post(TRUMP);
  expect(loaded.cached).toBe(false);
  expect(loaded.data?.actor).toMatchObject({ id: 'trump' });
});

it('does not share an answer between requests made with different keys', async () => {
  const query = '{ actor(id: "putin") { id name } }';
  await post(query);
  expect((await post(query)).cached).toBe(true);
  const alice = await post(query, ALICE);
  expect(alice.cached).toBe(false);
  expect(alice.statements).toBeGreaterThan(0);
  expect((await post(query, ALICE)).cached).toBe(true);
  expect((await post(query, BOB)).cached).toBe(false);
});

it('serves queries sent by GET too, with the cache policy of the answer it kept', async () => {
  const url = new URL(server.url);
  url.searchParams.set('query', '{ actor(id: "zelensky") { id name } }');
  const get = () => fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
  const first = await get();
  expect(first.headers.get(RESPONSE_CACHE_HEADER)).toBeNull();
  const before = statements;
  const second = await get();
  expect(second.headers.get(RESPONSE_CACHE_HEADER)).toBe('hit');
  expect(statements).toBe(before);
  expect(await second.json()).toEqual(await first.json());
  expect(first.headers.get('cache-control')).toBe('max-age=20, public');
  expect(second.headers.get('cache-control')).toBe('max-age=20, public');
});

it('never keeps a mutation', async () => {
  const mutation = 'mutation { addAlias(actorId: "putin", alias: "Probe Two") { id } }';
  await post(mutation, ALICE);
  expect((await post(mutation, ALICE)).statements).toBeGreaterThan(0);
});
