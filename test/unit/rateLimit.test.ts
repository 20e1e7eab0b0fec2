/**
 * Per-client rate limits (src/graphql/rateLimit.ts) on the real server over
 * real HTTP and WebSocket, with no database: `{ __typename }` and a refused
 * subscription never reach Neo4j. Clients are told apart by API key, else by
 * address; loopback is limited here because every test client is on loopback.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Graph } from '../../src/db/graph';
import { parseApiKeyList } from '../../src/apiKeys';
import { ConfigError, readConfig, type RateLimit } from '../../src/config';
import { isLoopback } from '../../src/graphql/rateLimit';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { silentLogger } from '../harness/api';
import { HEADERS, SECRETS, TEST_KEYS } from '../harness/keys';
import { offlineGraph } from '../harness/offline';

const BOB = 'bob-test-key-0123456789ab';

let graph: Graph;
const servers: RunningServer[] = [];

beforeAll(() => {
  graph = offlineGraph();
});

afterAll(async () => {
  for (const server of servers) await server.stop();
  await graph?.close();
});

async function serve(rateLimit: RateLimit): Promise<RunningServer> {
  const bob = parseApiKeyList(`bob:${BOB}`).keys;
  const server = await startServer(
    {
      graph,
      logger: silentLogger(),
      production: true,
      changePollMs: 0,
      apiKeys: [...TEST_KEYS, ...bob],
      rateLimit,
    },
    '127.0.0.1',
    0,
  );
  servers.push(server);
  return server;
}

async function ask(server: RunningServer, authorization?: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as {
    errors?: Array<{ extensions?: { code?: string; retryAfter?: number } }>;
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

const statuses = async (server: RunningServer, n: number, authorization?: string) => {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) seen.push((await ask(server, authorization)).status);
  return seen;
};

it('limits a burst from one key with 429 and Retry-After, and not another key', async () => {
  const server = await serve({ points: 5, durationS: 60, exemptLoopback: false });
  expect(await statuses(server, 7, HEADERS.valid)).toEqual([200, 200, 200, 200, 200, 429, 429]);
  const refused = await ask(server, HEADERS.valid);
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  expect(refused.body.errors?.[0]?.extensions).toEqual({
    code: 'RATE_LIMITED',
    retryAfter: Number(refused.retryAfter),
  });
  // Bob's key and a client with no key have their own allowances.
  expect(await statuses(server, 2, `Bearer ${BOB}`)).toEqual([200, 200]);
  expect(await statuses(server, 2)).toEqual([200, 200]);
});

it('counts an unknown key against the address, so inventing keys buys nothing', async () => {
  const server = await serve({ points: 3, durationS: 60, exemptLoopback: false });
  expect(await statuses(server, 3)).toEqual([200, 200, 200]);
  expect((await ask(server, HEADERS.wrong)).status).toBe(429);
  expect((await ask(server, 'Bearer another-invented-key-0123456789')).status).toBe(429);
  expect((await ask(server, HEADERS.valid)).status).toBe(200);
});

it('leaves loopback clients alone when loopback is exempt (development)', async () => {
  const server = await serve({ points: 2, durationS: 60, exemptLoopback: true });
  expect(await statuses(server, 6)).toEqual([200, 200, 200, 200, 200, 200]);
});

it('limits subscribe operations over WebSocket', async () => {
  const server = await serve({ points: 2, durationS: 60, exemptLoopback: false });
  const client = createClient({
    url: server.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${SECRETS.alice}` },
    retryAttempts: 0,
  });
  const outcome = () =>
    new Promise<unknown>((resolve) => {
      const stop = client.subscribe(
        { query: 'subscription { graphChanged { kind } }' },
        {
          next: () => undefined,
          error: (err) => resolve(err),
          complete: () => resolve('complete'),
        },
      );
      // A subscription that was accepted stays open: count it as accepted after a moment.
      setTimeout(() => {
        stop();
        resolve('accepted');
      }, 1_000);
    });
  expect(await outcome()).toBe('accepted');
  expect(await outcome()).toBe('accepted');
  const third = (await outcome()) as Array<{ extensions?: { code?: string } }>;
  expect(third.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
  await client.dispose();
});

it('knows loopback addresses', () => {
  expect(['127.0.0.1', '127.8.0.3', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
  expect(['10.0.0.1', '::ffff:10.0.0.1', '2001:db8::1', undefined].some(isLoopback)).toBe(false);
});

describe('STANCEGRAPH_RATE_LIMIT', () => {
  it('reads requests/seconds, exempts loopback in development only, and takes off', () => {
    expect(readConfig({}).rateLimit).toEqual({ points: 600, durationS: 60, exemptLoopback: true });
    expect(
      readConfig({ NODE_ENV: 'production', STANCEGRAPH_RATE_LIMIT: '50/10s' }).rateLimit,
    ).toEqual({ points: 50, durationS: 10, exemptLoopback: false });
    expect(
      readConfig({ STANCEGRAPH_RATE_LIMIT: '5/1s', STANCEGRAPH_RATE_LIMIT_LOOPBACK: 'limited' })
        .rateLimit?.exemptLoopback,
    ).toBe(false);
    expect(readConfig({ STANCEGRAPH_RATE_LIMIT: 'off' }).rateLimit).toBeUndefined();
  });

  it('names the variable and the form it wants when the value is wrong', () => {
    for (const value of ['600', '0/60s', '10 per minute']) {
      const read = () => readConfig({ STANCEGRAPH_RATE_LIMIT: value });
      expect(read).toThrow(ConfigError);
      expect(read).toThrow(
        /STANCEGRAPH_RATE_LIMIT: write requests\/seconds, e\.g\. 600\/60s, or off/,
      );
    }
    expect(() => readConfig({ STANCEGRAPH_TRUST_PROXY: 'yes please' })).toThrow(
      /STANCEGRAPH_TRUST_PROXY: write true, false, a hop count/,
    );
    expect(readConfig({ STANCEGRAPH_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({}).trustProxy).toBe(false);
  });
});
