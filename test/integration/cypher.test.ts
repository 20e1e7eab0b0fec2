/**
 * Every statement under cypher/ is valid Cypher for the running Neo4j. Each
 * is planned (EXPLAIN: compiled, not run) with the parameters its
 * `// :param name => value` header lines give, which are the ones a reader
 * pastes into Neo4j Browser, so the headers are checked as well. That the
 * list holds them is checked without a database, in test/unit/cypher.test.ts.
 */
import type { Graph } from '../../src/db/graph';
import { cypherFiles, readStatement } from '../harness/cypherFiles';
import { openTestGraph } from '../harness/graph';

const PARAM_LINE = /^\s*\/\/\s*:param\s+([A-Za-z_]\w*)\s*=>\s*(.+?)\s*$/gm;
const PARAMETER_NOT_PROVIDED = 'Neo.ClientNotification.Statement.ParameterNotProvided';

function paramLines(statement: string): Array<{ name: string; value: string }> {
  return [...statement.matchAll(PARAM_LINE)].map(([, name = '', value = '']) => ({ name, value }));
}

/** Evaluates each header value in Neo4j itself, so it arrives typed as Browser would send it (Integer, Date, maps…). */
async function headerParams(graph: Graph, statement: string): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  for (const { name, value } of paramLines(statement)) {
    const { records } = await graph.driver.executeQuery(`RETURN ${value} AS v`);
    params[name] = records[0]?.get('v');
  }
  return params;
}

const files = cypherFiles();
let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
});

afterAll(async () => {
  await graph?.close();
});

it.each(files)('%s is valid Cypher with its header parameters', async (file) => {
  const statement = readStatement(file);
  const params = await headerParams(graph, statement);
  const { summary } = await graph.driver.executeQuery(`EXPLAIN ${statement}`, params);
  expect(summary.plan).toBeTruthy();
  const notes = summary.notifications.map((n) => ({
    code: n.code,
    category: n.category,
    text: `${n.code}: ${n.description}`,
  }));
  // EXPLAIN does not fail on a missing parameter in Neo4j 5; it only warns.
  expect({ file, notDeclared: notes.filter((n) => n.code === PARAMETER_NOT_PROVIDED) }).toEqual({
    file,
    notDeclared: [],
  });
  expect({
    file,
    deprecated: notes.filter((n) => n.category === 'DEPRECATION' || /deprecat/i.test(n.code)),
  }).toEqual({ file, deprecated: [] });
});
