/**
 * Arguments the public GraphQL contract refuses before any Cypher is sent:
 * `actor` without exactly one of id and name, page sizes out of range,
 * `after` cursors that are not this connection's (src/graphql/cursor.ts),
 * relation filters out of range and an empty search. Through the real request
 * path (test/harness/api.ts) on a Graph with no database behind it. The
 * answers with data are in test/integration/ (api, queries, analytics); the
 * operations here are copies of theirs (ACTOR_LOOKUP, ACTORS, RELATIONS,
 * SEARCH), whose result types codegen generates from there (codegen.ts).
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
  RelationsQuery,
  RelationsQueryVariables,
  SearchQuery,
  SearchQueryVariables,
} from '../generated/operations';

const ACTOR_LOOKUP: TypedDocumentNode<ActorLookupQuery, ActorLookupQueryVariables> = gql`
  query ActorLookup($id: ID, $name: String) {
    actor(id: $id, name: $name) {
      id
    }
  }
`;

const ACTORS: TypedDocumentNode<ActorsQuery, ActorsQueryVariables> = gql`
  query Actors(
    $first: Int
    $after: String
    $filter: ActorFilter
    $kind: ActorKind
    $search: String
  ) {
    actors(first: $first, after: $after, filter: $filter, kind: $kind, search: $search) {
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

const SEARCH: TypedDocumentNode<SearchQuery, SearchQueryVariables> = gql`
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      score
      item {
        __typename
        ... on Actor {
          id
          name
        }
        ... on Topic {
          id
          name
        }
        ... on Evidence {
          id
          quote
          start
          end
          document {
            id
          }
          subject {
            __typename
            ... on Relation {
              id
            }
            ... on Stance {
              id
            }
          }
        }
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

  it.each([
    ['kind', { kind: 'PERSON', filter: { kinds: ['COUNTRY'] } }],
    ['kind', { kind: 'PERSON', filter: { kinds: ['PERSON'] } }],
    ['search', { search: 'pres', filter: { search: 'trump' } }],
  ] satisfies Array<[string, ActorsQueryVariables]>)(
    'refuses the deprecated `%s` beside its filter field with BAD_USER_INPUT naming it',
    async (argument, variables) => {
      const error = expectErrorCode(await api.query(ACTORS, variables), 'BAD_USER_INPUT');
      expect(error.extensions?.argumentName).toBe(argument);
      expect(error.message).toBe(
        `${argument}: is deprecated and \`filter.${argument === 'kind' ? 'kinds' : argument}\` replaces it; give one of them, not both`,
      );
    },
  );

  it('refuses an `after` whose key holds numbers where names and ids go', async () => {
    // decodeCursor accepts numbers in any key, but an actors cursor is [name, id], both strings.
    const after = base64url([1, 2]);
    const error = expectErrorCode(await api.query(ACTORS, { first: 3, after }), 'BAD_USER_INPUT');
    expect(error.extensions?.argumentName).toBe('after');
  });
});

describe('relations', () => {
  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { minConfidence: 1.5 } }, 'filter.minConfidence'],
    [{ filter: { from: '2024-05-01', to: '2024-01-01' } }, 'filter.to'],
  ])('refuses %j naming %s', async (variables, argument) => {
    const error = expectErrorCode(await api.query(RELATIONS, variables), 'BAD_USER_INPUT');
    expect(error.message).toContain(argument);
  });
});

describe('search', () => {
  it('refuses an empty query and `first` outside 1 to 100', async () => {
    for (const query of ['', '   ']) {
      const error = expectErrorCode(await api.query(SEARCH, { query }), 'BAD_USER_INPUT');
      expect(error.message).toContain('query');
    }
    for (const first of [0, 101]) {
      expectErrorCode(await api.query(SEARCH, { query: 'trump', first }), 'BAD_USER_INPUT');
    }
  });
});
