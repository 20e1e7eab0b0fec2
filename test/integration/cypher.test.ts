/**
 * Every statement under cypher/ is valid Cypher for the running Neo4j. Each
 * is planned (EXPLAIN: compiled, not run) with the parameters its
 * `// :param name => value` header lines give, which are the ones a reader
 * pastes into Neo4j Browser, so the headers are checked as well. That the
 * list holds them is checked without a database, in test/unit/cypher.test.ts.
 *
 * The dashboard aggregates (cypher/aggregate/) are also checked to be planned
 * on indexes: each plan, for each way its anchor can be chosen, must seek an
 * index and scan no label, relationship type or whole store. So is each
 * statement src/store declares once per assertion kind (src/store/kinds.ts),
 * with the kind's relationship type and labels filled in.
 */
import type { Plan } from 'neo4j-driver';
import type { Graph } from '../../src/db/graph';
import { int } from '../../src/db/values';
import { relationFilterParams } from '../../src/graphql/resolvers/connections';
import { day, goldsteinScores } from '../../src/graphql/resolvers/series';
import {
  actorActivity,
  declared,
  pairSummary,
  relationSeries,
  stanceSeries,
  textOf,
  type Statement,
} from '../../src/store';
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

const SCAN =
  /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan/;
const operators = (plan: Plan): string[] => [
  plan.operatorType.replace(/@neo4j$/, ''),
  ...plan.children.flatMap(operators),
];
/** The Details of every operator (a dynamic label or type shows as `$all(…)` there). */
const details = (plan: Plan): string[] => {
  const own = (plan.arguments as Record<string, unknown>).Details;
  return [typeof own === 'string' ? own : '', ...plan.children.flatMap(details)];
};

describe('the statements declared per assertion kind', () => {
  const perKind = declared.filter((s) => s.name !== s.file).map((s) => [s.name, s] as const);

  it.each(perKind)('%s is planned on indexes, its names written in', async (name, s) => {
    const text = textOf(s);
    const { summary } = await graph.driver.executeQuery(
      `EXPLAIN ${text}`,
      await headerParams(graph, text),
    );
    const plan = summary.plan as Plan;
    const ops = operators(plan);
    expect({ name, dynamic: details(plan).filter((d) => /\$(all|any)\(/.test(d)) }).toEqual({
      name,
      dynamic: [],
    });
    const scans = ops.filter((op) => SCAN.test(op) || /AllRelationshipsScan/.test(op));
    expect({ name, scans }).toEqual({ name, scans: [] });
    expect({ name, withoutSeek: ops.some((op) => /IndexSeek/.test(op)) ? [] : ops }).toEqual({
      name,
      withoutSeek: [],
    });
  });
});

describe('the aggregates are planned on indexes', () => {
  const window = { from: day('2025-01-01'), to: day('2025-12-31') };
  const noFilter = { ...relationFilterParams({}), ...window };
  const series = {
    unit: 'week' as const,
    groupBy: 'PAIR' as const,
    topGroups: int(5),
    goldstein: goldsteinScores(),
  };
  /** A statement with the parameters of one way of calling it. */
  const call = <P extends object, R extends object>(statement: Statement<P, R>, params: P) => ({
    name: statement.name,
    text: textOf(statement),
    params,
  });
  const topicId = 'ukraine-nato-membership';
  const cases: Array<[string, ReturnType<typeof call>, RegExp]> = [
    [
      'relationSeries, by date',
      call(relationSeries, { ...noFilter, ...series }),
      /RelationshipIndexSeekByRange/,
    ],
    [
      'relationSeries, by type',
      call(relationSeries, { ...noFilter, ...series, types: ['CALLED'] }),
      /RelationshipIndexSeek/,
    ],
    [
      'relationSeries, by source',
      call(relationSeries, { ...noFilter, ...series, sourceIds: ['trump'] }),
      /NodeUniqueIndexSeek/,
    ],
    [
      'relationSeries, by actor',
      call(relationSeries, { ...noFilter, ...series, actorIds: ['trump'] }),
      /NodeUniqueIndexSeek/,
    ],
    [
      'stanceSeries',
      call(stanceSeries, {
        topicId,
        from: null,
        to: null,
        unit: 'month',
        maxBuckets: int(1000),
        withPositions: true,
      }),
      /NodeUniqueIndexSeek/,
    ],
    [
      'activity',
      call(actorActivity, { ...window, first: int(10) }),
      /RelationshipIndexSeekByRange/,
    ],
    [
      'pairSummary',
      call(pairSummary, { a: 'trump', b: 'zelensky', goldstein: goldsteinScores() }),
      /NodeUniqueIndexSeek/,
    ],
  ];

  it.each(cases)('%s seeks an index and scans nothing', async (_, { name, text, params }, seek) => {
    const { summary } = await graph.driver.executeQuery(`EXPLAIN ${text}`, params);
    const ops = operators(summary.plan as Plan);
    expect({ name, scans: ops.filter((op) => SCAN.test(op)) }).toEqual({ name, scans: [] });
    // On failure, the whole plan's operators are printed, to show what was chosen instead.
    expect({ name, withoutSeek: ops.some((op) => seek.test(op)) ? [] : ops }).toEqual({
      name,
      withoutSeek: [],
    });
  });
});
