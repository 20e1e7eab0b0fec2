/**
 * Plan checks: each stancegraph benchmark query is run once through the real
 * resolvers with a Graph that records every statement and its parameters;
 * each recorded statement is then PROFILEd, and its plan is searched for
 * what an index or a bound should have served: AllNodesScan, label scans,
 * relationship-type scans and variable-length expansions without an upper
 * bound. A scan a statement needs by design (rankings read every relation,
 * then cache the result) is marked expected, with the reason.
 */
import neo4j from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import pino from 'pino';
import { Graph, type Params, type Row } from '../../src/db/graph';
import { cypher } from '../../src/db/cypher';
import { rankingEdges } from '../../src/store';
import { createApollo } from '../../src/graphql/server';
import { createContext } from '../../src/graphql/context';
import type { BenchQuery } from './queries';

const EXPECTED: Record<string, string> = {
  [rankingEdges.name]:
    'reads every relation once per graph version by design; the ranking is cached',
};

const SCAN =
  /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan/;

export interface StatementPlan {
  statement: string;
  verdict: 'ok' | 'flag' | 'expected';
  findings: string[];
  dbHits: number;
  rows: number;
  operators: string[];
  reason?: string;
}

export interface QueryPlan {
  key: string;
  /** The query failed when run once through the resolvers (its statements up to then are still profiled). */
  error?: string;
  verdict: 'ok' | 'flag' | 'expected';
  statements: StatementPlan[];
}

class RecordingGraph extends Graph {
  recorded: Array<{ name: string; params: Params }> = [];

  /** Every statement the store sends comes through here (by its declared name). */
  override readNamed(name: string, params: Params = {}): Promise<Row[]> {
    this.recorded.push({ name, params });
    // eslint-disable-next-line no-restricted-syntax -- records what the store sends, then sends it on
    return super.readNamed(name, params);
  }
}

function walk(plan: ProfiledPlan, visit: (p: ProfiledPlan) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

function findings(plan: ProfiledPlan): { findings: string[]; dbHits: number; operators: string[] } {
  const out: string[] = [];
  const operators: string[] = [];
  let dbHits = 0;
  walk(plan, (p) => {
    const op = p.operatorType.replace(/@neo4j$/, '');
    operators.push(op);
    dbHits += p.dbHits;
    const given = (p.arguments as Record<string, unknown>).Details;
    const details = typeof given === 'string' ? given : '';
    // An operator that read nothing is a guarded branch that did not run (see relations/page.cypher).
    const ran = p.rows > 0 || p.dbHits > 0;
    if (SCAN.test(op) && ran) out.push(`${op} ${details}`.trim());
    if (
      ran &&
      /VarLengthExpand|ShortestPath|BFSPruningVarExpand/.test(op) &&
      /\*\]|\*\s*\]|\*\.\.\]/.test(details)
    )
      out.push(`unbounded ${op} ${details}`);
  });
  return { findings: out, dbHits, operators };
}

export async function checkPlans(
  graph: Graph,
  queries: readonly BenchQuery[],
): Promise<QueryPlan[]> {
  const recording = new RecordingGraph(graph.driver, {
    database: undefined,
    queryTimeoutMs: 120_000,
    loadTimeoutMs: 120_000,
  });
  const apollo = createApollo({
    graph: recording,
    logger: pino({ level: 'silent' }),
    production: true,
  });
  await apollo.start();
  const results: QueryPlan[] = [];
  try {
    for (const q of queries) {
      const request = q.stancegraph[0];
      if (!request) continue;
      recording.recorded = [];
      // Rankings are cached per graph: a fresh Graph object starts cold, so the edges read is recorded.
      const response = await apollo.executeOperation(
        { query: request.query, variables: request.variables },
        { contextValue: createContext(recording, `plan-${q.key}`) },
      );
      const failed =
        response.body.kind === 'single'
          ? response.body.singleResult.errors?.[0]?.message
          : undefined;
      const statements: StatementPlan[] = [];
      for (const { name, params } of recording.recorded) {
        const result = await graph.driver
          // eslint-disable-next-line no-restricted-syntax -- profiles the statements recorded by name above
          .executeQuery(`PROFILE ${cypher(name)}`, params, { routing: neo4j.routing.READ })
          .catch((err: unknown) => {
            statements.push({
              statement: name,
              verdict: 'flag',
              findings: [
                `PROFILE failed: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`,
              ],
              dbHits: 0,
              rows: 0,
              operators: [],
            });
            return undefined;
          });
        if (!result) continue;
        const profile = result.summary.profile;
        if (!profile) continue;
        const f = findings(profile);
        const reason = EXPECTED[name];
        statements.push({
          statement: name,
          verdict: f.findings.length === 0 ? 'ok' : reason ? 'expected' : 'flag',
          findings: f.findings,
          dbHits: f.dbHits,
          rows: profile.rows,
          operators: [...new Set(f.operators)],
          ...(reason && f.findings.length > 0 ? { reason } : {}),
        });
      }
      const verdict = statements.some((s) => s.verdict === 'flag')
        ? 'flag'
        : statements.some((s) => s.verdict === 'expected')
          ? 'expected'
          : 'ok';
      results.push({
        key: q.key,
        verdict: failed ? 'flag' : verdict,
        statements,
        ...(failed ? { error: failed } : {}),
      });
    }
  } finally {
    await apollo.stop();
  }
  return results;
}
