/**
 * The `export` subcommand of `stancegraph` (src/cli.ts): writes the graph, or
 * the subgraph around some actors, as GraphML, GEXF, CSV, JSON or a Cypher
 * script (src/export/run.ts), to a file or stdout.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { readConfig } from '../config';
import { connect } from '../db/connect';
import { startProgress } from '../progress';
import { say } from '../summary';
import {
  EXPORT_FORMATS,
  ExportArgumentError,
  type ExportArgument,
  type ExportFormat,
} from './model';
import { parseFormat, runExport, type ExportSummary } from './run';
import { fileSink, stdoutSink, type Output } from './sink';
import { MAX_DEPTH } from './source';

/** How the CLI spells each export argument in its messages. */
const FLAG: Record<ExportArgument, string> = {
  format: '--format',
  actorIds: '--actor',
  depth: '--depth',
};

interface ExportFlags {
  format: ExportFormat;
  out?: string;
  actor?: string[];
  depth?: number;
  csvSafe: boolean;
}

function format(value: string): ExportFormat {
  try {
    return parseFormat(value);
  } catch (err) {
    if (err instanceof ExportArgumentError) throw new InvalidArgumentError(err.problem);
    throw err;
  }
}

function depth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_DEPTH)
    throw new InvalidArgumentError(`must be 1, 2 or ${MAX_DEPTH}`);
  return n;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Where the files go, and how the summary names it; a usage error names the flag to change. */
async function outputFor(
  flags: ExportFlags,
  fail: (message: string) => never,
): Promise<{ output: Output; where: string }> {
  if (flags.out === undefined) {
    if (flags.format === 'csv')
      fail('--out: CSV is two files (nodes.csv and edges.csv); give --out DIR, a directory');
    return { output: () => stdoutSink(), where: 'stdout' };
  }
  const out = resolve(flags.out);
  if (flags.format === 'csv') {
    await mkdir(out, { recursive: true });
    return {
      output: (name) => fileSink(join(out, name)),
      where: `${flags.out} (nodes.csv, edges.csv)`,
    };
  }
  if (await isDirectory(out)) {
    return {
      output: (name) => fileSink(join(out, name)),
      where: join(flags.out, `graph.${flags.format}`),
    };
  }
  if (!(await isDirectory(dirname(out))))
    fail(
      `--out: the folder ${dirname(flags.out)} does not exist; create it or choose another path`,
    );
  return { output: () => fileSink(out), where: flags.out };
}

function summaryLine(summary: ExportSummary, where: string): string {
  const script = summary.script
    ? ` (the script creates ${summary.script.nodes} nodes and ${summary.script.relationships} relationships in all)`
    : '';
  return `exported ${summary.nodeCount} nodes and ${summary.edgeCount} edges as ${summary.format} to ${where}${script}`;
}

export function addExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'write the graph (actors, topics, relations, stances), or the subgraph around some actors, for Gephi, networkx, spreadsheets or another Neo4j',
    )
    .requiredOption('--format <format>', `${EXPORT_FORMATS.join(', ')}`, format)
    .option(
      '--out <path>',
      'output file (a directory for csv, created if missing); stdout when left out',
    )
    .option(
      '--actor <id...>',
      'export the subgraph around these actors (ids) instead of the whole graph',
    )
    .option('--depth <n>', `relation hops from --actor, 1 to ${MAX_DEPTH} (default 1)`, depth)
    .option(
      '--no-csv-safe',
      "csv: keep cells that start with = + - @ as they are (by default they get a leading ' so a spreadsheet shows them as text, not formulas)",
    )
    .addHelpText(
      'after',
      [
        '',
        'Nodes are actors and topics (attributes label, nodeType ACTOR|TOPIC, kind); edges are',
        'relations (actor → actor) and stances (actor → topic) not retracted (attributes id,',
        'edgeType RELATION|STANCE, type, polarity, confidence, quote, documentId, effectiveDate).',
        'cypher is a script that recreates the whole database in an empty Neo4j 5.',
        '',
        'Examples:',
        '  stancegraph export --format graphml --out graph.graphml',
        '  stancegraph export --format gexf --actor zelensky --depth 2 --out zelensky.gexf',
        '  stancegraph export --format csv --out export/            # export/nodes.csv, export/edges.csv',
        '  stancegraph export --format csv --no-csv-safe --out export/   # raw text, for pandas',
        "  stancegraph export --format json --actor trump putin | jq '.edges[0]'",
        '  stancegraph export --format cypher --out graph.cypher && cypher-shell -f graph.cypher',
        '  npm run export -- --format graphml --out graph.graphml',
      ].join('\n'),
    )
    .action(async (flags: ExportFlags, command: Command) => {
      const fail = (message: string): never => command.error(message, { exitCode: 2 });
      if (flags.depth !== undefined && !flags.actor)
        fail('--depth: counts hops from --actor; give --actor ID too, or leave out --depth');
      if (flags.format === 'cypher' && flags.actor)
        fail(
          '--actor: the cypher format recreates the whole graph; leave out --actor, or choose graphml, gexf, csv or json for a subgraph',
        );
      const { output, where } = await outputFor(flags, fail);
      const connection = await connect(readConfig(), say, 'load');
      try {
        const summary = await runExport(
          connection.graph,
          {
            format: flags.format,
            actorIds: flags.actor,
            depth: flags.depth,
            csvSafe: flags.csvSafe,
          },
          output,
          (label, total) => startProgress(label, total),
        );
        say(summaryLine(summary, where));
      } catch (err) {
        if (err instanceof ExportArgumentError) fail(`${FLAG[err.argument]}: ${err.problem}`);
        throw err;
      } finally {
        await connection.close();
      }
    });
}
