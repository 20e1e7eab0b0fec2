/**
 * Hostile queries are refused before any Cypher runs: depth, cost, aliases,
 * directives and tokens each have a limit (src/graphql/limits.ts; defaults in
 * src/config.ts), bodies have a size limit, and production mode hides what a
 * client should not see. The server runs as in production, over HTTP, on a
 * Graph with no database behind it: none of this may need one. What does (a
 * document within the limits answered) is in test/integration/limits.test.ts.
 */
import type { Graph } from '../../src/db/graph';
import { startServer, type RunningServer, type ServerOptions } from '../../src/graphql/server';
import { DEFAULT_LIMITS } from '../../src/config';
import { silentLogger } from '../harness/api';
import { deep, post, type Body } from '../harness/limits';
import { offlineGraph } from '../harness/offline';

let graph: Graph;
const servers: RunningServer[] = [];

beforeAll(() => {
  graph = offlineGraph();
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await graph.close();
});

async function serve(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const server = await startServer(
    { graph, logger: silentLogger(), production: false, changePollMs: 0, ...options },
    '127.0.0.1',
    0,
  );
  servers.push(server);
  return server;
}

/** Runs `send` and returns the Cypher statements it caused. */
async function statementsDuring(send: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const stop = graph.onStatement((name) => sent.push(name));
  try {
    await send();
  } finally {
    stop();
  }
  return sent;
}

describe('limits refuse a document before any Cypher runs', () => {
  it.each([
    // A chain of single fields costs 1.5× more per level, so the cost limit would trip first: lift it here.
    ['depth', deep(DEFAULT_LIMITS.maxDepth), /depth/i, { maxCost: 1e9 }],
    [
      'aliases',
      `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: topics { id }`).join(' ')} }`,
      /alias/i,
    ],
    [
      'directives',
      `{ topics { id ${'@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1)} } }`,
      /directive/i,
    ],
    ['tokens', `{ topics { ${'id '.repeat(DEFAULT_LIMITS.maxTokens)} } }`, /token/i],
    [
      'cost',
      `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases - 1 }, (_, i) => `a${i}: actors(first: 100) { edges { node { relations { source { name } target { name } evidence { quote start end document { title text } } } stances { topic { name } } } } }`).join(' ')} }`,
      /cost/i,
    ],
  ])('too much %s', async (_what, query, message, limits: Partial<typeof DEFAULT_LIMITS> = {}) => {
    const server = await serve({ limits: { ...DEFAULT_LIMITS, ...limits } });
    let result: { status: number; body: Body } | undefined;
    const sent = await statementsDuring(async () => {
      result = await post(server, { query });
    });
    expect(sent).toEqual([]);
    const error = result?.body.errors?.[0];
    expect(error?.message).toMatch(message);
    expect(result?.body.data).toBeUndefined();
  });

  it('limits are configurable', async () => {
    const server = await serve({ limits: { ...DEFAULT_LIMITS, maxDepth: 3 } });
    const { body } = await post(server, { query: deep(2) });
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a body over the limit with 413', async () => {
    const server = await serve({ bodyLimit: '10kb' });
    const { status } = await post(server, {
      query: `{ topics { id } }`,
      variables: { pad: 'x'.repeat(20_000) },
    });
    expect(status).toBe(413);
  });
});

describe('production mode', () => {
  it('turns off introspection, the Sandbox and stack traces', async () => {
    const server = await serve({ production: true });
    const introspection = await post(server, { query: '{ __schema { queryType { name } } }' });
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    const bad = await post(server, { query: '{ actors(first: 1000) { totalCount } }' });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    const landing = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/sandbox/i);
  });

  it('can turn introspection and the Sandbox back on', async () => {
    const server = await serve({ production: true, introspection: true, sandbox: true });
    const introspection = await post(server, { query: '{ __schema { queryType { name } } }' });
    expect(introspection.body.errors).toBeUndefined();
    const landing = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await landing.text()).toMatch(/sandbox/i);
  });

  it('never suggests field names in production', async () => {
    const server = await serve({ production: true });
    const { body } = await post(server, { query: '{ actorz { id } }' });
    expect(body.errors?.[0]?.message).not.toMatch(/did you mean/i);
    const dev = await serve();
    const devBody = await post(dev, { query: '{ actorz { id } }' });
    expect(devBody.body.errors?.[0]?.message).toMatch(/did you mean/i);
  });
});
