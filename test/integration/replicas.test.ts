/**
 * Two API replicas (`stancegraph start` child processes) on one Neo4j and one Redis
 * (STANCEGRAPH_PUBSUB): writes go through A, reads and subscriptions through B. A change
 * reaches B's subscribers as the same event A's get; a bookmark from A makes B's next read see
 * the write; rankings and the response cache agree on both replicas after a write; a
 * `stancegraph load` announces the documents it wrote.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalRedis, type LocalRedis } from '../../src/broker/localRedis';
import type { Graph } from '../../src/db/graph';
import { runCli, type Serving } from '../harness/cli';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import {
  CAROL,
  KEY,
  listen,
  post,
  RATE_LIMIT,
  ready,
  startReplica,
  until,
  type Answer,
  type Listener,
} from '../harness/replicas';

let redis: LocalRedis;
let graph: Graph;
let a: Serving;
let b: Serving;
const listeners: Array<Listener<unknown>> = [];

interface Change {
  kind: string;
  at: string;
  relation: { id: string; type: string; source: { id: string }; target: { id: string } } | null;
  document: { id: string; title: string } | null;
}

const CHANGES = `subscription { graphChanged { kind at relation { id type source { id } target { id } } document { id title } } }`;

const ASSERT = `mutation ($input: RelationInput!) { assertRelation(input: $input) { id } }`;
const assertion = (sourceId: string, targetId: string) => ({
  input: {
    type: 'AGREES_WITH',
    sourceId,
    targetId,
    polarity: 'POSITIVE',
    confidence: 0.5,
    evidence: [
      {
        documentId: 'trump-putin-call-2025-02',
        quote: 'Both leaders agreed to initiate negotiations without delay.',
      },
    ],
  },
});

/** A dataset of one new document, for a load through the CLI. */
const TEXT = 'Ada Replica thanked Ben Replica for the report.';
const DATASET = `actors:
  - { id: ada-replica, name: Ada Replica, kind: PERSON }
  - { id: ben-replica, name: Ben Replica, kind: PERSON }
documents:
  - id: replica-doc
    title: Two replicas, one graph
    publishedAt: 2025-04-01
    text: '${TEXT}'
relations:
  - id: rel-ada-thanks-ben
    type: PRAISES
    source: ada-replica
    target: ben-replica
    polarity: POSITIVE
    confidence: 0.8
    evidence:
      - { quote: '${TEXT}', start: 0, end: ${TEXT.length} }
`;

const RELATION = `query ($id: ID!) { relation(id: $id) { id type source { id } target { id } } }`;
const RANKINGS = `{ rankings(metric: DEGREE, first: 100) { rank score actor { id } } }`;
const VANCE = `{ actor(id: "vance") { id relations { id } } }`;

async function subscribeOn(replica: Serving): Promise<Listener<Change>> {
  const listener = await listen<Change>(replica.url, CHANGES, 'graphChanged');
  listeners.push(listener);
  return listener;
}

/** The first change of `kind` about relation `id` that `listener` received. */
function changeAbout(listener: Listener<Change>, kind: string, id: string): Change | undefined {
  return listener.received.find((c) => c.kind === kind && c.relation?.id === id);
}

async function assertThrough(replica: Serving, sourceId: string, targetId: string) {
  const answer = await post(replica.url, ASSERT, assertion(sourceId, targetId), {
    authorization: KEY,
  });
  const id = (answer.body.data?.assertRelation as { id: string } | undefined)?.id;
  if (!id) throw new Error(`assertRelation failed: ${JSON.stringify(answer.body)}`);
  return { id, bookmark: answer.body.extensions?.bookmark };
}

beforeAll(async () => {
  redis = await startLocalRedis();
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  [a, b] = await Promise.all([startReplica(redis.url), startReplica(redis.url)]);
}, 300_000);

afterAll(async () => {
  for (const listener of listeners) await listener.stop();
  await Promise.all([a?.kill(), b?.kill()]);
  await redis?.stop();
  await graph?.close();
});

describe('two replicas on one Neo4j and one Redis', () => {
  it('both say their live updates are live', async () => {
    for (const replica of [a, b]) {
      await expect(ready(replica.url)).resolves.toEqual({
        status: 200,
        body: { status: 'ready', neo4j: 'up', liveUpdates: 'live' },
      });
    }
  });

  it("a mutation through A reaches B's graphChanged subscriber as the same event A's gets", async () => {
    const [onA, onB] = await Promise.all([subscribeOn(a), subscribeOn(b)]);
    const { id } = await assertThrough(a, 'vance', 'rubio');
    await until(() => changeAbout(onB, 'RELATION_ASSERTED', id) !== undefined, 'the change on B');
    await until(() => changeAbout(onA, 'RELATION_ASSERTED', id) !== undefined, 'the change on A');
    const seenOnB = changeAbout(onB, 'RELATION_ASSERTED', id);
    expect(seenOnB).toEqual(changeAbout(onA, 'RELATION_ASSERTED', id));
    expect(seenOnB).toMatchObject({
      relation: { id, type: 'AGREES_WITH', source: { id: 'vance' }, target: { id: 'rubio' } },
    });
  });

  it("a read on B that sends A's bookmark sees A's write", async () => {
    const { id, bookmark } = await assertThrough(a, 'rubio', 'waltz');
    expect(typeof bookmark).toBe('string');
    const read = await post(
      b.url,
      RELATION,
      { id },
      { 'x-stancegraph-bookmark': String(bookmark) },
    );
    expect(read.body).toEqual({
      data: {
        relation: { id, type: 'AGREES_WITH', source: { id: 'rubio' }, target: { id: 'waltz' } },
      },
    });
  });

  it('a malformed or unknown bookmark is refused, naming the header', async () => {
    const malformed = await post(
      b.url,
      RELATION,
      { id: 'x' },
      { 'x-stancegraph-bookmark': 'not a bookmark!' },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors?.[0]?.message).toMatch(/^X-Stancegraph-Bookmark header: /);
    const unknown = await post(
      b.url,
      RELATION,
      { id: 'x' },
      { 'x-stancegraph-bookmark': 'FB:bm90LWEtYm9va21hcms' },
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.body.errors?.[0]?.message).toMatch(/^X-Stancegraph-Bookmark header: /);
  });

  it('after a write through A, rankings and cached answers on B agree with A', async () => {
    const onB = await subscribeOn(b);
    // B caches its answer: the second ask is a hit.
    // (Its version poll may move the key once after the last test's write; then it holds.)
    await until(
      async () => (await post(b.url, VANCE)).headers.get('x-stancegraph-cache') === 'hit',
      'a cache hit on B',
    );
    const rankedBefore = (await post(b.url, RANKINGS)).body;

    const { id } = await assertThrough(a, 'vance', 'hegseth');
    await until(() => changeAbout(onB, 'RELATION_ASSERTED', id) !== undefined, 'the change on B');

    const [vanceOnA, vanceOnB] = await Promise.all([post(a.url, VANCE), post(b.url, VANCE)]);
    expect(vanceOnB.headers.get('x-stancegraph-cache')).toBeNull();
    expect(vanceOnB.body).toEqual(vanceOnA.body);
    const relations = (vanceOnB.body.data?.actor as { relations: Array<{ id: string }> }).relations;
    expect(relations.map((r) => r.id)).toContain(id);

    const [rankedOnA, rankedOnB] = await Promise.all([
      post(a.url, RANKINGS),
      post(b.url, RANKINGS),
    ]);
    expect(rankedOnB.body).toEqual(rankedOnA.body);
    expect(rankedOnB.body).not.toEqual(rankedBefore);
  });

  it('a stancegraph load announces the documents it wrote to every replica', async () => {
    const onB = await subscribeOn(b);
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-replicas-'));
    await writeFile(join(dir, 'replicas.yaml'), DATASET);
    const run = await runCli(['load', dir], {
      ...process.env,
      LOG_LEVEL: 'warn',
      STANCEGRAPH_PUBSUB: redis.url,
    });
    await rm(dir, { recursive: true, force: true });
    // The command's stderr is in the message when it failed.
    expect(run.status === 0 ? 0 : run.stderr).toBe(0);
    const announced = () => onB.received.findIndex((c) => c.kind === 'DOCUMENT_ADDED');
    await until(() => announced() >= 0, 'DOCUMENT_ADDED on B');
    expect(onB.received[announced()]?.document).toEqual({
      id: 'replica-doc',
      title: 'Two replicas, one graph',
    });
    await until(
      () => onB.received.slice(announced()).some((c) => c.kind === 'LOADED'),
      'LOADED on B',
    );
  });
});

describe('rate limits with a shared broker', () => {
  it("a client's allowance is one, whichever replica it reaches; other clients are not limited", async () => {
    let allowed = 0;
    let refused: Answer | undefined;
    for (let i = 0; i < 2 * RATE_LIMIT && !refused; i++) {
      const answer = await post(
        i % 2 === 0 ? a.url : b.url,
        '{ __typename }',
        {},
        { authorization: CAROL },
      );
      if (answer.status === 429) refused = answer;
      else allowed++;
    }
    expect(allowed).toBe(RATE_LIMIT);
    expect(refused?.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(refused?.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    for (const replica of [a, b])
      expect((await post(replica.url, '{ __typename }')).status).toBe(200);
  });
});

describe('broker loss', () => {
  it('without Redis the replicas serve reads and say live updates are degraded; when it returns they resume', async () => {
    const onB = await subscribeOn(b);
    const { port } = redis;
    const stopped = Date.now();
    await redis.stop();
    for (const replica of [a, b]) {
      await until(
        async () => (await ready(replica.url)).body.liveUpdates === 'degraded',
        'degraded',
      );
    }
    const degradedMs = Date.now() - stopped;
    await expect(ready(b.url)).resolves.toEqual({
      status: 200,
      body: { status: 'ready', neo4j: 'up', liveUpdates: 'degraded' },
    });

    // Writes and reads go on; B does not answer from its cache while it cannot hear A's writes.
    await post(b.url, VANCE);
    const during = await assertThrough(a, 'vance', 'waltz');
    const read = await post(b.url, VANCE);
    expect(read.headers.get('x-stancegraph-cache')).toBeNull();
    const relations = (read.body.data?.actor as { relations: Array<{ id: string }> }).relations;
    expect(relations.map((r) => r.id)).toContain(during.id);

    const restarted = Date.now();
    redis = await startLocalRedis({ port });
    for (const replica of [a, b]) {
      await until(async () => (await ready(replica.url)).body.liveUpdates === 'live', 'live again');
    }
    const liveMs = Date.now() - restarted;
    // B's subscribers are told to refetch: what A changed meanwhile never reached them.
    await until(() => onB.received.some((c) => c.kind === 'LOADED'), 'LOADED on B');
    const after = await assertThrough(a, 'waltz', 'rubio');
    await until(
      () => changeAbout(onB, 'RELATION_ASSERTED', after.id) !== undefined,
      'the change on B',
    );
    expect(changeAbout(onB, 'RELATION_ASSERTED', during.id)).toBeUndefined();
    process.stderr.write(
      `broker loss: both replicas degraded ${degradedMs} ms after Redis stopped; live ${liveMs} ms after it restarted\n`,
    );
  });
});
