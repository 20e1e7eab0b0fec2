/**
 * CSV for spreadsheets and pandas: nodes.csv and edges.csv, each with a header
 * row. csv-stringify quotes fields holding commas, quotes or line breaks
 * (RFC 4180), so quotes with newlines survive a round trip.
 */
import { stringify } from 'csv-stringify/sync';
import type { Output } from './sink';
import type { GraphWriter } from './writer';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type ExportEdge, type ExportNode } from './model';

export const NODE_COLUMNS = ['id', ...NODE_ATTRIBUTES] as const;
export const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  ...EDGE_ATTRIBUTES.filter((name) => name !== 'id'),
] as const;

const rows = (records: ReadonlyArray<ReadonlyArray<string | number>>) =>
  stringify(records as Array<Array<string | number>>, { eof: true, record_delimiter: 'unix' });

export async function csvWriter(output: Output): Promise<GraphWriter> {
  const nodes = output('nodes.csv', 'text/csv');
  const edges = output('edges.csv', 'text/csv');
  await nodes.write(rows([NODE_COLUMNS]));
  await edges.write(rows([EDGE_COLUMNS]));
  return {
    nodes: (page: readonly ExportNode[]) =>
      nodes.write(rows(page.map((n) => NODE_COLUMNS.map((c) => n[c])))),
    edges: (page: readonly ExportEdge[]) =>
      edges.write(rows(page.map((e) => EDGE_COLUMNS.map((c) => e[c])))),
    // Both files are closed by the caller, with every other sink of the export.
    end: () => Promise.resolve(),
  };
}
