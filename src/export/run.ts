/**
 * One export, whatever asks for it (the CLI or the API): checks the
 * arguments, reads the graph or subgraph a page at a time and writes the
 * chosen format to the output's files, reporting progress as it goes.
 */
import type { Graph } from '../db/graph';
import type { Progress } from '../progress';
import { ExportArgumentError, EXPORT_FORMATS, type ExportFormat } from './model';
import type { Output, TextSink } from './sink';
import type { GraphWriter } from './writer';
import {
  checkDepth,
  checkSubgraphArguments,
  countWholeGraph,
  subgraph,
  wholeGraph,
} from './source';
import { graphmlWriter } from './graphml';
import { gexfWriter } from './gexf';
import { csvWriter } from './csv';
import { jsonWriter } from './json';
import { writeCypherScript } from './cypherScript';

export interface ExportRequest {
  format: ExportFormat;
  /** The subgraph around these actors; the whole graph when left out. */
  actorIds?: readonly string[] | undefined;
  /** Relation hops from `actorIds` (1–3). */
  depth?: number | undefined;
  /** Refuse (before writing anything) an export of more nodes than this. */
  maxNodes?: number | undefined;
  /** CSV: prefix cells a spreadsheet would run as formulas with `'` (default true; src/export/csv.ts). */
  csvSafe?: boolean | undefined;
}

export interface ExportSummary {
  format: ExportFormat;
  /** Actors and topics. */
  nodeCount: number;
  /** Relations and stances not retracted. */
  edgeCount: number;
  /** For CYPHER: every node and relationship the script creates. */
  script?: { nodes: number; relationships: number };
}

/** Starts progress over `total` units (src/progress.ts's startProgress, or nothing). */
export type ProgressStarter = (label: string, total: number) => Progress;

const noProgress: ProgressStarter = () => ({ advance: () => undefined, stop: () => undefined });

export function parseFormat(value: string): ExportFormat {
  const format = value.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new ExportArgumentError(
      'format',
      `must be one of ${EXPORT_FORMATS.join(', ')}; got "${value}"`,
    );
  return format as ExportFormat;
}

function tooLarge(request: ExportRequest, nodes: number): ExportArgumentError | undefined {
  if (request.maxNodes === undefined || nodes <= request.maxNodes) return undefined;
  const limit = request.maxNodes.toLocaleString('en');
  const cli = `stancegraph export --format ${request.format}${request.format === 'csv' ? ' --out DIR' : ' --out FILE'}`;
  return request.actorIds
    ? new ExportArgumentError(
        'depth',
        `the subgraph has ${nodes} nodes, more than the ${limit} an API export returns; lower depth or give fewer actorIds, or run \`${cli}\` with --actor`,
      )
    : new ExportArgumentError(
        'actorIds',
        `the whole graph has ${nodes} nodes, more than the ${limit} an API export returns; give actorIds for a subgraph, or run \`${cli}\` for the whole graph`,
      );
}

/** Runs an export into `output`; throws ExportArgumentError naming the argument to change. */
export async function runExport(
  graph: Graph,
  request: ExportRequest,
  output: Output,
  startProgress: ProgressStarter = noProgress,
): Promise<ExportSummary> {
  const depth = request.depth ?? 1;
  checkDepth(depth);
  if (request.actorIds) checkSubgraphArguments(request.actorIds, depth);
  const opened: TextSink[] = [];
  const open: Output = (name, mediaType) => {
    const sink = output(name, mediaType);
    opened.push(sink);
    return sink;
  };
  let progress: Progress | undefined;
  try {
    let summary: ExportSummary;
    if (request.format === 'cypher') {
      if (request.actorIds)
        throw new ExportArgumentError(
          'actorIds',
          'the CYPHER format recreates the whole graph; leave out the actors, or choose graphml, gexf, csv or json for a subgraph',
        );
      const counts = await countWholeGraph(graph);
      const refused = tooLarge(request, counts.allNodes);
      if (refused) throw refused;
      progress = startProgress('exporting', counts.allNodes + counts.allRelationships);
      const p = progress;
      const script = await writeCypherScript(
        graph,
        open('graph.cypher', 'application/x-cypher-query'),
        (n) => p.advance(n),
      );
      summary = {
        format: 'cypher',
        nodeCount: script.nodeCount,
        edgeCount: script.edgeCount,
        script: { nodes: script.allNodes, relationships: script.allRelationships },
      };
    } else {
      const source = request.actorIds
        ? await subgraph(graph, request.actorIds, depth)
        : wholeGraph(graph, await countWholeGraph(graph));
      const refused = tooLarge(request, source.nodeCount);
      if (refused) throw refused;
      progress = startProgress('exporting', source.progressTotal);
      const p = progress;
      const writer = await formatWriter(request.format, open, request.csvSafe);
      let nodeCount = 0;
      let edgeCount = 0;
      for await (const page of source.nodes()) {
        nodeCount += page.length;
        await writer.nodes(page);
        p.advance(page.length);
      }
      for await (const page of source.edges((n) => p.advance(n))) {
        edgeCount += page.length;
        await writer.edges(page);
      }
      await writer.end();
      summary = { format: request.format, nodeCount, edgeCount };
    }
    for (const sink of opened) await sink.close();
    return summary;
  } catch (err) {
    for (const sink of opened) await sink.abort();
    throw err;
  } finally {
    progress?.stop();
  }
}

async function formatWriter(
  format: Exclude<ExportFormat, 'cypher'>,
  open: Output,
  csvSafe: boolean | undefined,
): Promise<GraphWriter> {
  switch (format) {
    case 'graphml':
      return graphmlWriter(open('graph.graphml', 'application/graphml+xml'));
    case 'gexf':
      return gexfWriter(open('graph.gexf', 'application/gexf+xml'));
    case 'csv':
      return csvWriter(open, { safe: csvSafe });
    case 'json':
      return jsonWriter(open('graph.json', 'application/json'));
    default: {
      const unreachable: never = format;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}
