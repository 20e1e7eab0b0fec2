/**
 * CSV for spreadsheets and pandas: nodes.csv and edges.csv, each with a header
 * row. csv-stringify quotes fields holding commas, quotes or line breaks
 * (RFC 4180), so quotes with newlines survive a round trip.
 *
 * A quote is text from the news, and a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is a formula to Excel, LibreOffice and
 * Google Sheets. Unless the caller turns it off, csv-stringify's
 * `escape_formulas` prefixes such text cells with `'` (OWASP's advice for CSV
 * injection); numbers are never touched. pandas reads the prefix as text, so
 * a notebook that wants the raw text exports with `--no-csv-safe`.
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

export interface CsvOptions {
  /** Prefix text cells that a spreadsheet would run as a formula with `'` (default true). */
  safe?: boolean;
}

export async function csvWriter(output: Output, options: CsvOptions = {}): Promise<GraphWriter> {
  const escape_formulas = options.safe ?? true;
  const rows = (records: ReadonlyArray<ReadonlyArray<string | number>>) =>
    stringify(records as Array<Array<string | number>>, {
      eof: true,
      record_delimiter: 'unix',
      escape_formulas,
    });
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
