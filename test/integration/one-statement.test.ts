/**
 * One statement per request: for every shape the root resolvers read as one
 * tree (src/graphql/tree/), the answer is the same JSON as the loader path's
 * (the fallback, forced with `oneStatement: false`), and the round-trip
 * counter reads 1. On the seed article and on a generated corpus (src/gen).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Graph } from '../../src/db/graph';
import { createApollo } from '../../src/graphql/server';
import { createContext, type Context } from '../../src/graphql/context';
import { generateCorpus } from '../../src/gen/generate';
import { loadDataset } from '../../src/load';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import { silentLogger } from '../harness/api';
import { writeSynthetic } from '../harness/synthetic';

type Vars = Record<string, unknown>;

interface Shape {
  name: string;
  query: string;
  /** Statements the loader path sends, at least (so the comparison is with a real fallback). */
  fallbackAtLeast: number;
}

const EVIDENCE = 'evidence { id quote start end document { id title publishedAt } }';

/** The shapes dashboards send (bench/lib/queries.ts), with the nested parts the trees read. */
const SHAPES: Shape[] = [
  {
    name: 'actor by name',
    query: 'query($name: String!) { actor(name: $name) { id name kind aliases } }',
    fallbackAtLeast: 1,
  },
  {
    name: 'actor with relations, their ends, evidence and documents',
    query: `query($id: ID!) { actor(id: $id) { id name kind aliases
      relations { id type polarity confidence date effectiveDate method source { id name } target { id name kind }
        retraction { reason } cameo { code } ${EVIDENCE} } } }`,
    fallbackAtLeast: 4,
  },
  {
    name: 'actor with filtered relations, stances, topics and quoted texts',
    query: `query($id: ID!) { actor(id: $id) { name
      relations(direction: OUT, types: [CALLED, SUPPORTS, OPPOSES, CRITICIZES, SPOKE_WITH], first: 3) { id target { name } }
      stances { id position confidence topic { id name } evidence { quote document { title text } } } } }`,
    fallbackAtLeast: 4,
  },
  {
    name: "a topic's positions",
    query: `query($topic: ID!) { topic(id: $topic) { id name supporters { id name } opponents { id name }
      worried { id name } counts { supports opposes worriesAbout undecided total } } }`,
    fallbackAtLeast: 2,
  },
  {
    name: 'a topic with its stances, their actors, evidence and concerns',
    query: `query($topic: ID!) { topic(id: $topic) { name concerns { name }
      stances { id position actor { id name kind } topic { name } ${EVIDENCE} } } }`,
    fallbackAtLeast: 3,
  },
  {
    name: 'relations page with both ends and evidence',
    query: `query($after: String) { relations(filter: {minConfidence: 0.5}, first: 20, after: $after) {
      edges { cursor node { id type polarity confidence source { id name } target { id name } ${EVIDENCE} } }
      pageInfo { hasNextPage endCursor } } }`,
    fallbackAtLeast: 4,
  },
  {
    name: "an actor's relations page",
    query: `query($id: ID!) { relations(filter: {actorIds: [$id]}, first: 10, orderBy: {field: DATE, direction: ASC}) {
      edges { node { id source { name } target { name } } } pageInfo { hasNextPage } } }`,
    fallbackAtLeast: 2,
  },
  {
    name: "one source's relations page, most confident first",
    query: `query($id: ID!, $after: String) { relations(filter: {sourceIds: [$id], types: [CALLED, SUPPORTS, OPPOSES, CRITICIZES, SPOKE_WITH, MEETS],
      minConfidence: 0.3}, first: 3, after: $after) {
      edges { cursor node { id type confidence source { id name } target { id name } } } pageInfo { hasNextPage endCursor } } }`,
    fallbackAtLeast: 2,
  },
  {
    name: 'lean relations (only id, type, polarity, confidence, ends, evidence selected)',
    query: `query($id: ID!) { actor(id: $id) { id relations { id type polarity confidence source { id name } target { id }
      evidence { id document { id title } } } } }`,
    fallbackAtLeast: 3,
  },
  {
    name: 'stances page with actors, topics and evidence',
    query: `{ stances(first: 20) { edges { cursor node { id position actor { id name } topic { id name }
      ${EVIDENCE} } } pageInfo { hasNextPage } } }`,
    fallbackAtLeast: 4,
  },
  {
    name: 'stances page by date, ties by id',
    query: `query($after: String) { stances(first: 7, after: $after, orderBy: {field: DATE, direction: ASC}) {
      edges { cursor node { id confidence effectiveDate actor { id } topic { id } } } pageInfo { hasNextPage endCursor } } }`,
    fallbackAtLeast: 3,
  },
  {
    name: 'stances page by id descending',
    query: `query($after: String) { stances(first: 7, after: $after, orderBy: {field: ID, direction: DESC}) {
      edges { cursor node { id position actor { name } ${EVIDENCE} } } pageInfo { hasNextPage endCursor } } }`,
    fallbackAtLeast: 3,
  },
  {
    name: 'neighbourhood with stances and topics',
    query: `query($id: ID!) { neighborhood(actorId: $id, depth: 2) { center { name }
      actors { id name kind } relations { id type source { id } target { id } }
      stances { id actor { name } topic { name } } topics { id name } } }`,
    fallbackAtLeast: 2,
  },
  {
    name: 'shortest path',
    query: `query($id: ID!, $to: ID!) { shortestPath(fromId: $id, toId: $to, maxHops: 4) {
      length actors { id name } relations { id type source { name } } } }`,
    fallbackAtLeast: 2,
  },
  {
    name: 'a document without its text',
    query: 'query($doc: ID!) { document(id: $doc) { id title publishedAt url } }',
    fallbackAtLeast: 1,
  },
  {
    name: 'newest documents without their text',
    query: '{ documents(first: 5) { id title publishedAt } }',
    fallbackAtLeast: 1,
  },
];

let graph: Graph;
let apollo: ApolloServer<Context>;

beforeAll(async () => {
  graph = await openTestGraph();
  apollo = createApollo({ graph, logger: silentLogger(), production: false });
  await apollo.start();
}, 180_000);

afterAll(async () => {
  await apollo.stop();
  await graph.close();
});

/** Runs `query` in a fresh request context, counting the statements it sends. */
async function run(query: string, variables: Vars, oneStatement: boolean) {
  const statements: string[] = [];
  const stop = graph.onStatement((name) => statements.push(name));
  try {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(graph, 'one-statement-test', { oneStatement }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    // Stack traces name the lines they pass through, which differ between the two paths.
    const shown = errors?.map(({ extensions, ...e }) => ({ ...e, code: extensions?.code }));
    return { json: JSON.stringify({ data, errors: shown }), data, errors, statements };
  } finally {
    stop();
  }
}

/** Parameters read through the API: a well-connected actor, a path's far end, a busy topic, a document. */
async function pickVariables(): Promise<Vars> {
  const { data } = await run(
    `{ rankings(metric: DEGREE, first: 2) { actor { id name } }
       stances(first: 1) { edges { node { topic { id } } } }
       documents(first: 1) { id } }`,
    {},
    false,
  );
  const picked = data as {
    rankings: Array<{ actor: { id: string; name: string } }>;
    stances: { edges: Array<{ node: { topic: { id: string } } }> };
    documents: Array<{ id: string }>;
  };
  const [hub, other] = picked.rankings;
  return {
    id: hub?.actor.id,
    name: hub?.actor.name.toUpperCase(),
    to: other?.actor.id,
    topic: picked.stances.edges[0]?.node.topic.id,
    doc: picked.documents[0]?.id,
  };
}

function checkShapes(variables: () => Vars) {
  it.each(SHAPES.map((s) => [s.name, s] as const))(
    '%s: the same JSON as the loader path, in one statement',
    async (_name, shape) => {
      const vars = variables();
      const tree = await run(shape.query, vars, true);
      const fallback = await run(shape.query, vars, false);
      expect(tree.errors).toBeUndefined();
      expect(tree.json).toBe(fallback.json);
      expect(tree.statements).toHaveLength(1);
      expect(fallback.statements.length).toBeGreaterThanOrEqual(shape.fallbackAtLeast);
    },
  );
}

describe('on the seed article', () => {
  let variables: Vars = {};
  beforeAll(async () => {
    await clearGraph(graph);
    await loadDemo(graph);
    variables = await pickVariables();
    // The article's own actors, so the shapes meet evidence, stances and a path.
    variables = { ...variables, id: 'trump', name: 'President Trump', to: 'zelensky' };
  }, 180_000);
  checkShapes(() => variables);

  it('answers the next relations page the same way too', async () => {
    const first = await run(SHAPES[5].query, variables, true);
    const after = (first.data as { relations: { pageInfo: { endCursor: string } } }).relations
      .pageInfo.endCursor;
    const tree = await run(SHAPES[5].query, { after }, true);
    expect(tree.json).toBe((await run(SHAPES[5].query, { after }, false)).json);
  });

  it.each(['stances page by date, ties by id', 'stances page by id descending'])(
    'answers the next pages of the %s the same way too',
    async (name) => {
      const query = SHAPES.find((s) => s.name === name)?.query ?? '';
      let after: string | null = null;
      for (let page = 0; page < 4; page++) {
        const tree = await run(query, { after }, true);
        expect(tree.errors).toBeUndefined();
        expect(tree.json).toBe((await run(query, { after }, false)).json);
        const info = (
          tree.data as { stances: { pageInfo: { hasNextPage: boolean; endCursor: string } } }
        ).stances.pageInfo;
        if (!info.hasNextPage) return;
        after = info.endCursor;
      }
      throw new Error('expected the last page within 4 pages of 7');
    },
  );

  it("answers one source's next relations pages the same way too", async () => {
    const shape = SHAPES.find((s) => s.name.startsWith("one source's"));
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const tree = await run(shape?.query ?? '', { ...variables, after }, true);
      expect(tree.json).toBe((await run(shape?.query ?? '', { ...variables, after }, false)).json);
      const info = (
        tree.data as { relations: { pageInfo: { hasNextPage: boolean; endCursor: string } } }
      ).relations.pageInfo;
      if (!info.hasNextPage) break;
      after = info.endCursor;
    }
  });

  it('reads relations whole when another field of the request selects more of them', async () => {
    // The actor's relations alone would be read lean; the page's fragment asks for more of a
    // relation, and both fill the same loaders, so the actor's must be read whole too.
    const query = `query($id: ID!) { actor(id: $id) { relations { id type source { id } } }
      relations(filter: {actorIds: [$id]}, first: 5) { edges { node { ...More } } } }
      fragment More on Relation { id note method date effectiveDate retraction { reason } }`;
    const tree = await run(query, variables, true);
    expect(tree.errors).toBeUndefined();
    expect(tree.json).toBe((await run(query, variables, false)).json);
    expect(tree.statements).toHaveLength(2);
  });

  it("answers a topic's positions beside its whole stances in the same request in full", async () => {
    // The positions statement reads only each stance's position and holder; the other root field
    // must still get whole stances and holders, not what the lean one put in the loaders.
    const query = `query($topic: ID!) {
      lean: topic(id: $topic) { supporters { id name } opponents { id } counts { total } }
      full: topic(id: $topic) { stances { id position confidence summary actor { id name kind description } } } }`;
    const tree = await run(query, variables, true);
    expect(tree.errors).toBeUndefined();
    expect(tree.json).toBe((await run(query, variables, false)).json);
    expect([...tree.statements].sort()).toEqual(['tree/topic', 'tree/topic-positions']);
    const full = (tree.data as { full: { stances: Array<{ summary: string | null }> } }).full;
    expect(full.stances.length).toBeGreaterThan(0);
  });

  it('finds no actor, topic or path the same way as the loader path', async () => {
    for (const [query, vars] of [
      [SHAPES[1].query, { id: 'nobody' }],
      [SHAPES[4].query, { topic: 'nothing' }],
      [SHAPES[9].query, { id: 'trump', to: 'nobody' }],
    ] as const) {
      expect((await run(query, vars, true)).json).toBe((await run(query, vars, false)).json);
    }
  });
});

describe('on a generated corpus', () => {
  let variables: Vars = {};
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stancegraph-one-statement-'));
    generateCorpus({ actors: 200, relations: 1500, documents: 40, seed: 5 }, dir);
    await clearGraph(graph);
    await loadDataset(graph, [dir]);
    variables = await pickVariables();
  }, 300_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));
  checkShapes(() => variables);
});

describe('a hub', () => {
  const HUB_DEGREE = 3000;
  beforeAll(async () => {
    const others = Array.from({ length: HUB_DEGREE }, (_, i) => `spoke-${i}`);
    const edges = others.map((target) => ({ source: 'hub', target }));
    await clearGraph(graph);
    await loadDataset(graph, [await writeSynthetic({ actors: ['hub', ...others], edges })]);
  }, 300_000);

  it.each([true, false])(
    'answers `actor { relations { id } }` with the default first 50 (one statement: %s)',
    async (oneStatement) => {
      const { data, errors } = await run(
        '{ actor(id: "hub") { relations { id } } }',
        {},
        oneStatement,
      );
      expect(errors).toBeUndefined();
      expect((data as { actor: { relations: unknown[] } }).actor.relations).toHaveLength(50);
    },
  );

  it('refuses a first over the maximum, naming the argument', async () => {
    const { errors } = await run(
      '{ actor(id: "hub") { relations(first: 5000) { id } } }',
      {},
      true,
    );
    expect(errors?.[0]?.message).toBe('first: must be between 1 and 1000; got 5000');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
