/**
 * The analyst export formats (GraphML, GEXF, CSV, JSON) written from rows in
 * memory, without a database, and read back by independent parsers
 * (test/harness/exportReadBack.ts): every node and edge with its attributes,
 * hostile text exactly, numbers as numbers, and the same text however the
 * rows are paged. Exports of a real graph, networkx's reading and the CYPHER
 * script are in test/integration/export.test.ts.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { csvWriter } from '../../src/export/csv';
import { gexfWriter } from '../../src/export/gexf';
import { graphmlWriter } from '../../src/export/graphml';
import { jsonWriter } from '../../src/export/json';
import type { ExportEdge, ExportNode } from '../../src/export/model';
import { stringSink, type Output } from '../../src/export/sink';
import type { GraphWriter } from '../../src/export/writer';
import {
  ANALYST_FORMATS,
  edgeOf,
  nodeOf,
  readBack,
  type AnalystFormat,
  type Exported,
} from '../harness/exportReadBack';
import { HOSTILE as HOSTILE_STRINGS, HOSTILE_TO_FILES } from '../harness/hostile';

const HOSTILE = [...HOSTILE_STRINGS, ...HOSTILE_TO_FILES];

const writers: Record<AnalystFormat, (open: Output) => Promise<GraphWriter>> = {
  graphml: (open) => graphmlWriter(open('graph.graphml', 'application/graphml+xml')),
  gexf: (open) => gexfWriter(open('graph.gexf', 'application/gexf+xml')),
  csv: (open) => csvWriter(open),
  json: (open) => jsonWriter(open('graph.json', 'application/json')),
};

/** A target actor, an actor and a topic per hostile string, and a relation and a stance quoting it. */
const nodes: ExportNode[] = [
  { id: 'target', label: 'Target', nodeType: 'ACTOR', kind: 'PERSON' },
  ...HOSTILE.flatMap(([, hostile], i): ExportNode[] => [
    { id: `hostile-${i}`, label: hostile, nodeType: 'ACTOR', kind: 'GROUP' },
    { id: `topic-${i}`, label: hostile, nodeType: 'TOPIC', kind: '' },
  ]),
];
const CONFIDENCES = [0, 1, 0.5, 0.123456789, 1e-7];
const edges: ExportEdge[] = HOSTILE.flatMap(([, hostile], i): ExportEdge[] => [
  {
    id: `rel-hostile-${i}`,
    source: `hostile-${i}`,
    target: 'target',
    edgeType: 'RELATION',
    type: 'CRITICIZES',
    polarity: 'NEGATIVE',
    confidence: CONFIDENCES[i % CONFIDENCES.length] ?? 0.5,
    quote: hostile,
    documentId: 'hostile-doc',
    effectiveDate: '2025-03-01',
  },
  {
    id: `stance-hostile-${i}`,
    source: `hostile-${i}`,
    target: `topic-${i}`,
    edgeType: 'STANCE',
    type: 'OPPOSES',
    polarity: 'NEGATIVE',
    confidence: 0.5,
    // A stance without a quote or a date: empty attributes, not missing ones.
    quote: '',
    documentId: '',
    effectiveDate: '',
  },
]);
// A parallel relation: two edges between the same actors stay two.
edges.push({ ...edges[0], id: 'rel-parallel', type: 'CALLED' });

const truth: Exported = {
  nodes: Object.fromEntries(nodes.map((n) => [n.id, nodeOf({ ...n })])),
  edges: Object.fromEntries(edges.map((e) => [e.id, edgeOf({ ...e })])),
};

function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes the rows `pageSize` at a time, with an empty page among them, and returns the files by name. */
async function exportInMemory(
  format: AnalystFormat,
  pageSize: number,
): Promise<Record<string, string>> {
  const sinks: Record<string, ReturnType<typeof stringSink>> = {};
  const writer = await writers[format]((name) => (sinks[name] = stringSink()));
  await writer.nodes([]);
  for (const page of pages(nodes, pageSize)) await writer.nodes(page);
  for (const page of pages(edges, pageSize)) await writer.edges(page);
  await writer.edges([]);
  await writer.end();
  return Object.fromEntries(Object.entries(sinks).map(([name, sink]) => [name, sink.text()]));
}

it.each(ANALYST_FORMATS)(
  '%s holds every node and edge, hostile text and all, exactly',
  async (format) => {
    const back = readBack[format](await exportInMemory(format, 7));
    expect(back).toEqual(truth);
    HOSTILE.forEach(([, hostile], i) => {
      expect(back.nodes[`hostile-${i}`]?.label).toBe(hostile);
      expect(back.edges[`rel-hostile-${i}`]?.quote).toBe(hostile);
    });
  },
);

it.each(ANALYST_FORMATS)('%s is the same text whatever the page size', async (format) => {
  const whole = await exportInMemory(format, nodes.length + edges.length);
  expect(await exportInMemory(format, 1)).toEqual(whole);
  expect(await exportInMemory(format, 3)).toEqual(whole);
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  const formulas = ['=HYPERLINK("http://x.test","click")', '+1+1', '-2+3', '@SUM(A1)'];

  async function labels(options?: { safe: boolean }): Promise<string[]> {
    const sinks: Record<string, ReturnType<typeof stringSink>> = {};
    const writer = await csvWriter((name) => (sinks[name] = stringSink()), options);
    await writer.nodes(
      formulas.map((label, i) => ({ id: `f-${i}`, label, nodeType: 'ACTOR', kind: 'GROUP' })),
    );
    await writer.end();
    const rows = parseCsv<Record<string, string>>(sinks['nodes.csv']?.text() ?? '', {
      columns: true,
    });
    return rows.map((row) => row.label ?? '');
  }

  it("get a leading ' by default", async () => {
    expect(await labels()).toEqual(formulas.map((f) => `'${f}`));
  });

  it('stay as they are with safe: false (--no-csv-safe)', async () => {
    expect(await labels({ safe: false })).toEqual(formulas);
  });
});
