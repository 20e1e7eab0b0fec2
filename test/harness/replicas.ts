/**
 * Several API replicas for tests: `stancegraph start --no-load` child processes on the test
 * run's Neo4j and one Redis (STANCEGRAPH_PUBSUB), each on its own port, and the clients the
 * tests use on them: GraphQL over HTTP, graphql-ws subscriptions, /ready.
 */
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { freePort } from '../../src/db/ports';
import { serve, type Serving } from './cli';
import { SECRETS } from './keys';

export const KEY = `Bearer ${SECRETS.alice}`;
/** Carol's key is used only to exhaust her allowance. */
export const CAROL = `Bearer ${SECRETS.carol}`;
/** Requests per client per minute, across the replicas; well above what the other tests send. */
export const RATE_LIMIT = 500;

/** Starts one replica; `env` is added to the test run's (which names its Neo4j). */
export async function startReplica(
  pubsubUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Serving> {
  return serve(['--no-load'], {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    STANCEGRAPH_PUBSUB: pubsubUrl,
    STANCEGRAPH_API_KEYS: `alice:${SECRETS.alice},carol:${SECRETS.carol}`,
    // Counted in the shared Redis; loopback counts too, so that the test clients are limited.
    STANCEGRAPH_RATE_LIMIT: `${RATE_LIMIT}/60s`,
    STANCEGRAPH_RATE_LIMIT_LOOPBACK: 'limited',
    STANCEGRAPH_RESPONSE_CACHE_MB: '8',
    // Five test runs share two cores here: a first write on a fresh Neo4j can take seconds.
    STANCEGRAPH_QUERY_TIMEOUT_MS: '60000',
    ...env,
  });
}

export interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

export async function ready(
  url: string,
): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(url.replace(/\/graphql$/, '/ready'));
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** Waits until `condition` holds, checking every 50 ms, for at most `ms`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Listener<T> {
  received: T[];
  client: Client;
  stop(): Promise<void>;
}

/**
 * Subscribes to `query` on the replica at `url`. graphql-ws acknowledges a connection, not a
 * subscription, so it resolves `settleMs` after the connection is acknowledged: the server
 * has taken the subscribe message by then.
 */
export async function listen<T>(
  url: string,
  query: string,
  field: string,
  settleMs = 1_000,
): Promise<Listener<T>> {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  const received: T[] = [];
  const connected = new Promise<void>((done) => client.on('connected', () => done()));
  const dispose = client.subscribe<Record<string, T>>(
    { query },
    {
      next: (result: FormattedExecutionResult<Record<string, T>>) => {
        const value = result.data?.[field];
        if (value !== undefined) received.push(value);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  await connected;
  await new Promise((done) => setTimeout(done, settleMs));
  return {
    received,
    client,
    stop: async () => {
      dispose();
      await client.dispose();
    },
  };
}
