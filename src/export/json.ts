/**
 * JSON in networkx's node-link shape (`nx.node_link_graph(data)` gives a
 * MultiDiGraph keyed by edge id): `{directed, multigraph, graph, nodes, edges}`,
 * written a node and an edge at a time.
 */
import type { TextSink } from './sink';
import type { GraphWriter } from './writer';
import type { ExportEdge, ExportNode } from './model';

export async function jsonWriter(sink: TextSink): Promise<GraphWriter> {
  await sink.write('{"directed":true,"multigraph":true,"graph":{"name":"stancegraph"},"nodes":[');
  let first = true;
  let inNodes = true;
  const items = async (page: ReadonlyArray<object>) => {
    if (page.length === 0) return;
    const text = page.map((item) => `\n${JSON.stringify(item)}`).join(',');
    await sink.write(first ? text : `,${text}`);
    first = false;
  };
  const closeNodes = async () => {
    if (!inNodes) return;
    inNodes = false;
    first = true;
    await sink.write('\n],"edges":[');
  };
  return {
    nodes: (page: readonly ExportNode[]) =>
      items(page.map((n) => ({ id: n.id, label: n.label, nodeType: n.nodeType, kind: n.kind }))),
    async edges(page: readonly ExportEdge[]) {
      await closeNodes();
      await items(
        page.map((e) => ({
          source: e.source,
          target: e.target,
          key: e.id,
          id: e.id,
          edgeType: e.edgeType,
          type: e.type,
          polarity: e.polarity,
          confidence: e.confidence,
          quote: e.quote,
          documentId: e.documentId,
          effectiveDate: e.effectiveDate,
        })),
      );
    },
    async end() {
      await closeNodes();
      await sink.write('\n]}\n');
    },
  };
}
