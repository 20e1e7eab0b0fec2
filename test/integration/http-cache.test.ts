/**
 * Cacheable reads over real HTTP against the test Neo4j (issue 17, item 2): a panel fetched
 * twice by GET gets 200 then 304 (no statement sent), a load by this process or by another
 * one in between gives 200 with the new numbers, errors are never tagged, mutations are
 * refused over GET and never cacheable, and automatic persisted queries register and answer.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseApiKeyList } from '../../src/apiKeys';
import type { Graph } from '../../src/db/graph';
import { loadDataset } from '../../src/load';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { silentLogger } from '../harness/api';
import { clearGraph, FIXTURES, loadDemo, openTestGraph } from '../harness/graph';

const KEYS = parseApiKeyList('alice:alice-http-cache-key-0123456789').keys;
const ALICE = 'Bearer alice-http-cache-key-0123456789';
const PANEL =
  'query Panel($polarity: Polarity!) { relations(filter: { polarities: [$polarity] }) { totalCount } }';
const FRIENDLY = { polarity: 'POSITIVE' };
const POLL_MS = 100;

let graph: Graph;
let other: Graph;
let server: RunningServer;
let statements = 0;

beforeAll(async () => {
  graph = await openTestGraph();
  other = await openTestGraph();
  await clearGraph(graph);
  await loadDataset(graph, [join(FIXTURES, 'datasets', 'small.yaml')]);
  graph.onStatement((name) => {
    if (name !== 'meta/version') statements++;
  });
  server = await startServer(
    {
      graph,
      logger: silentLogger(),
      production: true,
      apiKeys: KEYS,
      changePollMs: POLL_MS,
      cacheMaxAgeS: 15,
    },
    '127.0.0.1',
    0,
  );
});

afterAll(async () => {
  await server?.stop();
  await graph?.close();
  await other?.close();
});

interface Fetched {
  status: number;
  etag: string | null;
  cacheControl: string | null;
  body: { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } | null;
  statements: number;
}

/** GETs `/graphql` with the given search parameters (JSON-encoded where not strings). */
async function get(params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const url = new URL(server.url);
  for (const [name, value] of Object.entries(params)) {
    url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const before = statements;
  const response = await fetch(url, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  const text = await response.text();
  const fetched: Fetched = {
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    body: text ? (JSON.parse(text) as Fetched['body']) : null,
    statements: statements - before,
  };
  return fetched;
}

const panel = (headers: Record<string, string> = {}) =>
  get({ query: PANEL, variables: FRIENDLY }, headers);

const count = (fetched: Fetched) =>
  (fetched.body?.data?.relations as { totalCount: number }).totalCount;

/** Waits until the version watcher has read the graph's version again. */
const afterPoll = () => new Promise((done) => setTimeout(done, POLL_MS * 5));

it('answers a repeated GET with 304 and no statement while the graph is unchanged', async () => {
  const first = await panel();
  expect(first.status).toBe(200);
  expect(first.etag).toMatch(/^W\/".+"$/);
  expect(first.cacheControl).toBe('max-age=15, public');
  expect(count(first)).toBeGreaterThan(0);

  const second = await panel({ 'if-none-match': first.etag! });
  expect(second).toMatchObject({ status: 304, etag: first.etag, body: null, statements: 0 });
  expect(second.cacheControl).toBe('max-age=15, public');
});

it('answers 200 with the new numbers after a load by this process', async () => {
  const before = await panel();
  await loadDemo(graph);
  const after = await panel({ 'if-none-match': before.etag! });
  expect(after.status).toBe(200);
  expect(after.etag).not.toBe(before.etag);
  expect(count(after)).toBeGreaterThan(count(before));
});

it('answers 200 with the new numbers after a load by another process, once polled', async () => {
  await afterPoll();
  const before = await panel();
  await clearGraph(other);
  await loadDataset(other, [join(FIXTURES, 'datasets', 'small.yaml')]);
  await afterPoll();
  const after = await panel({ 'if-none-match': before.etag! });
  expect(after.status).toBe(200);
  expect(count(after)).toBeLessThan(count(before));
});

it('never tags an error, and says no-store', async () => {
  const query = '{ actor(id: "trump", name: "Trump") { id } }';
  const first = await get({ query });
  expect(first.body?.errors?.length).toBeGreaterThan(0);
  expect(first.etag).toBeNull();
  expect(first.cacheControl).toBe('no-store');
});

it('marks an answer to a request with an API key private', async () => {
  const keyed = await panel({ authorization: ALICE });
  expect(keyed.cacheControl).toBe('max-age=15, private');
  const anonymous = await panel();
  expect(keyed.etag).not.toBe(anonymous.etag);
});

it('refuses a GET without a CSRF preflight header', async () => {
  const url = new URL(server.url);
  url.searchParams.set('query', '{ relationTypes { type } }');
  const response = await fetch(url);
  expect(response.status).toBe(400);
  expect(await response.text()).toMatch(/apollo-require-preflight/);
});

it('refuses a mutation over GET, and never lets a mutation be cached', async () => {
  const mutation = 'mutation { addAlias(actorId: "trump", alias: "Over Get") { id } }';
  const refused = await get({ query: mutation }, { authorization: ALICE });
  expect(refused.status).toBe(405);
  expect(refused.statements).toBe(0);

  const posted = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: ALICE },
    body: JSON.stringify({ query: mutation }),
  });
  expect(posted.status).toBe(200);
  expect(posted.headers.get('cache-control')).toBe('no-store');
  expect(posted.headers.get('etag')).toBeNull();
});

it('keeps a longer age where the schema hints one', async () => {
  const fetched = await get({ query: '{ relationTypes { type cameo { code goldstein } } }' });
  expect(fetched.cacheControl).toBe('max-age=3600, public');
});

describe('automatic persisted queries over GET', () => {
  const query = 'query Persisted { relations(first: 1) { totalCount } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };

  it('asks for the document, registers it, then answers the hash alone', async () => {
    const unknown = await get({ extensions });
    expect(unknown.body?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.etag).toBeNull();

    const registered = await get({ query, extensions });
    expect(registered.status).toBe(200);
    expect(registered.body?.data).toBeDefined();

    const hashOnly = await get({ extensions });
    expect(hashOnly.status).toBe(200);
    expect(hashOnly.body?.data).toEqual(registered.body?.data);
    expect(hashOnly.etag).toBe(registered.etag);
    const again = await get({ extensions }, { 'if-none-match': hashOnly.etag! });
    expect(again.status).toBe(304);
  });

  it('refuses a hash that does not match the document', async () => {
    const wrong = await get({
      query: '{ relations(first: 2) { totalCount } }',
      extensions,
    });
    expect(wrong.status).toBe(400);
    const [error] = (wrong.body?.errors ?? []) as { message?: string; extensions?: unknown }[];
    expect(wrong.body?.errors).toHaveLength(1);
    expect(error?.message).toMatch(/^extensions\.persistedQuery\.sha256Hash does not match/);
    expect(error?.extensions).toEqual({ code: 'BAD_REQUEST' });
  });
});
