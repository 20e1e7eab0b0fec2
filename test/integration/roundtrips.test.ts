/**
 * Bounded round trips: a nested request sends a small, fixed number of Cypher
 * statements however many parents it lists (no N+1), counted at the query runner.
 */
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { loadDataset } from '../../src/load';
import { clearGraph, openTestGraph } from '../harness/graph';
import { expectData, openTestApi, type TestApi } from '../harness/api';
import { writeSynthetic } from '../harness/synthetic';

const NESTED = gql`
  query Nested($first: Int!) {
    actors(first: $first) {
      edges {
        node {
          relations {
            source {
              name
            }
            target {
              name
            }
            evidence {
              quote
              document {
                title
              }
            }
          }
          stances {
            topic {
              name
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
  graph = await openTestGraph();
  await clearGraph(graph);
  const actors = Array.from({ length: 60 }, (_, i) => `a${String(i).padStart(2, '0')}`);
  const edges = actors.flatMap((a, i) => [
    { source: a, target: actors[(i + 1) % actors.length] },
    { source: a, target: actors[(i + 7) % actors.length], type: 'PRAISES' as const },
  ]);
  const stances = actors.map((a, i): [string, string, 'SUPPORTS' | 'OPPOSES'] => [
    a,
    `topic-${i % 5}`,
    i % 2 ? 'SUPPORTS' : 'OPPOSES',
  ]);
  await loadDataset(graph, [await writeSynthetic({ actors, edges, stances })]);
  api = await openTestApi(graph);
});

afterAll(async () => {
  await api.stop();
  await graph.close();
});

async function statementsFor(first: number): Promise<{ statements: string[]; actors: number }> {
  const statements: string[] = [];
  const stop = graph.onStatement((name) => statements.push(name));
  try {
    const data = expectData(
      await api.query<{ actors: { edges: Array<{ node: { relations: unknown[] } }> } }>(NESTED, {
        first,
      }),
    );
    for (const edge of data.actors.edges) expect(edge.node.relations.length).toBeGreaterThan(0);
    return { statements, actors: data.actors.edges.length };
  } finally {
    stop();
  }
}

it('sends the same small number of statements for 5 actors as for 50', async () => {
  const five = await statementsFor(5);
  const fifty = await statementsFor(50);
  expect(five.actors).toBe(5);
  expect(fifty.actors).toBe(50);
  expect(fifty.statements.length).toBe(five.statements.length);
  // page, count, relations, stances, actors (ends), evidence, documents, topics: one each at most.
  expect(fifty.statements.length).toBeLessThanOrEqual(8);
  expect(new Set(fifty.statements).size).toBe(fifty.statements.length);
});
