/**
 * GEXF 1.3 for Gephi and networkx (`nx.read_gexf`): node label as the
 * `label` XML attribute, edge id as the `id` XML attribute (networkx puts it
 * in the edge's data as `id`), the relation type or position as the edge
 * label, confidence as its weight, every other attribute an `<attvalue>`.
 * https://gexf.net/schema.html
 */
import type { TextSink } from './sink';
import type { GraphWriter } from './writer';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type ExportEdge, type ExportNode } from './model';
import { xmlAttributes } from './xml';

/** Written as XML attributes of the element itself, not as attvalues. */
const NODE_VALUES = NODE_ATTRIBUTES.filter((name) => name !== 'label');
const EDGE_VALUES = EDGE_ATTRIBUTES.filter((name) => name !== 'id');

const declare = (name: string) =>
  `      <attribute${xmlAttributes({ id: name, title: name, type: name === 'confidence' ? 'double' : 'string' })}/>`;

function header(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>stancegraph</creator>',
    '    <description>Political actors and topics; relations and stances with their first evidence quote</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...NODE_VALUES.map(declare),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_VALUES.map(declare),
    '    </attributes>',
    '    <nodes>',
    '',
  ].join('\n');
}

const attvalues = (values: Array<[string, string]>) =>
  `<attvalues>${values.map(([name, value]) => `<attvalue${xmlAttributes({ for: name, value })}/>`).join('')}</attvalues>`;

function node(n: ExportNode): string {
  const values = attvalues(NODE_VALUES.map((name) => [name, n[name]]));
  return `      <node${xmlAttributes({ id: n.id, label: n.label })}>${values}</node>\n`;
}

function edge(e: ExportEdge): string {
  const values = attvalues(EDGE_VALUES.map((name) => [name, String(e[name])]));
  const own = {
    id: e.id,
    source: e.source,
    target: e.target,
    label: e.type,
    weight: String(e.confidence),
  };
  return `      <edge${xmlAttributes(own)}>${values}</edge>\n`;
}

export async function gexfWriter(sink: TextSink): Promise<GraphWriter> {
  await sink.write(header());
  let inNodes = true;
  const closeNodes = async () => {
    if (!inNodes) return;
    inNodes = false;
    await sink.write('    </nodes>\n    <edges>\n');
  };
  return {
    nodes: (page) => sink.write(page.map(node).join('')),
    async edges(page) {
      await closeNodes();
      await sink.write(page.map(edge).join(''));
    },
    async end() {
      await closeNodes();
      await sink.write('    </edges>\n  </graph>\n</gexf>\n');
    },
  };
}
