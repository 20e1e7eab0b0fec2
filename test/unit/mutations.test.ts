/**
 * Mutation inputs refused before any Cypher is sent: a retraction without a
 * reason, a document with a URL that is not one. Through Apollo's request path
 * with a valid key, on a Graph with no database behind it. Everything that
 * writes or reads the graph is in test/integration/mutations.test.ts; these
 * two operations are copies of its ADD_DOCUMENT and RETRACT_RELATION.
 */
import type { ApolloServer } from '@apollo/server';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { createContext, type Context } from '../../src/graphql/context';
import { createApollo } from '../../src/graphql/server';
import { silentLogger, type Result, type Variables } from '../harness/api';
import { HEADERS, TEST_KEYS, testKeyRing } from '../harness/keys';
import { offlineGraph } from '../harness/offline';

let graph: Graph;
let apollo: ApolloServer<Context>;
const keyRing = testKeyRing();
let requests = 0;

beforeAll(async () => {
  graph = offlineGraph();
  apollo = createApollo({ graph, logger: silentLogger(), production: false, apiKeys: TEST_KEYS });
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await graph?.close();
});

/** One operation as one HTTP request with a valid key. */
async function send<T = Record<string, unknown>>(
  query: DocumentNode,
  variables: Variables = {},
): Promise<Result<T>> {
  const response = await apollo.executeOperation<T>(
    { query, variables },
    {
      contextValue: createContext(graph, `mutation-test-${++requests}`, {
        auth: keyRing.authenticate(HEADERS.valid),
      }),
    },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  // As a client sees it: JSON (so DateTime values are strings).
  const { data, errors } = JSON.parse(JSON.stringify(response.body.singleResult)) as Result<T>;
  return { data, errors };
}

function failed<T>(result: Result<T>, code: string): GraphQLFormattedError {
  const error = result.errors?.find((e) => e.extensions?.code === code);
  if (!error) throw new Error(`expected ${code}, got ${JSON.stringify(result, null, 2)}`);
  return error;
}

const ADD_DOCUMENT = gql`
  mutation AddDocument($input: DocumentInput!) {
    addDocument(input: $input) {
      id
      title
      publishedAt
      text
    }
  }
`;
const RETRACT_RELATION = gql`
  mutation RetractRelation($id: ID!, $reason: String!) {
    retractRelation(id: $id, reason: $reason) {
      id
      retraction {
        at
        by
        reason
      }
    }
  }
`;

describe('retracting', () => {
  const ID = 'rel-trump-called-zelensky';

  it('needs a reason', async () => {
    const error = failed(await send(RETRACT_RELATION, { id: ID, reason: '   ' }), 'BAD_USER_INPUT');
    expect(error.message).toContain('reason: must not be empty');
  });
});

describe('actors and documents', () => {
  it('addDocument refuses a bad date or URL, naming the field', async () => {
    const error = failed(
      await send(ADD_DOCUMENT, {
        input: { id: 'x', title: 'X', publishedAt: '2025-02-14', text: 'X', url: 'not a url' },
      }),
      'BAD_USER_INPUT',
    );
    expect(error.message).toMatch(/^input\.url: /);
  });
});
