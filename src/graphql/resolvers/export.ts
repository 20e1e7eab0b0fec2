/**
 * `Query.export`: the graph or a subgraph as GraphML, GEXF, CSV, JSON or a
 * Cypher script (src/export/run.ts), returned as file contents. Capped at
 * MAX_API_EXPORT_NODES nodes: larger graphs are for `stancegraph export`,
 * which streams to disk.
 */
import type { Context } from '../context';
import { badInput } from '../errors';
import { ExportArgumentError, type ExportFormat } from '../../export/model';
import { runExport } from '../../export/run';
import { stringSink } from '../../export/sink';

export const MAX_API_EXPORT_NODES = 5_000;

type ExportFormatEnum = 'GRAPHML' | 'GEXF' | 'CSV' | 'JSON' | 'CYPHER';

interface ExportFileModel {
  name: string;
  mediaType: string;
  content: string;
}

async function exportGraph(
  _: unknown,
  args: {
    format: ExportFormatEnum;
    actorIds?: string[] | null;
    depth?: number | null;
    csvSafe?: boolean | null;
  },
  ctx: Context,
) {
  const files: Array<{ name: string; mediaType: string; sink: ReturnType<typeof stringSink> }> = [];
  try {
    const summary = await runExport(
      ctx.graph,
      {
        format: args.format.toLowerCase() as ExportFormat,
        actorIds: args.actorIds ?? undefined,
        depth: args.depth ?? 1,
        maxNodes: MAX_API_EXPORT_NODES,
        csvSafe: args.csvSafe ?? true,
      },
      (name, mediaType) => {
        const sink = stringSink();
        files.push({ name, mediaType, sink });
        return sink;
      },
    );
    return {
      format: args.format,
      nodeCount: summary.nodeCount,
      edgeCount: summary.edgeCount,
      files: files.map((f): ExportFileModel => ({
        name: f.name,
        mediaType: f.mediaType,
        content: f.sink.text(),
      })),
    };
  } catch (err) {
    if (err instanceof ExportArgumentError) throw badInput(err.argument, err.problem);
    throw err;
  }
}

export const exportQueries = { export: exportGraph };
