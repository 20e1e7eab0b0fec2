/**
 * GraphML for Gephi, yEd and networkx (`nx.read_graphml`): one `<key>` per
 * attribute (`attr.name` is the name notebooks read), a directed graph, nodes
 * then edges, each attribute a `<data>` element. Parallel edges (two relations
 * between the same actors) are kept; networkx reads them as a MultiDiGraph
 * keyed by edge id. http://graphml.graphdrawing.org/specification.html
 */
import type { TextSink } from './sink';
import type { GraphWriter } from './writer';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type ExportEdge, type ExportNode } from './model';
import { xmlAttributes, xmlText } from './xml';

const type = (name: string) => (name === 'confidence' ? 'double' : 'string');

function header(): string {
  const keys = [
    ...NODE_ATTRIBUTES.map((name) => ({ id: `n-${name}`, for: 'node', name })),
    ...EDGE_ATTRIBUTES.map((name) => ({ id: `e-${name}`, for: 'edge', name })),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(
      (k) =>
        `  <key${xmlAttributes({ id: k.id, for: k.for, 'attr.name': k.name, 'attr.type': type(k.name) })}/>`,
    ),
    '  <graph id="stancegraph" edgedefault="directed">',
    '',
  ].join('\n');
}

const data = (key: string, value: string) => `<data key="${key}">${xmlText(value)}</data>`;

function node(n: ExportNode): string {
  const values = NODE_ATTRIBUTES.map((name) => data(`n-${name}`, n[name])).join('');
  return `    <node${xmlAttributes({ id: n.id })}>${values}</node>\n`;
}

function edge(e: ExportEdge): string {
  const values = EDGE_ATTRIBUTES.map((name) => data(`e-${name}`, String(e[name]))).join('');
  return `    <edge${xmlAttributes({ id: e.id, source: e.source, target: e.target })}>${values}</edge>\n`;
}

export async function graphmlWriter(sink: TextSink): Promise<GraphWriter> {
  await sink.write(header());
  return {
    nodes: (page) => sink.write(page.map(node).join('')),
    edges: (page) => sink.write(page.map(edge).join('')),
    end: () => sink.write('  </graph>\n</graphml>\n'),
  };
}
