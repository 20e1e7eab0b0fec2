/**
 * Each analyst export format read back by an independent parser (JSON.parse,
 * csv-parse, graphology's GraphML and GEXF readers) into one shape to compare:
 * test/unit/export.test.ts over rows in memory, test/integration/export.test.ts
 * over a real graph.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import Graphology from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/export/model';

export interface Node {
  label: string;
  nodeType: string;
  kind: string;
}
export interface Edge {
  source: string;
  target: string;
  edgeType: string;
  type: string;
  polarity: string;
  confidence: number;
  quote: string;
  documentId: string;
  effectiveDate: string;
}
export interface Exported {
  nodes: Record<string, Node>;
  edges: Record<string, Edge>;
}

export const NODE_KEYS = ['label', 'nodeType', 'kind'] as const;
export const EDGE_KEYS = [
  'edgeType',
  'type',
  'polarity',
  'confidence',
  'quote',
  'documentId',
  'effectiveDate',
] as const;

export type AnalystFormat = Exclude<ExportFormat, 'cypher'>;
export const ANALYST_FORMATS = EXPORT_FORMATS.filter((f): f is AnalystFormat => f !== 'cypher');

/** A scalar as text (numbers in decimal), anything else empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function edgeOf(o: Record<string, unknown>, source?: string, target?: string): Edge {
  return {
    source: source ?? text(o.source),
    target: target ?? text(o.target),
    ...(Object.fromEntries(
      EDGE_KEYS.map((k) => [k, k === 'confidence' ? Number(o[k]) : text(o[k])]),
    ) as Omit<Edge, 'source' | 'target'>),
  };
}

export function nodeOf(o: Record<string, unknown>): Node {
  return Object.fromEntries(NODE_KEYS.map((k) => [k, text(o[k])])) as unknown as Node;
}

/** Each format read back by its own parser, into one shape to compare. */
export const readBack: Record<AnalystFormat, (files: Record<string, string>) => Exported> = {
  json(files) {
    const data = JSON.parse(files['graph.json'] ?? '') as {
      directed: boolean;
      multigraph: boolean;
      nodes: Array<Record<string, unknown>>;
      edges: Array<Record<string, unknown>>;
    };
    expect(data).toMatchObject({ directed: true, multigraph: true });
    for (const e of data.edges) expect(e.key).toBe(e.id);
    return {
      nodes: Object.fromEntries(data.nodes.map((n) => [String(n.id), nodeOf(n)])),
      edges: Object.fromEntries(data.edges.map((e) => [String(e.id), edgeOf(e)])),
    };
  },
  csv(files) {
    const nodes = parseCsv<Record<string, string>>(files['nodes.csv'] ?? '', { columns: true });
    const edges = parseCsv<Record<string, string>>(files['edges.csv'] ?? '', { columns: true });
    expect(Object.keys(nodes[0] ?? {})).toEqual(['id', 'label', 'nodeType', 'kind']);
    expect(Object.keys(edges[0] ?? {})).toEqual(['id', 'source', 'target', ...EDGE_KEYS]);
    return {
      nodes: Object.fromEntries(nodes.map((n) => [String(n.id), nodeOf(n)])),
      edges: Object.fromEntries(edges.map((e) => [String(e.id), edgeOf(e)])),
    };
  },
  graphml(files) {
    const g = parseGraphml(Graphology, files['graph.graphml'] ?? '');
    expect(g.type).toBe('directed');
    const out: Exported = { nodes: {}, edges: {} };
    g.forEachNode((id, a) => (out.nodes[id] = nodeOf(a)));
    g.forEachEdge((key, a, source, target) => {
      expect(a.id).toBe(key);
      out.edges[key] = edgeOf(a, source, target);
    });
    return out;
  },
  gexf(files) {
    const g = parseGexf(Graphology, files['graph.gexf'] ?? '');
    expect(g.type).toBe('directed');
    const out: Exported = { nodes: {}, edges: {} };
    g.forEachNode((id, a) => (out.nodes[id] = nodeOf(a)));
    g.forEachEdge((key, a, source, target) => {
      expect(a.weight).toBe(a.confidence);
      expect(a.label).toBe(a.type);
      out.edges[key] = edgeOf(a, source, target);
    });
    return out;
  },
};
