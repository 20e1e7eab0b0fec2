/**
 * The test harness's way to the real Neo4j that globalSetup provides: a Graph
 * with the schema applied, and helpers to empty it and load the demo corpus.
 */
import { resolve } from 'node:path';
import { readConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Graph } from '../../src/db/graph';
import { applySchema } from '../../src/db/connect';
import { loadDataset } from '../../src/load';
import { autoCommit, clearGraph as clearAll, dumpGraph } from '../../src/store';
import { UNIT_MARKER } from './unitMarker';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const DEMO_DATA = resolve(PROJECT_ROOT, 'data');
export const FIXTURES = resolve(PROJECT_ROOT, 'test', 'fixtures');

export async function openTestGraph(): Promise<Graph> {
  if (process.env[UNIT_MARKER]) {
    throw new Error(
      'a unit test has no database (test/unit runs without Neo4j): move a test that needs one to test/integration',
    );
  }
  const config = readConfig();
  if (!config.neo4j)
    throw new Error(
      'NEO4J_URI is not set: run the tests through jest, whose globalSetup provides a Neo4j',
    );
  const graph = new Graph(createDriver(config.neo4j), {
    database: config.neo4j.database,
    queryTimeoutMs: 30_000,
    loadTimeoutMs: 120_000,
  });
  await applySchema(graph);
  return graph;
}

export async function clearGraph(graph: Graph): Promise<void> {
  await autoCommit(graph, clearAll, {});
}

export async function loadDemo(graph: Graph) {
  return loadDataset(graph, [DEMO_DATA]);
}

/**
 * The graph's dump (src/store/dump.ts) without its change counter, the GraphMeta node: the counter
 * says when and how often the graph changed, not what it holds, and it starts at the clock
 * (cypher/meta/bump-version.cypher), so two graphs built apart never share it.
 */
export async function dumpData(graph: Graph): Promise<string> {
  return (await dumpGraph(graph))
    .split('\n')
    .filter((line) => !line.includes('"GraphMeta"'))
    .join('\n');
}
