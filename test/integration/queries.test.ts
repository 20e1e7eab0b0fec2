/**
 * The analyst queries — relation and stance connections, neighbourhoods,
 * paths, topic positions, the stance matrix and stance history — against the
 * loaded article and against a small synthetic graph whose answers are known
 * by construction. Arguments refused before any Cypher runs are in
 * test/unit/arguments.test.ts.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { loadDataset } from '../../src/load';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import { expectData, expectErrorCode, openTestApi, type TestApi } from '../harness/api';
import { writeSynthetic } from '../harness/synthetic';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../src/gen/generate';
import type {
  NeighborhoodQuery,
  OrderDirection,
  RelationFilter,
  RelationOrderField,
  RelationsQuery,
  RelationsQueryVariables,
  StanceMatrixQuery,
  StanceOrderField,
  StancesQuery,
  StancesQueryVariables,
  DocumentPagesQuery,
  DocumentPagesQueryVariables,
  DocumentListQuery,
} from '../generated/operations';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await openTestApi(graph);
});
afterAll(async () => {
  await api.stop();
  await graph.close();
});

type Page = RelationsQuery;

const RELATIONS: TypedDocumentNode<RelationsQuery, RelationsQueryVariables> = gql`
  query Relations($filter: RelationFilter, $first: Int, $after: String, $orderBy: RelationOrder) {
    relations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          confidence
          effectiveDate
          source {
            id
          }
          target {
            id
          }
        }
      }
    }
  }
`;

async function walk(variables: RelationsQueryVariables, first: number) {
  const seen: Page['relations']['edges'][number]['node'][] = [];
  let after: string | null | undefined = null;
  let total = -1;
  for (let pages = 0; pages < 100; pages++) {
    const data: Page = expectData(await api.query(RELATIONS, { ...variables, first, after }));
    total = data.relations.totalCount;
    seen.push(...data.relations.edges.map((e) => e.node));
    if (!data.relations.pageInfo.hasNextPage) break;
    after = data.relations.pageInfo.endCursor;
  }
  return { seen, total };
}

/** Every field and direction relations and stances can be ordered by (the two enums share their values). */
const EVERY_ORDER: Array<[RelationOrderField & StanceOrderField, OrderDirection]> = [
  ['CONFIDENCE', 'DESC'],
  ['CONFIDENCE', 'ASC'],
  ['DATE', 'ASC'],
  ['DATE', 'DESC'],
  ['ID', 'ASC'],
  ['ID', 'DESC'],
];
describe('on a synthetic graph', () => {
  // A chain a0 → a1 → … → a9 (confidence rising along it, dates one month apart), a spur a3 → s1,
  // and an island pair i1 → i2 that no path reaches.
  const chain = Array.from({ length: 10 }, (_, i) => `a${i}`);
  beforeAll(async () => {
    await clearGraph(graph);
    const edges = [
      ...chain.slice(0, -1).map((a, i) => ({
        source: a,
        target: chain[i + 1],
        confidence: 0.5 + i * 0.05,
        date: `2024-${String(i + 1).padStart(2, '0')}-15`,
        type: i % 2 === 0 ? ('SUPPORTS' as const) : ('CRITICIZES' as const),
      })),
      { source: 'a3', target: 's1', confidence: 0.9, type: 'WORRIES_ABOUT' as const },
      { source: 'i1', target: 'i2', confidence: 0.7 },
    ];
    const stances: Array<[string, string, 'SUPPORTS' | 'OPPOSES' | 'WORRIES_ABOUT']> = [
      ['a0', 'peace', 'SUPPORTS'],
      ['a1', 'peace', 'OPPOSES'],
      ['a2', 'peace', 'WORRIES_ABOUT'],
      ['a2', 'trade', 'SUPPORTS'],
    ];
    await loadDataset(graph, [
      await writeSynthetic({ actors: [...chain, 's1', 'i1', 'i2'], edges, stances }),
    ]);
  });

  it.each(EVERY_ORDER)(
    'pages through every relation once, in %s %s order',
    async (field, direction) => {
      const { seen, total } = await walk({ orderBy: { field, direction } }, 3);
      expect(total).toBe(11);
      expect(seen.map((r) => r.id).sort()).toEqual([...new Set(seen.map((r) => r.id))].sort());
      expect(seen).toHaveLength(11);
      const keys = seen.map((r) =>
        field === 'CONFIDENCE' ? r.confidence : field === 'DATE' ? r.effectiveDate : r.id,
      );
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    },
  );

  it.each([
    [{ types: ['CRITICIZES'] }, 4],
    [{ sourceIds: ['a3'] }, 2],
    [{ targetIds: ['a3'] }, 1],
    [{ actorIds: ['a3'] }, 3],
    [{ minConfidence: 0.8 }, 4],
    [{ from: '2024-03-01', to: '2024-05-31' }, 3],
    [{ topicIds: ['trade'] }, 2],
    [{ polarities: ['NEGATIVE'] }, 0],
    [{ documentIds: ['synthetic-doc'] }, 11],
    [{ documentIds: ['elsewhere'] }, 0],
  ] satisfies Array<[RelationFilter, number]>)(
    'filters %j to %i relations',
    async (filter, expected) => {
      const { seen, total } = await walk({ filter }, 100);
      expect(total).toBe(expected);
      expect(seen).toHaveLength(expected);
    },
  );

  it('refuses a cursor from another ordering', async () => {
    const first: Page = expectData(await api.query(RELATIONS, { first: 2 }));
    const result = await api.query(RELATIONS, {
      first: 2,
      after: first.relations.pageInfo.endCursor,
      orderBy: { field: 'DATE', direction: 'ASC' },
    });
    expect(expectErrorCode(result, 'BAD_USER_INPUT').message).toContain('another ordering');
  });

  const NEIGHBORHOOD = gql`
    query Neighborhood($id: ID!, $depth: Int, $types: [RelationType!], $min: Float) {
      neighborhood(actorId: $id, depth: $depth, types: $types, minConfidence: $min) {
        center {
          id
        }
        depth
        actors {
          id
        }
        relations {
          id
          source {
            id
          }
          target {
            id
          }
        }
        stances {
          id
        }
        topics {
          id
        }
      }
    }
  `;
  type Hood = NeighborhoodQuery;

  it.each([
    [1, ['a2', 'a3', 'a4', 's1']],
    [2, ['a1', 'a2', 'a3', 'a4', 'a5', 's1']],
    [3, ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 's1']],
  ])(
    'neighbourhood of a3 at depth %i holds the actors within that many hops, each once',
    async (depth, expected) => {
      const data = expectData(await api.query<Hood>(NEIGHBORHOOD, { id: 'a3', depth }));
      const ids = data.neighborhood.actors.map((a) => a.id);
      expect([...ids].sort()).toEqual(expected);
      expect(new Set(ids).size).toBe(ids.length);
      const relationIds = data.neighborhood.relations.map((r) => r.id);
      expect(new Set(relationIds).size).toBe(relationIds.length);
      for (const r of data.neighborhood.relations) {
        expect(ids).toContain(r.source.id);
        expect(ids).toContain(r.target.id);
      }
    },
  );

  it('neighbourhood follows only the given types and confidence', async () => {
    const byType = expectData(
      await api.query<Hood>(NEIGHBORHOOD, { id: 'a3', depth: 3, types: ['WORRIES_ABOUT'] }),
    );
    expect(byType.neighborhood.actors.map((a) => a.id).sort()).toEqual(['a3', 's1']);
    // Confidences along the chain: a2→a3 0.60, a3→a4 0.65, a4→a5 0.70, a5→a6 0.75; a3→s1 0.9.
    const at = async (min: number) =>
      expectData(await api.query<Hood>(NEIGHBORHOOD, { id: 'a3', depth: 3, min }))
        .neighborhood.actors.map((a) => a.id)
        .sort();
    expect(await at(0.68)).toEqual(['a3', 's1']);
    expect(await at(0.64)).toEqual(['a3', 'a4', 'a5', 'a6', 's1']);
  });

  it('neighbourhood includes the actors’ stances and their topics', async () => {
    const data = expectData(await api.query<Hood>(NEIGHBORHOOD, { id: 'a1', depth: 1 }));
    expect(data.neighborhood.stances).toHaveLength(4);
    expect(data.neighborhood.topics.map((t) => t.id).sort()).toEqual(['peace', 'trade']);
  });

  it.each([
    [{ id: 'a3', depth: 0 }, 'BAD_USER_INPUT', 'depth'],
    [{ id: 'a3', depth: 4 }, 'BAD_USER_INPUT', 'depth'],
    [{ id: 'nobody', depth: 1 }, 'NOT_FOUND', 'actorId'],
  ])('neighbourhood refuses %j with %s', async (variables, code, argument) => {
    expect(expectErrorCode(await api.query(NEIGHBORHOOD, variables), code).message).toContain(
      argument,
    );
  });

  const PATH = gql`
    query ShortestPath(
      $from: ID!
      $to: ID!
      $maxHops: Int
      $direction: RelationDirection
      $types: [RelationType!]
    ) {
      shortestPath(
        fromId: $from
        toId: $to
        maxHops: $maxHops
        direction: $direction
        types: $types
      ) {
        length
        actors {
          id
        }
        relations {
          id
        }
      }
    }
  `;
  type P = {
    shortestPath: { length: number; actors: { id: string }[]; relations: { id: string }[] } | null;
  };

  it.each([
    [{ from: 'a0', to: 'a4' }, ['a0', 'a1', 'a2', 'a3', 'a4']],
    [{ from: 'a4', to: 'a0' }, ['a4', 'a3', 'a2', 'a1', 'a0']],
    [{ from: 'a0', to: 'a4', direction: 'OUT' }, ['a0', 'a1', 'a2', 'a3', 'a4']],
    [{ from: 's1', to: 'a2' }, ['s1', 'a3', 'a2']],
    [{ from: 'a2', to: 'a2' }, ['a2']],
  ])('shortestPath %j', async (variables, expected) => {
    const data = expectData(await api.query<P>(PATH, variables));
    expect(data.shortestPath?.actors.map((a) => a.id)).toEqual(expected);
    expect(data.shortestPath?.length).toBe(expected.length - 1);
    expect(data.shortestPath?.relations).toHaveLength(expected.length - 1);
  });

  it.each([
    [{ from: 'a0', to: 'i1' }],
    [{ from: 'a4', to: 'a0', direction: 'OUT' }],
    [{ from: 'a0', to: 'a6', maxHops: 5 }],
    [{ from: 'a0', to: 'a4', types: ['SUPPORTS'] }],
  ])('shortestPath %j is null, not an error', async (variables) => {
    const result = await api.query<P>(PATH, variables);
    expect(expectData(result).shortestPath).toBeNull();
  });

  it('shortestPath names an unknown actor and a bad maxHops', async () => {
    expect(
      expectErrorCode(await api.query(PATH, { from: 'a0', to: 'ghost' }), 'NOT_FOUND').message,
    ).toContain('toId');
    expect(
      expectErrorCode(await api.query(PATH, { from: 'a0', to: 'a1', maxHops: 7 }), 'BAD_USER_INPUT')
        .message,
    ).toContain('maxHops');
  });

  it('allShortestPaths returns every shortest chain and an empty list when none', async () => {
    const ALL = gql`
      query AllShortestPaths($from: ID!, $to: ID!) {
        allShortestPaths(fromId: $from, toId: $to) {
          length
          actors {
            id
          }
        }
      }
    `;
    const some = expectData(
      await api.query<{ allShortestPaths: { length: number }[] }>(ALL, { from: 'a0', to: 'a2' }),
    );
    expect(some.allShortestPaths.map((p) => p.length)).toEqual([2]);
    const none = expectData(
      await api.query<{ allShortestPaths: unknown[] }>(ALL, { from: 'a0', to: 'i2' }),
    );
    expect(none.allShortestPaths).toEqual([]);
  });

  it('the stance matrix has a row per actor and a cell per topic, scored', async () => {
    const MATRIX = gql`
      query StanceMatrix($topics: [ID!], $actors: [ID!]) {
        stanceMatrix(topicIds: $topics, actorIds: $actors) {
          topics {
            id
          }
          rows {
            actor {
              id
            }
            cells {
              position
              score
              confidence
            }
          }
        }
      }
    `;
    type M = StanceMatrixQuery;
    const data = expectData(
      await api.query<M>(MATRIX, { topics: ['peace', 'trade'], actors: ['a0', 'a2', 'a9'] }),
    );
    expect(data.stanceMatrix.topics.map((t) => t.id)).toEqual(['peace', 'trade']);
    const grid = data.stanceMatrix.rows.map((r) => [
      r.actor.id,
      ...r.cells.map((c) => (c ? `${c.position}:${c.score}` : null)),
    ]);
    expect(grid).toEqual([
      ['a0', 'SUPPORTS:0.7', null],
      ['a2', 'WORRIES_ABOUT:-0.35', 'SUPPORTS:0.7'],
      ['a9', null, null],
    ]);
    const all = expectData(await api.query<M>(MATRIX, {}));
    expect(all.stanceMatrix.rows.map((r) => r.actor.id).sort()).toEqual(['a0', 'a1', 'a2']);
    expectErrorCode(await api.query(MATRIX, { topics: ['nope'] }), 'NOT_FOUND');
  });

  it('a topic lists its supporters, opponents and worried actors with counts', async () => {
    const TOPIC = gql`
      query TopicPositions {
        topic(id: "peace") {
          supporters {
            id
          }
          opponents {
            id
          }
          worried {
            id
          }
          counts {
            supports
            opposes
            worriesAbout
            undecided
            total
          }
        }
      }
    `;
    const data = expectData(await api.query<{ topic: Record<string, unknown> }>(TOPIC));
    expect(data.topic).toEqual({
      supporters: [{ id: 'a0' }],
      opponents: [{ id: 'a1' }],
      worried: [{ id: 'a2' }],
      counts: { supports: 1, opposes: 1, worriesAbout: 1, undecided: 0, total: 3 },
    });
  });
});

const STANCES: TypedDocumentNode<StancesQuery, StancesQueryVariables> = gql`
  query Stances($filter: StanceFilter, $first: Int, $after: String, $orderBy: StanceOrder) {
    stances(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          confidence
          effectiveDate
        }
      }
    }
  }
`;

type StanceNode = StancesQuery['stances']['edges'][number]['node'];

async function walkStances(variables: StancesQueryVariables, first: number) {
  const seen: StanceNode[] = [];
  let after: string | null | undefined = null;
  for (let pages = 0; pages < 100; pages++) {
    const data: StancesQuery = expectData(await api.query(STANCES, { ...variables, first, after }));
    seen.push(...data.stances.edges.map((e) => e.node));
    if (!data.stances.pageInfo.hasNextPage) break;
    after = data.stances.pageInfo.endCursor;
  }
  return seen;
}

/** The order a StanceOrder promises: the field's value that way, ties by id (descending for ID DESC). */
function stanceOrder(field: StanceOrderField, direction: OrderDirection) {
  const value = (s: StanceNode) =>
    field === 'CONFIDENCE' ? s.confidence : field === 'DATE' ? s.effectiveDate : s.id;
  const sign = direction === 'ASC' ? 1 : -1;
  const byId = field === 'ID' && direction === 'DESC' ? -1 : 1;
  return (a: StanceNode, b: StanceNode) => {
    const [x, y] = [value(a), value(b)];
    if (x !== y) return x < y ? -sign : sign;
    return a.id < b.id ? -byId : a.id > b.id ? byId : 0;
  };
}

describe('on the article', () => {
  beforeAll(async () => {
    await clearGraph(graph);
    await loadDemo(graph);
  });

  it.each(EVERY_ORDER)(
    'pages through every stance once, in %s %s order, ties by id',
    async (field, direction) => {
      const seen = await walkStances({ orderBy: { field, direction } }, 3);
      expect(seen).toHaveLength(16);
      expect(new Set(seen.map((s) => s.id)).size).toBe(16);
      expect(seen.map((s) => s.id)).toEqual(
        [...seen].sort(stanceOrder(field, direction)).map((s) => s.id),
      );
    },
  );

  it('answers stances without orderBy exactly as before: most confident first, the same cursors', async () => {
    const plain = expectData(await api.query(STANCES, { first: 5 }));
    const explicit = expectData(
      await api.query(STANCES, { first: 5, orderBy: { field: 'CONFIDENCE', direction: 'DESC' } }),
    );
    expect(explicit).toEqual(plain);
    const nodes = plain.stances.edges.map((e) => e.node);
    expect(nodes.map((s) => s.id)).toEqual(
      [...nodes].sort(stanceOrder('CONFIDENCE', 'DESC')).map((s) => s.id),
    );
    expect(nodes[0]?.id).toBe('stance-trump-ending-the-war');
    // The cursor is today's: the ordering's name, the negated confidence, the id.
    const cursor = plain.stances.edges[0]?.cursor ?? '';
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual([
      'CONFIDENCE:DESC',
      -0.95,
      'stance-trump-ending-the-war',
    ]);
  });

  it('refuses a stance cursor from another ordering', async () => {
    const first = expectData(await api.query(STANCES, { first: 2 }));
    const result = await api.query(STANCES, {
      first: 2,
      after: first.stances.pageInfo.endCursor,
      orderBy: { field: 'DATE', direction: 'ASC' },
    });
    expect(expectErrorCode(result, 'BAD_USER_INPUT').message).toContain('another ordering');
  });

  it('connects Hegseth to Zelensky only through offices', async () => {
    const PATH = gql`
      query ShortestPathThroughOffices($roles: Boolean) {
        shortestPath(fromId: "hegseth", toId: "zelensky", includeRoles: $roles) {
          length
          actors {
            id
          }
          steps {
            relation {
              type
            }
            role {
              holder {
                id
              }
              title
              organization {
                id
              }
            }
          }
        }
      }
    `;
    type R = {
      shortestPath: {
        length: number;
        actors: { id: string }[];
        steps: {
          relation: { type: string } | null;
          role: { holder: { id: string }; organization: { id: string } } | null;
        }[];
      } | null;
    };
    expect(expectData(await api.query<R>(PATH, { roles: false })).shortestPath).toBeNull();
    const path = expectData(await api.query<R>(PATH, { roles: true })).shortestPath;
    expect(path?.length).toBe(3);
    expect(path?.actors[0]?.id).toBe('hegseth');
    expect(path?.steps[0]?.role?.organization.id).toBe('us-government');
    expect(path?.steps.at(-1)?.relation?.type).toBeDefined();
  });

  it('lists Zelensky’s relations in both directions with totalCount', async () => {
    const { seen, total } = await walk({ filter: { actorIds: ['zelensky'] } }, 2);
    expect(seen).toHaveLength(total);
    for (const r of seen) expect([r.source.id, r.target.id]).toContain('zelensky');
    expect(seen.map((r) => r.id)).toContain('rel-trump-called-zelensky');
  });

  it('gives Hegseth’s NATO stance history and the stances connection', async () => {
    const Q = gql`
      query StanceHistory {
        stanceHistory(actorId: "hegseth", topicId: "ukraine-nato-membership") {
          id
          position
        }
        stances(filter: { topicIds: ["ukraine-nato-membership"] }) {
          totalCount
          edges {
            node {
              actor {
                id
              }
              position
            }
          }
        }
      }
    `;
    const data = expectData(
      await api.query<{
        stanceHistory: { position: string }[];
        stances: {
          totalCount: number;
          edges: { node: { actor: { id: string }; position: string } }[];
        };
      }>(Q),
    );
    expect(data.stanceHistory.map((s) => s.position)).toEqual(['OPPOSES']);
    expect(data.stances.edges.map((e) => `${e.node.actor.id}:${e.node.position}`)).toContain(
      'hegseth:OPPOSES',
    );
    expect(data.stances.totalCount).toBe(data.stances.edges.length);
  });
});

const DOCUMENT_PAGES: TypedDocumentNode<DocumentPagesQuery, DocumentPagesQueryVariables> = gql`
  query DocumentPages($first: Int, $after: String) {
    documentsConnection(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          publishedAt
        }
      }
    }
  }
`;
const DOCUMENT_LIST: TypedDocumentNode<DocumentListQuery> = gql`
  query DocumentList {
    documents(first: 1000) {
      id
    }
  }
`;

describe('documentsConnection, on a generated corpus', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stancegraph-documents-'));
    generateCorpus({ actors: 30, relations: 60, documents: 23, seed: 7 }, dir);
    await clearGraph(graph);
    await loadDataset(graph, [dir]);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('pages through every document once, in the order of the plain documents list', async () => {
    const list = expectData(await api.query(DOCUMENT_LIST)).documents.map((d) => d.id);
    expect(list.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let pages = 0; pages < 50; pages++) {
      const data: DocumentPagesQuery = expectData(
        await api.query(DOCUMENT_PAGES, { first: 4, after }),
      );
      expect(data.documentsConnection.totalCount).toBe(list.length);
      seen.push(...data.documentsConnection.edges.map((e) => e.node.id));
      if (!data.documentsConnection.pageInfo.hasNextPage) break;
      after = data.documentsConnection.pageInfo.endCursor;
    }
    expect(seen).toEqual(list);
  });

  it('refuses a cursor from another connection, naming `after`', async () => {
    const after = Buffer.from(JSON.stringify(['CONFIDENCE:DESC', -0.9, 'x'])).toString('base64url');
    const result = await api.query(DOCUMENT_PAGES, { first: 2, after });
    expect(expectErrorCode(result, 'BAD_USER_INPUT').extensions?.argumentName).toBe('after');
  });
});
