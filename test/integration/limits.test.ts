/**
 * Query limits with the demo corpus loaded: the deepest documented dashboard
 * query gets through, and a named fragment counts as the selections it stands
 * for, with the same answer as the document written inline. Refusals, which
 * need no database, are in test/unit/limits.test.ts.
 */
import type { Graph } from '../../src/db/graph';
import { startServer, type RunningServer, type ServerOptions } from '../../src/graphql/server';
import { DEFAULT_LIMITS } from '../../src/config';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import { silentLogger } from '../harness/api';
import { deep, post } from '../harness/limits';

let graph: Graph;
const servers: RunningServer[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await graph.close();
});

async function serve(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const server = await startServer(
    { graph, logger: silentLogger(), production: false, changePollMs: 0, ...options },
    '127.0.0.1',
    0,
  );
  servers.push(server);
  return server;
}

describe('limits refuse a document before any Cypher runs', () => {
  it('lets the deepest documented dashboard query through', async () => {
    const server = await serve();
    const query = `{ actors(first: 50) { edges { node { relations { source { name } target { name } evidence { quote document { title } } } stances { topic { name } } } } } }`;
    const { body } = await post(server, { query });
    expect(body.errors).toBeUndefined();
  });

  it('counts a named fragment as the selections it stands for', async () => {
    // Four levels of relations { source } fill the default depth of 10 exactly, five exceed it;
    // the same fields through a chain of named fragments must fare the same.
    const viaFragments = (levels: number) =>
      [
        `{ actor(id: "trump") { ...Level0 } }`,
        ...Array.from({ length: levels }, (_, i) =>
          i === levels - 1
            ? `fragment Level${i} on Actor { relations { source { name } } }`
            : `fragment Level${i} on Actor { relations { source { ...Level${i + 1} } } }`,
        ),
      ].join(' ');
    const server = await serve({ limits: { ...DEFAULT_LIMITS, maxDepth: 10, maxCost: 1e9 } });
    const inline = await post(server, { query: deep(4) });
    expect(inline.body.errors).toBeUndefined();
    const fragments = await post(server, { query: viaFragments(4) });
    expect(fragments.body.errors).toBeUndefined();
    expect(fragments.body.data).toEqual(inline.body.data);
    for (const query of [deep(5), viaFragments(5)]) {
      expect((await post(server, { query })).body.errors?.[0]?.message).toMatch(/depth/i);
    }
  });
});
