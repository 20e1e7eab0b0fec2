/**
 * The analysts' notebook (notebooks/stancegraph.ipynb), executed headlessly
 * with nbclient against a real server holding the demo corpus. Each key cell
 * prints a one-line JSON summary; these are checked against what the API
 * answers to the same questions and against the curated dataset itself.
 * Also the Python client's error path: API errors arrive with their code.
 *
 * The notebook's Python environment is .venv-notebook/, made or updated by
 * scripts/notebook-env.sh (a no-op when it is current; minutes when cold).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Graph } from '../../src/db/graph';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { silentLogger } from '../harness/api';
import { clearGraph, DEMO_DATA, loadDemo, openTestGraph, PROJECT_ROOT } from '../harness/graph';
import {
  ensureNotebookPython,
  PYTHON_ENV,
  PYTHON_SETUP_MS,
  run,
  tail,
  VENV_PYTHON,
} from '../harness/python';

const NOTEBOOK = join(PROJECT_ROOT, 'notebooks', 'stancegraph.ipynb');
const RUNNER = join(PROJECT_ROOT, 'notebooks', 'run_notebook.py');
const CLIENT_ERRORS = join(PROJECT_ROOT, 'test', 'notebook', 'client_errors.py');
const DEMO_DOCUMENT = join(DEMO_DATA, 'documents', 'trump-putin-call-2025-02.yaml');

const RUN_MS = 5 * 60_000;

interface NotebookCell {
  id?: string;
  cell_type: string;
  metadata: { tags?: string[] };
  execution_count?: number | null;
  outputs?: Array<{ output_type: string; name?: string; text?: string | string[] }>;
}
interface RunnerReport {
  output: string;
  errors: Array<{ cell: number; ename: string; evalue: string }>;
}

const lastLine = (text: string) => tail(text, 1);

/** The notebook's code cells, by id, as committed (read at load so each gets its own test). */
const committed = JSON.parse(readFileSync(NOTEBOOK, 'utf8')) as { cells: NotebookCell[] };
const codeCellIds = committed.cells.filter((c) => c.cell_type === 'code').map((c) => c.id ?? '');

let graph: Graph;
let server: RunningServer;
let workDir: string;
let report: RunnerReport;
let executed: NotebookCell[];

async function graphql<T>(query: string): Promise<T> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data)
    throw new Error(`${query}\nanswered with errors:\n${JSON.stringify(body.errors, null, 2)}`);
  return body.data;
}

/** The JSON the cell printed last: its summary. */
function summaryOf<T>(cellId: string): T {
  const cell = executed.find((c) => c.id === cellId);
  if (!cell) throw new Error(`the executed notebook has no cell "${cellId}"`);
  const stdout = (cell.outputs ?? [])
    .filter((o) => o.output_type === 'stream' && o.name === 'stdout')
    .map((o) => (Array.isArray(o.text) ? o.text.join('') : (o.text ?? '')))
    .join('');
  const failure = report.errors.find((e) => e.cell === executed.indexOf(cell));
  if (failure) throw new Error(`cell "${cellId}" failed: ${failure.ename}: ${failure.evalue}`);
  if (!stdout.trim()) throw new Error(`cell "${cellId}" printed no summary`);
  return JSON.parse(lastLine(stdout)) as T;
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  server = await startServer({ graph, logger: silentLogger(), production: false }, '127.0.0.1', 0);
  await ensureNotebookPython();

  workDir = await mkdtemp(join(tmpdir(), 'stancegraph-notebook-'));
  const out = join(workDir, 'stancegraph.executed.ipynb');
  const ran = await run(VENV_PYTHON, [RUNNER, NOTEBOOK, '--out', out], {
    env: { ...PYTHON_ENV, STANCEGRAPH_URL: server.url },
    timeout: RUN_MS,
  });
  try {
    report = JSON.parse(lastLine(ran.stdout)) as RunnerReport;
  } catch {
    throw new Error(
      `notebooks/run_notebook.py did not finish (exit ${ran.code}):\n${tail(ran.stderr || ran.stdout)}`,
    );
  }
  executed = (JSON.parse(await readFile(report.output, 'utf8')) as { cells: NotebookCell[] }).cells;
}, PYTHON_SETUP_MS + RUN_MS);

afterAll(async () => {
  await server?.stop();
  await graph?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the notebook, executed', () => {
  it('is committed without outputs', () => {
    for (const { id, outputs, execution_count } of committed.cells.filter(
      (c) => c.cell_type === 'code',
    ))
      expect({ id, outputs, execution_count }).toEqual({ id, outputs: [], execution_count: null });
  });

  it.each(codeCellIds)('runs cell "%s" without an error', (id) => {
    const index = executed.findIndex((c) => c.id === id);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(report.errors.filter((e) => e.cell === index)).toEqual([]);
  });
});

interface ApiRelation {
  id: string;
  type: string;
  polarity: string;
  confidence: number;
  source: { id: string };
  target: { id: string };
  evidence: Array<{ quote: string }>;
}

interface DemoRelation {
  id: string;
  polarity: string;
  evidence: Array<{ quote: string }>;
}
interface DemoStance {
  actor: string;
  topic: string;
  position: string;
}
const demo = parse(readFileSync(DEMO_DOCUMENT, 'utf8')) as {
  relations: DemoRelation[];
  stances: DemoStance[];
};
const registry = parse(readFileSync(join(DEMO_DATA, 'actors.yaml'), 'utf8')) as {
  actors: Array<{ id: string; name: string }>;
  topics: Array<{ id: string; name: string }>;
};
const demoRelation = (id: string) => demo.relations.find((r) => r.id === id)!;

describe('what the notebook shows matches the API', () => {
  it('lists every actor the API has, with their kinds', async () => {
    const api = await graphql<{
      actors: { totalCount: number; edges: Array<{ node: { id: string; kind: string } }> };
    }>('{ actors(first: 100) { totalCount edges { node { id kind } } } }');
    const shown = summaryOf<{ count: number; ids: string[]; kinds: Record<string, number> }>(
      'actors',
    );
    const kinds: Record<string, number> = {};
    for (const { node } of api.actors.edges) kinds[node.kind] = (kinds[node.kind] ?? 0) + 1;

    expect(api.actors.totalCount).toBe(20);
    expect(shown.count).toBe(api.actors.totalCount);
    expect(shown.ids).toEqual(api.actors.edges.map((e) => e.node.id).sort());
    expect(shown.kinds).toEqual(kinds);
  });

  it("pulls Zelensky's neighbourhood into networkx node for node, edge for edge", async () => {
    const api = await graphql<{
      neighborhood: {
        actors: Array<{ id: string; name: string; kind: string }>;
        relations: ApiRelation[];
      };
    }>(`
      {
        neighborhood(actorId: "zelensky", depth: 1) {
          actors {
            id
            name
            kind
          }
          relations {
            id
            type
            polarity
            confidence
            source {
              id
            }
            target {
              id
            }
            evidence {
              quote
            }
          }
        }
      }
    `);
    const shown = summaryOf<{
      center: string;
      nodes: Record<string, { name: string; kind: string }>;
      edges: Record<string, Record<string, unknown>>;
    }>('neighborhood');

    expect(shown.center).toBe('zelensky');
    expect(shown.nodes).toEqual(
      Object.fromEntries(
        api.neighborhood.actors.map((a) => [a.id, { name: a.name, kind: a.kind }]),
      ),
    );
    expect(shown.edges).toEqual(
      Object.fromEntries(
        api.neighborhood.relations.map((r) => [
          r.id,
          {
            source: r.source.id,
            target: r.target.id,
            type: r.type,
            polarity: r.polarity,
            confidence: r.confidence,
            quote: r.evidence[0]?.quote,
          },
        ]),
      ),
    );
    // Parallel relations (Zelensky trusts and will meet Vance) stay separate edges.
    expect(Object.keys(shown.edges)).toEqual(
      expect.arrayContaining(['rel-zelensky-trusts-vance', 'rel-zelensky-will-meet-vance']),
    );
  });

  it('draws one arrow per relation, coloured by its polarity', () => {
    const edges = summaryOf<{ edges: Record<string, { polarity: string }> }>('neighborhood').edges;
    const drawn = summaryOf<{ arrows: number; by_polarity: Record<string, number> }>('draw');
    const byPolarity: Record<string, number> = {};
    for (const { polarity } of Object.values(edges))
      byPolarity[polarity] = (byPolarity[polarity] ?? 0) + 1;

    expect(drawn.arrows).toBe(Object.keys(edges).length);
    expect(drawn.by_polarity).toEqual(byPolarity);
  });

  it('builds the topic × actor stance table from stanceMatrix', async () => {
    const api = await graphql<{
      stanceMatrix: {
        topics: Array<{ name: string }>;
        rows: Array<{ actor: { name: string }; cells: Array<{ position: string } | null> }>;
      };
    }>('{ stanceMatrix { topics { name } rows { actor { name } cells { position } } } }');
    const shown = summaryOf<{
      shape: [number, number];
      topics: string[];
      actors: string[];
      cells: Record<string, string>;
    }>('stances');
    const cells: Record<string, string> = {};
    for (const row of api.stanceMatrix.rows)
      row.cells.forEach((cell, i) => {
        if (cell) cells[`${row.actor.name} / ${api.stanceMatrix.topics[i].name}`] = cell.position;
      });

    expect(shown.shape).toEqual([api.stanceMatrix.topics.length, api.stanceMatrix.rows.length]);
    expect(shown.topics).toEqual(api.stanceMatrix.topics.map((t) => t.name));
    expect(shown.actors).toEqual(api.stanceMatrix.rows.map((r) => r.actor.name));
    expect(shown.cells).toEqual(cells);
    expect(Object.keys(shown.cells)).toHaveLength(demo.stances.length);
  });

  it('has the curated stance of Hegseth on NATO membership in its cell', () => {
    const curated = demo.stances.find(
      (s) => s.actor === 'hegseth' && s.topic === 'ukraine-nato-membership',
    )!;
    const actor = registry.actors.find((a) => a.id === curated.actor)!.name;
    const topic = registry.topics.find((t) => t.id === curated.topic)!.name;
    const shown = summaryOf<{ cells: Record<string, string> }>('stances');

    expect(curated.position).toBe('OPPOSES');
    expect(shown.cells[`${actor} / ${topic}`]).toBe(curated.position);
  });

  it('charts relationSeries per day by polarity, point for point', async () => {
    const api = await graphql<{
      relationSeries: Array<{ start: string; groups: Array<{ key: string; count: number }> }>;
    }>(
      '{ relationSeries(interval: DAY, groupBy: POLARITY, topGroups: 3) { start groups { key count } } }',
    );
    const shown = summaryOf<{ days: string[]; lines: Record<string, number[]> }>('series');
    const buckets = api.relationSeries;
    const present = new Set(buckets.flatMap((b) => b.groups.map((g) => g.key)));
    const lines = Object.fromEntries(
      [...present].map((key) => [
        key,
        buckets.map((b) => b.groups.find((g) => g.key === key)?.count ?? 0),
      ]),
    );

    expect(shown.days).toEqual(buckets.map((b) => b.start));
    expect(shown.lines).toEqual(lines);
    // Every curated relation of the demo is counted once.
    const drawn = Object.values(shown.lines).flat();
    expect(drawn.reduce((sum, n) => sum + n, 0)).toBe(demo.relations.length);
  });

  it('follows the shortest path from Hegseth to Zelensky, with the quote for each relation', async () => {
    const api = await graphql<{
      shortestPath: {
        length: number;
        actors: Array<{ id: string }>;
        steps: Array<{ relation: ApiRelation | null; role: { title: string } | null }>;
      };
    }>(`
      {
        shortestPath(fromId: "hegseth", toId: "zelensky", includeRoles: true) {
          length
          actors {
            id
          }
          steps {
            relation {
              id
              type
              evidence {
                quote
              }
            }
            role {
              title
            }
          }
        }
      }
    `);
    const { steps } = summaryOf<{
      steps: Array<{
        from_id: string;
        to_id: string;
        via: string;
        type: string;
        quote: string | null;
        relation_id: string | null;
      }>;
    }>('path');

    expect(steps).toHaveLength(api.shortestPath.length);
    expect(steps.map((s) => [s.from_id, s.to_id])).toEqual(
      api.shortestPath.steps.map((_, i) => [
        api.shortestPath.actors[i].id,
        api.shortestPath.actors[i + 1].id,
      ]),
    );
    api.shortestPath.steps.forEach((step, i) => {
      const shown = steps[i];
      if (step.relation) {
        expect(shown).toMatchObject({
          via: 'relation',
          type: step.relation.type,
          relation_id: step.relation.id,
          quote: step.relation.evidence[0].quote,
        });
        expect(shown.quote).toBe(demoRelation(step.relation.id).evidence[0].quote);
      } else {
        expect(shown).toMatchObject({ via: 'role', type: step.role!.title, quote: null });
      }
    });
    // docs/API.md's chain: Hegseth —office→ US government ←office— Vance (or Rubio: Zelensky trusts
    // both, so both chains are three hops and either may come back) ←TRUSTS— Zelensky.
    expect(steps.map((s) => s.to_id)).toEqual([
      'us-government',
      expect.stringMatching(/^(vance|rubio)$/),
      'zelensky',
    ]);
  });
});

describe.each([
  ['GRAPHML', 'graphml'],
  ['GEXF', 'gexf'],
])('the %s export, read back with networkx', (format, cellId) => {
  interface ExportSummary {
    node_count: number;
    edge_count: number;
    files: string[];
    nodes: number;
    edges: number;
    node_attributes: string[];
    edge_attributes: string[];
    zelensky: Record<string, unknown> | null;
    trump_called_zelensky: Record<string, unknown> | null;
  }

  it('has the nodes and edges the API reports: every actor and topic, relation and stance', async () => {
    const api = await graphql<{
      export: { nodeCount: number; edgeCount: number };
      actors: { totalCount: number };
      topics: unknown[];
      relations: { totalCount: number };
      stances: { totalCount: number };
    }>(`{ export(format: ${format}) { nodeCount edgeCount }
          actors { totalCount } topics { id } relations { totalCount } stances { totalCount } }`);
    const shown = summaryOf<ExportSummary>(cellId);

    expect(shown).toMatchObject({
      node_count: api.export.nodeCount,
      edge_count: api.export.edgeCount,
      nodes: api.export.nodeCount,
      edges: api.export.edgeCount,
    });
    expect(api.export.nodeCount).toBe(api.actors.totalCount + api.topics.length);
    expect(api.export.edgeCount).toBe(api.relations.totalCount + api.stances.totalCount);
    expect(shown.files.some((name) => name.toLowerCase().endsWith(`.${cellId}`))).toBe(true);
  });

  it('keeps the attributes of nodes and edges, quotes included', () => {
    const shown = summaryOf<ExportSummary>(cellId);
    const curated = demoRelation('rel-trump-called-zelensky');

    expect(shown.node_attributes).toEqual(expect.arrayContaining(['label', 'nodeType', 'kind']));
    expect(shown.edge_attributes).toEqual(
      expect.arrayContaining(['id', 'edgeType', 'type', 'polarity', 'confidence', 'quote']),
    );
    expect(shown.zelensky).toMatchObject({
      label: 'Volodymyr Zelenskyy',
      nodeType: 'ACTOR',
      kind: 'PERSON',
    });
    expect(shown.trump_called_zelensky).toMatchObject({
      edgeType: 'RELATION',
      type: 'CALLED',
      polarity: curated.polarity,
      quote: curated.evidence[0].quote,
    });
  });
});

describe('the Python client', () => {
  interface Raised {
    type: string;
    code: string | null;
    message: string;
    errorCodes: string[];
  }
  let raised: Record<string, Raised | null>;

  beforeAll(async () => {
    const ran = await run(VENV_PYTHON, [CLIENT_ERRORS, server.url], {
      env: PYTHON_ENV,
      timeout: 60_000,
    });
    if (ran.code !== 0)
      throw new Error(`test/notebook/client_errors.py failed:\n${tail(ran.stderr)}`);
    raised = JSON.parse(lastLine(ran.stdout)) as Record<string, Raised | null>;
  }, 90_000);

  it('raises NOT_FOUND for an actor name that matches nothing', () => {
    expect(raised.unknownActorName).toMatchObject({ type: 'StancegraphError', code: 'NOT_FOUND' });
    expect(raised.unknownActorName!.message).toContain('Nobody At All');
  });

  it.each([
    ['unknownActorIdSentToApi', 'NOT_FOUND', 'actorId: no actor has id "nobody-at-all"'],
    ['depthOutOfRange', 'BAD_USER_INPUT', 'depth: must be between 1 and 3'],
    ['unknownField', 'GRAPHQL_VALIDATION_FAILED', 'shoeSize'],
  ])('carries the API error %s as code %s with its message', (name, code, message) => {
    expect(raised[name]).toMatchObject({ type: 'StancegraphError', code, errorCodes: [code] });
    expect(raised[name]!.message).toContain(message);
  });

  it('raises StancegraphError without a code when nothing answers', () => {
    expect(raised.unreachable).toMatchObject({ type: 'StancegraphError', code: null });
    expect(raised.unreachable!.message).toContain('cannot reach http://127.0.0.1:1/graphql');
  });

  it('raises nothing for an actor that exists', () => {
    expect(raised.knownActor).toBeNull();
  });
});
