/**
 * `stancegraph export` and `Query.export` against the real Neo4j: every format
 * holds exactly the graph's actors, topics and unretracted relations and
 * stances with the attributes notebooks read, parsed back by independent
 * readers (csv-parse, graphology's GraphML and GEXF parsers, and networkx from
 * the notebook's Python environment); a subgraph is exactly what `neighborhood` returns; the
 * CYPHER script recreates the database exactly (dumpGraph) and exports back
 * byte for byte; hostile text survives every format; the CLI's exit codes
 * (its answer when Neo4j does not, in test/unit/export-cli.test.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gql from 'graphql-tag';
import { stringify as toYaml } from 'yaml';
import type { Graph } from '../../src/db/graph';
import { statements } from '../../src/db/cypher';
import { int } from '../../src/db/values';
import { dumpGraph, neighborhoodSubgraph, read, retractAssertion, write } from '../../src/store';
import { loadDataset } from '../../src/load';
import { MAX_NAME_LENGTH } from '../../src/dataset/schema';
import { runExport, type ExportSummary } from '../../src/export/run';
import { stringSink } from '../../src/export/sink';
import type { ExportFormat } from '../../src/export/model';
import { clearGraph, loadDemo, openTestGraph, PROJECT_ROOT } from '../harness/graph';
import { expectData, expectErrorCode, openTestApi, type TestApi } from '../harness/api';
import { writeSynthetic } from '../harness/synthetic';
import { HOSTILE as HOSTILE_STRINGS, HOSTILE_TO_FILES } from '../harness/hostile';
import {
  ANALYST_FORMATS,
  edgeOf,
  nodeOf,
  readBack,
  text,
  type Exported,
} from '../harness/exportReadBack';
import {
  ensureNotebookPython,
  PYTHON_ENV,
  PYTHON_SETUP_MS,
  run,
  VENV_PYTHON,
} from '../harness/python';

jest.setTimeout(180_000);

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await openTestApi(graph);
  // networkx reads the exports back from the notebook's environment (made here if missing).
  await ensureNotebookPython();
}, PYTHON_SETUP_MS);
afterAll(async () => {
  await api.stop();
  await graph.close();
});

/** Runs an export in process and returns its files by name. */
async function exportFiles(
  format: ExportFormat,
  request: { actorIds?: string[]; depth?: number } = {},
): Promise<{ summary: ExportSummary; files: Record<string, string> }> {
  const sinks: Record<string, ReturnType<typeof stringSink>> = {};
  const summary = await runExport(graph, { format, ...request }, (name) => {
    sinks[name] = stringSink();
    return sinks[name];
  });
  const files = Object.fromEntries(Object.entries(sinks).map(([name, s]) => [name, s.text()]));
  return { summary, files };
}

/** The graph as the export should hold it, read by a query of its own. */
async function expected(): Promise<Exported> {
  const nodes = await graph.driver.executeQuery(
    `MATCH (a:Actor) RETURN a.id AS id, a.name AS label, 'ACTOR' AS nodeType, a.kind AS kind
     UNION ALL
     MATCH (t:Topic) RETURN t.id AS id, t.name AS label, 'TOPIC' AS nodeType, '' AS kind`,
  );
  const edges = await graph.driver.executeQuery(
    `MATCH (s)-[r:RELATION|STANCE]->(t)
     WHERE r.retractedAt IS NULL
     OPTIONAL MATCH (e:Evidence {subjectId: r.id})
     WITH s, r, t, e ORDER BY e.documentId, e.start
     WITH s, r, t, collect(e)[0] AS e
     RETURN r.id AS id, s.id AS source, t.id AS target, type(r) AS edgeType,
       coalesce(r.type, r.position) AS type, r.polarity AS polarity, r.confidence AS confidence,
       coalesce(e.quote, '') AS quote, coalesce(e.documentId, '') AS documentId,
       coalesce(toString(r.effectiveDate), '') AS effectiveDate`,
  );
  return {
    nodes: Object.fromEntries(
      nodes.records.map((r) => {
        const o = r.toObject() as Record<string, unknown>;
        return [text(o.id), nodeOf(o)];
      }),
    ),
    edges: Object.fromEntries(
      edges.records.map((r) => {
        const o = r.toObject() as Record<string, unknown>;
        return [text(o.id), edgeOf(o)];
      }),
    ),
  };
}

/** networkx reads GraphML, GEXF and node-link JSON with its own (strict, expat) parsers. */
const NETWORKX = `
import sys, json, networkx as nx
fmt, path = sys.argv[1], sys.argv[2]
if fmt == 'graphml': g = nx.read_graphml(path)
elif fmt == 'gexf': g = nx.read_gexf(path)
else:
    with open(path, encoding='utf-8') as f: g = nx.node_link_graph(json.load(f))
nodes = {str(n): {k: d.get(k, '') for k in ('label', 'nodeType', 'kind')} for n, d in g.nodes(data=True)}
keys = ('edgeType', 'type', 'polarity', 'confidence', 'quote', 'documentId', 'effectiveDate')
edges = {}
for s, t, d in g.edges(data=True):
    edges[d['id']] = dict(source=s, target=t, **{k: d.get(k, '') for k in keys})
json.dump({'directed': g.is_directed(), 'nodes': nodes, 'edges': edges}, sys.stdout)
`;
const NETWORKX_FORMATS = ['graphml', 'gexf', 'json'] as const;

async function readWithNetworkx(format: string, text: string): Promise<Exported> {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-export-nx-'));
  const file = join(dir, `graph.${format}`);
  await writeFile(file, text);
  const read = await run(VENV_PYTHON, ['-c', NETWORKX, format, file], {
    env: PYTHON_ENV,
    timeout: 120_000,
  });
  if (read.code !== 0) throw new Error(`networkx could not read the ${format}: ${read.stderr}`);
  const data = JSON.parse(read.stdout) as Exported & { directed: boolean };
  expect(data.directed).toBe(true);
  const edges = Object.fromEntries(
    Object.entries(data.edges).map(([id, e]) => [
      id,
      edgeOf(e as unknown as Record<string, unknown>),
    ]),
  );
  return { nodes: data.nodes, edges };
}

/** Runs a CYPHER export script statement by statement, as cypher-shell would. */
async function runScript(script: string): Promise<void> {
  for (const statement of statements(script)) {
    await graph.driver.executeQuery(statement);
  }
}

describe('the demo corpus, one relation retracted', () => {
  let truth: Exported;
  beforeAll(async () => {
    await clearGraph(graph);
    await loadDemo(graph);
    await graph.writeTransaction((tx) =>
      write(tx, retractAssertion.relation, {
        id: 'rel-trump-called-zelensky',
        by: 'test',
        key: 'test',
        reason: 'retracted ones are left out of analyst formats',
      }),
    );
    truth = await expected();
  });

  it('has 20 actors, 10 topics and 22 + 16 unretracted relations and stances', () => {
    expect(Object.keys(truth.nodes)).toHaveLength(30);
    expect(Object.values(truth.edges).filter((e) => e.edgeType === 'RELATION')).toHaveLength(22);
    expect(Object.values(truth.edges).filter((e) => e.edgeType === 'STANCE')).toHaveLength(16);
    expect(truth.edges['rel-trump-called-zelensky']).toBeUndefined();
  });

  it.each(ANALYST_FORMATS)('%s holds every node and edge with its attributes', async (format) => {
    const { summary, files } = await exportFiles(format);
    expect(summary).toMatchObject({ format, nodeCount: 30, edgeCount: 38 });
    const back = readBack[format](files);
    expect(back).toEqual(truth);
    // Every edge carries a quote, its document and a date in the demo.
    for (const e of Object.values(back.edges)) {
      expect(e.quote).not.toBe('');
      expect(e.documentId).toBe('trump-putin-call-2025-02');
      expect(e.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each(NETWORKX_FORMATS)('networkx reads the %s back exactly', async (format) => {
    const { files } = await exportFiles(format);
    const text = files[`graph.${format}`] ?? '';
    expect(await readWithNetworkx(format, text)).toEqual(truth);
  });

  it('counts the same nodes and edges in the CYPHER format, and the script holds everything', async () => {
    const { summary, files } = await exportFiles('cypher');
    expect(summary).toMatchObject({ format: 'cypher', nodeCount: 30, edgeCount: 38 });
    const all = await graph.driver.executeQuery(
      'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
    );
    expect(summary.script).toEqual({
      nodes: Number(all.records[0]?.get('nodes')),
      relationships: Number(all.records[0]?.get('relationships')),
    });
    const script = files['graph.cypher'] ?? '';
    expect(script).toContain('CREATE CONSTRAINT actor_id IF NOT EXISTS');
    for (const s of statements(script)) expect(s.endsWith(';')).toBe(false);
    expect(script.trimEnd().endsWith(';')).toBe(true);
  });

  it('recreates the graph from the CYPHER script exactly, and exports it back byte for byte', async () => {
    const before = await dumpGraph(graph);
    const { files } = await exportFiles('cypher');
    const script = files['graph.cypher'] ?? '';
    await clearGraph(graph);
    expect(await dumpGraph(graph)).toBe('');
    await runScript(script);
    expect(await dumpGraph(graph)).toBe(before);
    expect((await exportFiles('cypher')).files['graph.cypher']).toBe(script);
    // Types survive: a datetime stays a datetime, offsets integers, confidence a float.
    const typed = await graph.driver.executeQuery(
      `MATCH ()-[r:RELATION {id: 'rel-trump-called-zelensky'}]->()
       MATCH (e:Evidence) WITH r, e LIMIT 1
       RETURN valueType(r.retractedAt) AS retractedAt, valueType(r.effectiveDate) AS effectiveDate,
         valueType(r.confidence) AS confidence, valueType(e.start) AS start`,
    );
    expect(typed.records[0]?.toObject()).toEqual({
      retractedAt: 'ZONED DATETIME NOT NULL',
      effectiveDate: 'DATE NOT NULL',
      confidence: 'FLOAT NOT NULL',
      start: 'INTEGER NOT NULL',
    });
  });

  describe('Query.export', () => {
    const EXPORT = gql`
      query Export($format: ExportFormat!, $actorIds: [ID!], $depth: Int) {
        export(format: $format, actorIds: $actorIds, depth: $depth) {
          format
          nodeCount
          edgeCount
          files {
            name
            mediaType
            content
          }
        }
      }
    `;
    const NEIGHBORHOOD = gql`
      query N($actorId: ID!, $depth: Int) {
        neighborhood(actorId: $actorId, depth: $depth) {
          actors {
            id
          }
          relations {
            id
          }
          stances {
            id
          }
          topics {
            id
          }
        }
      }
    `;
    type ExportData = {
      export: {
        format: string;
        nodeCount: number;
        edgeCount: number;
        files: Array<{ name: string; mediaType: string; content: string }>;
      };
    };
    type NeighborhoodData = {
      neighborhood: Record<'actors' | 'relations' | 'stances' | 'topics', Array<{ id: string }>>;
    };

    it.each([
      ['GRAPHML', ['graph.graphml']],
      ['GEXF', ['graph.gexf']],
      ['CSV', ['nodes.csv', 'edges.csv']],
      ['JSON', ['graph.json']],
      ['CYPHER', ['graph.cypher']],
    ])('returns the whole graph as %s', async (format, names) => {
      const { export: result } = expectData(await api.query<ExportData>(EXPORT, { format }));
      expect(result).toMatchObject({ format, nodeCount: 30, edgeCount: 38 });
      expect(result.files.map((f) => f.name)).toEqual(names);
      for (const f of result.files) {
        expect(f.mediaType).not.toBe('');
        expect(f.content.length).toBeGreaterThan(100);
      }
    });

    it.each([
      ['zelensky', 1],
      ['zelensky', 2],
      ['hegseth', 1],
    ])('exports exactly the neighbourhood of %s at depth %d', async (actorId, depth) => {
      const { export: result } = expectData(
        await api.query<ExportData>(EXPORT, { format: 'JSON', actorIds: [actorId], depth }),
      );
      const { neighborhood } = expectData(
        await api.query<NeighborhoodData>(NEIGHBORHOOD, { actorId, depth }),
      );
      const back = readBack.json({ 'graph.json': result.files[0]?.content ?? '' });
      const ids = (list: Array<{ id: string }>) => list.map((x) => x.id).sort();
      expect(Object.keys(back.nodes).sort()).toEqual(
        [...ids(neighborhood.actors), ...ids(neighborhood.topics)].sort(),
      );
      expect(Object.keys(back.edges).sort()).toEqual(
        [...ids(neighborhood.relations), ...ids(neighborhood.stances)].sort(),
      );
      expect(result.nodeCount).toBe(Object.keys(back.nodes).length);
      expect(result.edgeCount).toBe(Object.keys(back.edges).length);
      // The attributes are the whole graph's.
      for (const [id, node] of Object.entries(back.nodes)) expect(node).toEqual(truth.nodes[id]);
      for (const [id, edge] of Object.entries(back.edges)) expect(edge).toEqual(truth.edges[id]);
    });

    it('exports the union of several actors’ neighbourhoods', async () => {
      const { export: result } = expectData(
        await api.query<ExportData>(EXPORT, { format: 'CSV', actorIds: ['hegseth', 'putin'] }),
      );
      const back = readBack.csv({
        'nodes.csv': result.files[0]?.content ?? '',
        'edges.csv': result.files[1]?.content ?? '',
      });
      expect(back.nodes.hegseth).toBeDefined();
      expect(back.nodes.putin).toBeDefined();
      for (const e of Object.values(back.edges)) {
        expect(back.nodes[e.source]).toBeDefined();
        expect(back.nodes[e.target]).toBeDefined();
      }
    });

    it.each([
      [{ format: 'JSON', actorIds: ['nobody-at-all'] }, 'actorIds', /nobody-at-all/],
      [{ format: 'JSON', actorIds: [] }, 'actorIds', /at least one/],
      [{ format: 'JSON', actorIds: ['zelensky'], depth: 0 }, 'depth', /1, 2 or 3/],
      [{ format: 'GEXF', actorIds: ['zelensky'], depth: 4 }, 'depth', /1, 2 or 3/],
      [{ format: 'GRAPHML', depth: 9 }, 'depth', /1, 2 or 3/],
      [{ format: 'CYPHER', actorIds: ['zelensky'] }, 'actorIds', /whole graph/],
    ])('refuses %j, naming %s', async (variables, argument, detail) => {
      const error = expectErrorCode(await api.query(EXPORT, variables), 'BAD_USER_INPUT');
      expect(error.message.startsWith(`${argument}: `)).toBe(true);
      expect(error.message).toMatch(detail);
      expect(error.extensions?.argumentName).toBe(argument);
    });
  });
});

describe('a synthetic corpus of a few thousand items', () => {
  // About 4 000 nodes and relationships in all, with names and quotes; replaying a CYPHER script
  // runs at a few hundred rows a second (src/export/cypherScript.ts), so this is not larger.
  const ACTORS = 400;
  const RELATIONS = 1_200;
  const STANCES = 300;
  beforeAll(async () => {
    await clearGraph(graph);
    const actors = Array.from({ length: ACTORS }, (_, i) => `a${String(i).padStart(5, '0')}`);
    const pick = (i: number) => actors[(i * 7919) % ACTORS] ?? '';
    const file = await writeSynthetic({
      actors,
      edges: Array.from({ length: RELATIONS }, (_, i) => ({
        source: pick(i),
        target: pick(i * 31 + 1),
        confidence: ((i % 9) + 1) / 10,
        ...(i % 5 === 0 ? { date: '2024-06-01' } : {}),
      })),
      stances: Array.from({ length: STANCES }, (_, i) => [
        pick(i * 13),
        `topic-${i % 20}`,
        i % 3 === 0 ? 'SUPPORTS' : 'OPPOSES',
      ]),
    });
    await loadDataset(graph, [file]);
  });

  it('round-trips through the CYPHER script', async () => {
    const before = await dumpGraph(graph);
    const { summary, files } = await exportFiles('cypher');
    expect(summary.nodeCount).toBe(ACTORS + 20);
    expect(summary.edgeCount).toBe(RELATIONS + STANCES);
    const script = files['graph.cypher'] ?? '';
    await clearGraph(graph);
    await runScript(script);
    expect(await dumpGraph(graph)).toBe(before);
    expect((await exportFiles('cypher')).files['graph.cypher']).toBe(script);
  }, 900_000);

  it('pages through every node and edge in each analyst format', async () => {
    const truth = await expected();
    for (const format of ANALYST_FORMATS) {
      const { summary, files } = await exportFiles(format);
      expect(summary).toMatchObject({ nodeCount: ACTORS + 20, edgeCount: RELATIONS + STANCES });
      expect(readBack[format](files)).toEqual(truth);
    }
  });

  it('exports a depth-3 subgraph of it exactly as neighborhood returns', async () => {
    const { files } = await exportFiles('json', { actorIds: ['a00000'], depth: 3 });
    const back = readBack.json(files);
    const [row] = await read(graph, neighborhoodSubgraph, {
      actorId: 'a00000',
      depth: int(3),
      types: null,
      minConfidence: null,
      maxActors: int(100_000),
      withStances: true,
    });
    const ids = (list: ReadonlyArray<{ id: string }> = []) => list.map((x) => x.id).sort();
    expect(Object.keys(back.nodes).sort()).toEqual(
      [...ids(row?.actors), ...ids(row?.topics)].sort(),
    );
    expect(Object.keys(back.edges).sort()).toEqual(
      [...ids(row?.relations), ...ids(row?.stances)].sort(),
    );
  });
});

describe('a graph of more than 5,000 nodes', () => {
  beforeAll(async () => {
    await clearGraph(graph);
    await graph.driver.executeQuery(
      "UNWIND range(1, 5001) AS i CREATE (:Actor {id: 'bulk-' + i, name: 'Bulk ' + i, kind: 'GROUP'})",
    );
  });

  it('refuses a whole-graph API export, naming actorIds and pointing to the CLI', async () => {
    const result = await api.query(gql`
      {
        export(format: GRAPHML) {
          nodeCount
        }
      }
    `);
    const error = expectErrorCode(result, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/^actorIds: the whole graph has 5001 nodes/);
    expect(error.message).toContain('stancegraph export');
  });

  it('still exports a subgraph of it', async () => {
    const result = await api.query<{ export: { nodeCount: number } }>(gql`
      {
        export(format: JSON, actorIds: ["bulk-1"]) {
          nodeCount
        }
      }
    `);
    expect(expectData(result).export.nodeCount).toBe(1);
  });
});

// The injection tests' hostile strings, and text that breaks line- and markup-based formats.
const HOSTILE = [...HOSTILE_STRINGS, ...HOSTILE_TO_FILES];

describe('hostile text', () => {
  const nameSized = (s: string) => s.slice(0, MAX_NAME_LENGTH);
  let truth: Exported;

  beforeAll(async () => {
    await clearGraph(graph);
    // One document holding every hostile string, each quoted by a relation and a stance.
    let text = 'Hostile strings follow.';
    const quotes = HOSTILE.map(([, hostile]) => {
      text += ' ';
      const start = [...text].length;
      text += hostile;
      return { quote: hostile, start, end: start + [...hostile].length };
    });
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-export-hostile-'));
    const file = join(dir, 'hostile.yaml');
    await writeFile(
      file,
      toYaml({
        actors: [
          { id: 'target', name: 'Target', kind: 'PERSON' },
          ...HOSTILE.map(([, hostile], i) => ({
            id: `hostile-${i}`,
            name: nameSized(hostile),
            kind: 'GROUP',
            aliases: [nameSized(`${hostile} alias`)],
            description: hostile,
          })),
        ],
        topics: HOSTILE.map(([, hostile], i) => ({
          id: `topic-${i}`,
          name: nameSized(hostile),
          description: hostile,
        })),
        documents: [
          { id: 'hostile-doc', title: 'Hostile', publishedAt: '2025-03-01', text, references: [] },
        ],
        relations: HOSTILE.map(([, hostile], i) => ({
          id: `rel-hostile-${i}`,
          type: 'CRITICIZES',
          source: `hostile-${i}`,
          target: 'target',
          polarity: 'NEGATIVE',
          confidence: 0.5,
          note: hostile,
          details: { said: hostile },
          evidence: [quotes[i]],
        })),
        stances: HOSTILE.map(([, hostile], i) => ({
          id: `stance-hostile-${i}`,
          actor: `hostile-${i}`,
          topic: `topic-${i}`,
          position: 'OPPOSES',
          polarity: 'NEGATIVE',
          confidence: 0.5,
          summary: hostile,
          evidence: [quotes[i]],
        })),
      }),
    );
    await loadDataset(graph, [file]);
    truth = await expected();
  });

  it.each(ANALYST_FORMATS)('%s carries every hostile name and quote exactly', async (format) => {
    const back = readBack[format]((await exportFiles(format)).files);
    expect(back).toEqual(truth);
    HOSTILE.forEach(([, hostile], i) => {
      expect(back.nodes[`hostile-${i}`]?.label).toBe(nameSized(hostile));
      expect(back.edges[`rel-hostile-${i}`]?.quote).toBe(hostile);
    });
  });

  it.each(NETWORKX_FORMATS)(
    'networkx reads hostile text back exactly from the %s',
    async (format) => {
      const { files } = await exportFiles(format);
      expect(await readWithNetworkx(format, files[`graph.${format}`] ?? '')).toEqual(truth);
    },
  );

  it('the CYPHER script recreates hostile text exactly and shows no control character raw', async () => {
    const before = await dumpGraph(graph);
    const script = (await exportFiles('cypher')).files['graph.cypher'] ?? '';
    expect(script).not.toMatch(/[\u202A-\u202E\u200E\u200F\r\t]/);
    await clearGraph(graph);
    await runScript(script);
    expect(await dumpGraph(graph)).toBe(before);
    expect((await exportFiles('cypher')).files['graph.cypher']).toBe(script);
  });
});

describe('stancegraph export (the CLI)', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(
        process.execPath,
        ['--require', 'tsx/cjs', 'src/cli.ts', 'export', ...args],
        { cwd: PROJECT_ROOT, env: { ...process.env, ...env } },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  beforeAll(async () => {
    await clearGraph(graph);
    await loadDemo(graph);
  });

  it('writes GraphML to --out and says what it wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-export-cli-'));
    const out = join(dir, 'demo.graphml');
    const run = await cli(['--format', 'graphml', '--out', out]);
    expect(run.stderr).toContain(
      `stancegraph: exported 30 nodes and 39 edges as graphml to ${out}`,
    );
    expect(run.code).toBe(0);
    const back = readBack.graphml({ 'graph.graphml': await readFile(out, 'utf8') });
    expect(Object.keys(back.nodes)).toHaveLength(30);
    expect(Object.keys(back.edges)).toHaveLength(39);
  });

  it('writes JSON of a subgraph to stdout', async () => {
    const run = await cli(['--format', 'json', '--actor', 'zelensky', '--depth', '1']);
    expect(run.code).toBe(0);
    const back = readBack.json({ 'graph.json': run.stdout });
    expect(back.nodes.zelensky).toBeDefined();
    expect(run.stderr).toMatch(/exported \d+ nodes and \d+ edges as json to stdout/);
  });

  it.each([
    [['--format', 'xml'], '--format'],
    [['--format', 'json', '--depth', '7', '--actor', 'zelensky'], '--depth'],
    [['--format', 'csv'], '--out'],
    [['--format', 'json', '--depth', '2'], '--depth'],
    [['--format', 'json', '--actor', 'nobody-at-all'], '--actor'],
    [['--format', 'cypher', '--actor', 'zelensky'], '--actor'],
  ])('exits 2 for %j, naming %s', async (args, flag) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(flag);
  });
});
