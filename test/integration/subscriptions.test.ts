/**
 * Live updates end to end: the real server on a free port, graphql-ws clients
 * on ws://…/graphql, mutations sent over HTTP with a key, and a load made by
 * another driver (as the CLI would) noticed by the server's version poll.
 */
import { join } from 'node:path';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Graph } from '../../src/db/graph';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { loadDataset } from '../../src/load';
import { silentLogger } from '../harness/api';
import { clearGraph, FIXTURES, loadDemo, openTestGraph } from '../harness/graph';
import { HEADERS, TEST_KEYS } from '../harness/keys';

const DOC = 'trump-putin-call-2025-02';
const QUOTE = 'Both leaders agreed to initiate negotiations without delay.';
const OTHER_QUOTE = 'Trump called Ukrainian President Volodymyr Zelensky';

let graph: Graph;
let server: RunningServer;
const clients: Client[] = [];
const subscriptions: Array<{ dispose(): void }> = [];

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  server = await startServer(
    { graph, logger: silentLogger(), production: false, apiKeys: TEST_KEYS, changePollMs: 100 },
    '127.0.0.1',
    0,
  );
});

afterEach(async () => {
  for (const sub of subscriptions.splice(0)) sub.dispose();
  await until(() => server.events.subscribers === 0, 'every subscription to end');
});

afterAll(async () => {
  for (const client of clients) void client.dispose();
  await server?.stop();
  await graph?.close();
});

function wsUrl(running: RunningServer): string {
  return running.url.replace(/^http/, 'ws');
}

function connect(
  running: RunningServer = server,
  connectionParams?: Record<string, unknown>,
): Client {
  const client = createClient({
    url: wsUrl(running),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

/** Waits until `condition` holds, checking every 20 ms, for at most `ms`. */
async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Subscription<T> {
  received: FormattedExecutionResult<T, unknown>[];
  error: unknown;
  /** The n-th (0-based) result, once it has arrived. */
  nth(n: number): Promise<FormattedExecutionResult<T, unknown>>;
  dispose(): void;
}

function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const sub: Subscription<T> = {
    received: [],
    error: undefined,
    async nth(n) {
      await until(() => sub.received.length > n || sub.error !== undefined, `event ${n}`);
      if (sub.received.length <= n) throw new Error(`subscription failed: ${String(sub.error)}`);
      return sub.received[n];
    },
    dispose: () => undefined,
  };
  sub.dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => sub.received.push(result),
      error: (error) => {
        sub.error = error;
      },
      complete: () => undefined,
    },
  );
  subscriptions.push(sub);
  return sub;
}

/** Waits until the server has `n` subscriptions listening, so nothing published is missed. */
const listening = (n: number) => until(() => server.events.subscribers >= n, `${n} subscribers`);

interface HttpBody {
  data?: Record<string, { id: string }>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** What the subscriptions below select. */
interface RelationShape {
  id: string;
  type: string;
  confidence: number;
  source: { id: string; name: string };
  target: { id: string };
  evidence: Array<{ quote: string; start: number; end: number; document: { id: string } }>;
}
interface ChangeShape {
  kind: string;
  at: string;
  relation: RelationShape | null;
  stance: { id: string } | null;
  actor: { id: string } | null;
  document: { id: string } | null;
}

/** The id a mutation returned under `field`; fails showing the body when there is none. */
function idFrom(body: HttpBody, field: string): string {
  const id = body.data?.[field]?.id;
  if (!id) throw new Error(`no ${field}.id in ${JSON.stringify(body)}`);
  return id;
}

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  authorization: string | null = HEADERS.valid,
): Promise<{ status: number; headers: Headers; body: HttpBody }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as HttpBody,
  };
}

const ASSERT_RELATION = `
  mutation ($input: RelationInput!) {
    assertRelation(input: $input) { id }
  }
`;

const relation = (sourceId: string, targetId: string, quote = QUOTE) => ({
  input: {
    type: 'AGREES_WITH',
    sourceId,
    targetId,
    polarity: 'POSITIVE',
    confidence: 0.5,
    evidence: [{ documentId: DOC, quote }],
  },
});

const RELATION_FIELDS = `
  id type confidence
  source { id name }
  target { id }
  evidence { quote start end document { id } }
`;

describe('subscriptions', () => {
  it('graphChanged and relationAsserted(actorId) carry asserted relations; unrelated ones are filtered out', async () => {
    const client = connect();
    const before = server.events.subscribers;
    const all = subscribe<{ graphChanged: ChangeShape }>(
      client,
      `subscription { graphChanged { kind at relation { ${RELATION_FIELDS} } stance { id } actor { id } document { id } } }`,
    );
    const zelensky = subscribe<{ relationAsserted: RelationShape }>(
      client,
      `subscription ($actorId: ID) { relationAsserted(actorId: $actorId) { ${RELATION_FIELDS} } }`,
      { actorId: 'zelensky' },
    );
    await listening(before + 2);

    const first = await post(ASSERT_RELATION, relation('putin', 'zelensky'));
    expect(first.body.errors).toBeUndefined();
    const firstId = idFrom(first.body, 'assertRelation');

    const expected = {
      id: firstId,
      type: 'AGREES_WITH',
      confidence: 0.5,
      source: { id: 'putin', name: 'Vladimir Putin' },
      target: { id: 'zelensky' },
      evidence: [{ quote: QUOTE, start: 181, end: 240, document: { id: DOC } }],
    };
    const change = (await all.nth(0)).data?.graphChanged;
    expect(change).toMatchObject({
      kind: 'RELATION_ASSERTED',
      relation: expected,
      stance: null,
      actor: null,
      document: null,
    });
    expect(Date.parse(change?.at ?? '')).not.toBeNaN();
    expect((await zelensky.nth(0)).data?.relationAsserted).toEqual(expected);

    // Unrelated to Zelensky: graphChanged has it, the filtered subscription does not.
    const unrelated = await post(ASSERT_RELATION, relation('trump', 'putin'));
    const unrelatedId = idFrom(unrelated.body, 'assertRelation');
    expect((await all.nth(1)).data?.graphChanged.relation?.id).toBe(unrelatedId);
    const third = await post(ASSERT_RELATION, relation('zelensky', 'trump', OTHER_QUOTE));
    const thirdId = idFrom(third.body, 'assertRelation');
    expect((await zelensky.nth(1)).data?.relationAsserted.id).toBe(thirdId);
    expect(zelensky.received.map((r) => r.data?.relationAsserted.id)).toEqual([firstId, thirdId]);

    // Asserting the same relation again changes nothing, so nothing is published.
    await post(ASSERT_RELATION, relation('putin', 'zelensky'));
    const retracted = await post(
      `mutation { retractRelation(id: "${firstId}", reason: "test") { id } }`,
    );
    expect(retracted.body.errors).toBeUndefined();
    const retraction = (await all.nth(3)).data?.graphChanged;
    expect(retraction).toMatchObject({ kind: 'RELATION_RETRACTED', relation: { id: firstId } });
    expect(all.received.map((r) => r.data?.graphChanged.kind)).toEqual([
      'RELATION_ASSERTED',
      'RELATION_ASSERTED',
      'RELATION_ASSERTED',
      'RELATION_RETRACTED',
    ]);
  });

  it('stanceAsserted(topicId) carries only stances on that topic', async () => {
    const client = connect();
    const before = server.events.subscribers;
    const onWar = subscribe<{
      stanceAsserted: {
        id: string;
        position: string;
        actor: { id: string };
        topic: { id: string };
      };
    }>(
      client,
      `subscription { stanceAsserted(topicId: "ending-the-war") { id position actor { id } topic { id } } }`,
    );
    await listening(before + 1);
    const stance = (actorId: string, topicId: string) => ({
      input: {
        actorId,
        topicId,
        position: 'SUPPORTS',
        polarity: 'POSITIVE',
        confidence: 0.6,
        evidence: [{ documentId: DOC, quote: QUOTE }],
      },
    });
    const ASSERT_STANCE = `mutation ($input: StanceInput!) { assertStance(input: $input) { id } }`;
    await post(ASSERT_STANCE, stance('vance', 'us-russia-cooperation'));
    const wanted = await post(ASSERT_STANCE, stance('rubio', 'ending-the-war'));
    const got = (await onWar.nth(0)).data?.stanceAsserted;
    expect(got).toEqual({
      id: idFrom(wanted.body, 'assertStance'),
      position: 'SUPPORTS',
      actor: { id: 'rubio' },
      topic: { id: 'ending-the-war' },
    });
    expect(onWar.received).toHaveLength(1);
  });

  it('a load by another process reaches graphChanged as LOADED; the server’s own writes do not', async () => {
    const client = connect();
    const before = server.events.subscribers;
    const all = subscribe<{ graphChanged: { kind: string } }>(
      client,
      'subscription { graphChanged { kind at } }',
    );
    await listening(before + 1);

    // Writes through this server are published as what they are, never as LOADED.
    await post(
      `mutation { addAlias(actorId: "putin", alias: "V. V. Putin") { id } }`,
      {},
      HEADERS.valid,
    );
    await all.nth(0);
    await new Promise((r) => setTimeout(r, 400)); // several polls
    expect(all.received.map((r) => r.data?.graphChanged.kind)).toEqual(['ACTOR_UPSERTED']);

    // Another driver, as `stancegraph load` in another process would be.
    const cli = await openTestGraph();
    try {
      await loadDataset(cli, [join(FIXTURES, 'datasets', 'small.yaml')]);
    } finally {
      await cli.close();
    }
    const loaded = (await all.nth(1)).data?.graphChanged;
    expect(loaded?.kind).toBe('LOADED');
    // A load of several transactions may be seen by more than one poll: at most one LOADED per poll.
    await new Promise((r) => setTimeout(r, 300));
    const kinds = all.received.map((r) => r.data?.graphChanged.kind);
    expect(kinds.length).toBeLessThanOrEqual(3);
    expect(new Set(kinds.slice(1))).toEqual(new Set(['LOADED']));
  });

  it('refuses mutations over WebSocket', async () => {
    const client = connect();
    const sub = subscribe(client, `mutation { addAlias(actorId: "putin", alias: "Vova") { id } }`);
    await until(() => sub.error !== undefined, 'an error');
    const errors = sub.error as Array<{ message: string; extensions?: { code?: string } }>;
    expect(errors[0]?.message).toContain('mutations are not taken over WebSocket');
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a mutation without a key over HTTP with 401 and a Bearer challenge', async () => {
    const response = await post(ASSERT_RELATION, relation('putin', 'zelensky'), null);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'MISSING',
    });
  });
});

describe('with STANCEGRAPH_REQUIRE_KEY_FOR_READS=true', () => {
  let closed: RunningServer;

  beforeAll(async () => {
    closed = await startServer(
      {
        graph,
        logger: silentLogger(),
        production: false,
        apiKeys: TEST_KEYS,
        requireKeyForReads: true,
        changePollMs: 0,
      },
      '127.0.0.1',
      0,
    );
  });
  afterAll(async () => {
    await closed?.stop();
  });

  async function closeOf(
    params?: Record<string, unknown>,
  ): Promise<{ code: number; reason: string }> {
    const sub = subscribe(connect(closed, params), 'subscription { graphChanged { kind } }');
    await until(() => sub.error !== undefined, 'the connection to be refused');
    return sub.error as { code: number; reason: string };
  }

  it.each([
    ['no key', undefined, 'MISSING'],
    ['a wrong key', { authorization: HEADERS.wrong }, 'UNKNOWN'],
    ['an expired key', { authorization: HEADERS.expired }, 'EXPIRED'],
    ['a malformed key', { authorization: 'let me in' }, 'MALFORMED'],
  ])('refuses a connection with %s (close 4401, %s)', async (_, params, reason) => {
    const { code, reason: said } = await closeOf(params);
    expect(code).toBe(4401);
    expect(said).toContain(`UNAUTHENTICATED (${reason})`);
    expect(said).not.toContain('test-key');
  });

  it('takes a connection whose connectionParams.authorization carries a valid key', async () => {
    const client = connect(closed, { authorization: HEADERS.valid });
    const before = closed.events.subscribers;
    const sub = subscribe<{ graphChanged: { kind: string } }>(
      client,
      'subscription { graphChanged { kind } }',
    );
    await until(() => closed.events.subscribers > before, 'the subscription');
    closed.events.publish({ kind: 'LOADED' });
    expect((await sub.nth(0)).data?.graphChanged.kind).toBe('LOADED');
  });
});
