/**
 * `node(id:)` and the `Node` and `Assertion` interfaces (schema.graphql),
 * against the demo article: for each kind, `node` answers the same fields as
 * the kind's own query; `... on Assertion` selects the shared fields of a
 * relation and of a stance; an unknown id is null, an impossible one refused.
 */
import gql from 'graphql-tag';
import { parse, type DocumentNode } from 'graphql';
import type { Graph } from '../../src/db/graph';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import { expectData, expectErrorCode, openTestApi, type TestApi } from '../harness/api';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  api = await openTestApi(graph);
});
afterAll(async () => {
  await api.stop();
  await graph.close();
});

type Row = Record<string, unknown>;

/** The fields each kind is compared on, as one fragment used by both queries. */
const FIELDS: Record<string, string> = {
  Actor:
    'id name kind aliases wikidataId description roles { title organization { id } } stances { id }',
  Topic: 'id name description concerns { id } counts { supports opposes total } stances { id }',
  Document: 'id title publishedAt url publisher text references',
  Relation:
    'id type polarity confidence date validFrom validTo details note method effectiveDate source { id } target { id } evidence { id quote start end document { id } } cameo { code } retraction { reason }',
  Stance:
    'id position polarity confidence summary validFrom validTo note method effectiveDate actor { id } topic { id } evidence { id quote start end } retraction { reason }',
  Evidence:
    'id quote start end document { id title } subject { __typename ... on Stance { id position } ... on Relation { id type } }',
};

/** The kind's own query for one id (evidence has none: it is read through its assertion). */
function ownQuery(kind: string): DocumentNode {
  const field = kind.charAt(0).toLowerCase() + kind.slice(1);
  return parse(
    `query Own($id: ID!) { ${field}(id: $id) { ...F } } fragment F on ${kind} { ${FIELDS[kind]} }`,
  );
}

function nodeQuery(kind: string): DocumentNode {
  return parse(
    `query N($id: ID!) { node(id: $id) { __typename id ...F } } fragment F on ${kind} { ${FIELDS[kind]} }`,
  );
}

async function node(kind: string, id: string): Promise<Row | null> {
  return expectData(await api.query<{ node: Row | null }>(nodeQuery(kind), { id })).node;
}

/** The id of a quote in the demo, read through the API as a client would find it. */
async function someEvidence(): Promise<Row> {
  const data = expectData(
    await api.query<{ stance: { evidence: Row[] } }>(
      gql`query E($id: ID!) { stance(id: $id) { evidence { ${FIELDS.Evidence} } } }`,
      { id: 'stance-trump-immediate-peace-negotiations' },
    ),
  );
  const [first] = data.stance.evidence;
  if (!first) throw new Error('the demo stance has no evidence');
  return first;
}

describe('node(id:)', () => {
  it.each([
    ['Actor', 'trump'],
    ['Topic', 'ending-the-war'],
    ['Document', 'trump-putin-call-2025-02'],
    ['Relation', 'rel-trump-spoke-with-putin'],
    ['Stance', 'stance-trump-immediate-peace-negotiations'],
  ])('answers a %s with the same fields as its own query', async (kind, id) => {
    const own = expectData(await api.query<Record<string, Row | null>>(ownQuery(kind), { id }));
    const [mine] = Object.values(own);
    expect(mine).toEqual(expect.objectContaining({ id }));
    const found = await node(kind, id);
    expect(found).toEqual({ __typename: kind, ...mine });
  });

  it('answers an Evidence quote with the fields its assertion lists', async () => {
    const quote = await someEvidence();
    expect(String(quote.id)).toContain('@trump-putin-call-2025-02:');
    expect(await node('Evidence', String(quote.id))).toEqual({ __typename: 'Evidence', ...quote });
  });

  it('is null for an id nothing has, of any shape', async () => {
    expect(await node('Actor', 'no-such-thing')).toBeNull();
    expect(await node('Evidence', 'rel-none@doc-none:1-2')).toBeNull();
  });

  it.each(['Trump', '', 'a b', '-leading-dash', 'rel@doc:x-1'])(
    'refuses %j, which cannot be any kind of id, naming `id`',
    async (id) => {
      const error = expectErrorCode(await api.query(nodeQuery('Actor'), { id }), 'BAD_USER_INPUT');
      expect(error.message).toMatch(/^id: ".*" cannot be the id of anything/);
      expect(error.extensions?.argumentName).toBe('id');
    },
  );
});

describe('the Assertion interface', () => {
  const SHARED = gql`
    query Shared($rel: ID!, $stance: ID!) {
      relation(id: $rel) {
        ...A
      }
      stance(id: $stance) {
        ...A
      }
      node(id: $stance) {
        ...A
      }
    }
    fragment A on Assertion {
      __typename
      id
      polarity
      confidence
      validFrom
      validTo
      note
      method
      effectiveDate
      evidence {
        id
      }
      retraction {
        reason
      }
    }
  `;

  it('selects the shared fields of a relation and of a stance through one fragment', async () => {
    const ids = {
      rel: 'rel-trump-spoke-with-putin',
      stance: 'stance-trump-immediate-peace-negotiations',
    };
    const data = expectData(await api.query<Record<string, Row>>(SHARED, ids));
    expect(data.relation).toMatchObject({ __typename: 'Relation', id: ids.rel, retraction: null });
    expect(data.stance).toMatchObject({ __typename: 'Stance', id: ids.stance, method: 'CURATED' });
    expect(data.node).toEqual(data.stance);
    for (const a of [data.relation, data.stance]) {
      expect(a?.confidence).toEqual(expect.any(Number));
      expect(Array.isArray(a?.evidence) && a.evidence.length > 0).toBe(true);
      expect(a?.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is what Evidence.subject returns, selected by `... on Assertion`', async () => {
    const quote = await someEvidence();
    const data = expectData(
      await api.query<{ node: { subject: Row } }>(
        gql`
          query S($id: ID!) {
            node(id: $id) {
              ... on Evidence {
                subject {
                  ... on Assertion {
                    __typename
                    id
                    confidence
                  }
                }
              }
            }
          }
        `,
        { id: String(quote.id) },
      ),
    );
    expect(data.node.subject).toEqual({
      __typename: 'Stance',
      id: 'stance-trump-immediate-peace-negotiations',
      confidence: 0.9,
    });
  });
});
