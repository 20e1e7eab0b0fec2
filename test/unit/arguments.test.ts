/**
 * Arguments the public GraphQL contract refuses before any Cypher is sent:
 * `actor` without exactly one of id and name, page sizes out of range, and
 * `after` cursors that are not this connection's (src/graphql/cursor.ts).
 * Through the real request path (test/harness/api.ts) on a Graph with no
 * database behind it. The answers with data are in test/integration/api.test.ts;
 * these two operations are copies of its ACTOR_LOOKUP and ACTORS, whose result
 * types codegen generates from there (codegen.ts).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { expectErrorCode, openTestApi, type TestApi } from '../harness/api';
import { offlineGraph } from '../harness/offline';
import type {
  ActorLookupQuery,
  ActorLookupQueryVariables,
  ActorsQuery,
  ActorsQueryVariables,
} from '../generated/operations';

const ACTOR_LOOKUP: TypedDocumentNode<ActorLookupQuery, ActorLookupQueryVariables> = gql`
  query ActorLookup($id: ID, $name: String) {
    actor(id: $id, name: $name) {
      id
    }
  }
`;

const ACTORS: TypedDocumentNode<ActorsQuery, ActorsQueryVariables> = gql`
  query Actors($first: Int, $after: String, $kind: ActorKind, $search: String) {
    actors(first: $first, after: $after, kind: $kind, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          kind
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = offlineGraph();
  api = await openTestApi(graph);
});

afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

async function lookup(variables: ActorLookupQueryVariables) {
  return api.query(ACTOR_LOOKUP, variables);
}

describe('actor(name:)', () => {
  it.each([
    ['neither id nor name', {}],
    ['both id and name', { id: 'trump', name: 'Trump' }],
    ['an empty name', { name: '' }],
    ['a blank name', { name: '   ' }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
    const result = await lookup(variables);
    expectErrorCode(result, 'BAD_USER_INPUT');
    expect(result.data?.actor ?? null).toBeNull();
  });
});

describe('actors', () => {
  it.each([0, -1, 101])('refuses first: %d with BAD_USER_INPUT naming `first`', async (first) => {
    const error = expectErrorCode(await api.query(ACTORS, { first }), 'BAD_USER_INPUT');
    expect(error.message).toContain('first');
    expect(error.extensions?.argumentName).toBe('first');
  });

  const base64url = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');
  it.each([
    ['not base64 JSON', 'garbage!'],
    ['JSON that is not a list', base64url({ name: 'Donald Trump', id: 'trump' })],
    ['a key of the wrong length', base64url(['Donald Trump'])],
    ['a key of the wrong types', base64url(['Donald Trump', { id: 'trump' }])],
  ])('refuses an `after` that is %s with BAD_USER_INPUT naming `after`', async (_case, after) => {
    const error = expectErrorCode(await api.query(ACTORS, { first: 3, after }), 'BAD_USER_INPUT');
    expect(error.message).toContain('after');
    expect(error.extensions?.argumentName).toBe('after');
  });

  it('refuses an `after` whose key holds numbers where names and ids go', async () => {
    // decodeCursor accepts numbers in any key, but an actors cursor is [name, id], both strings.
    const after = base64url([1, 2]);
    const error = expectErrorCode(await api.query(ACTORS, { first: 3, after }), 'BAD_USER_INPUT');
    expect(error.extensions?.argumentName).toBe('after');
  });
});
