/**
 * The stancegraph command: start the API, load datasets, export the graph, run
 * a local Neo4j, extract a draft dataset from an article (and score the
 * extractor), generate synthetic corpora and benchmark. Every run ends with a
 * one-line summary on stderr (src/summary.ts) and one of the EXIT codes.
 */
import { Command } from 'commander';
import { readConfig, type Config } from './config';
import { connect, localNeo4jOptions } from './db/connect';
import { assertPortFree } from './db/ports';
import { PortInUseError } from './db/problems';
import { useLocalNeo4j } from './db/sharedNeo4j';
import { loadDataset } from './load';
import { formatReport, summarizeReport } from './load/report';
import { startServer } from './graphql/server';
import { createLogger } from './log';
import { addExtractCommands } from './extract/command';
import { addGenCommand } from './gen/command';
import { addExportCommand } from './export/command';
import { benchCommand } from './bench/command';
import { startProgress, type Progress } from './progress';
import { elapsed, say, took } from './summary';
import { EXIT, EXIT_HELP, failure, FAILURE, type ExitCode } from './cliExit';

export { EXIT } from './cliExit';

const EXAMPLE_QUERY = `{
  actor(name: "Zelensky") {
    name
    relations(direction: IN) { type source { name } evidence { quote } }
  }
}`;

async function start(config: Config, options: { load: boolean }): Promise<void> {
  const started = Date.now();
  const logger = createLogger(config.logLevel);
  // Before Neo4j is started: a taken port should not cost its start-up time.
  await assertPortFree('api', config.host, config.port);
  const connection = await connect(config, say);
  try {
    if (options.load) {
      const report = await loadDataset(connection.graph, [config.demoData]);
      say(formatReport(report).replace(/\n/g, '\nstancegraph: '));
    }
    const server = await listenOn(config, () =>
      startServer(
        {
          graph: connection.graph,
          logger,
          production: config.env === 'production',
          apiKeys: config.apiKeys,
          requireKeyForReads: config.requireKeyForReads,
          changePollMs: config.changePollMs,
          responseCacheMb: config.responseCacheMb,
          cacheMaxAgeS: config.cacheMaxAgeS,
          limits: config.limits,
          bodyLimit: config.bodyLimit,
          introspection: config.introspection,
          sandbox: config.sandbox,
          rateLimit: config.rateLimit,
          trustProxy: config.trustProxy,
        },
        config.host,
        config.port,
      ),
    );
    if (config.apiKeys.length === 0) {
      say('no API keys configured (STANCEGRAPH_API_KEYS): every mutation will be refused');
    }
    // Listen for Ctrl-C before the banner invites it: a signal with no listener ends the process at once.
    const stopRequested = new Promise<void>((done) => {
      const stop = (signal: string) => {
        say(`${signal} received: draining requests and stopping`);
        done();
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    process.stdout.write(
      [
        '',
        `stancegraph is serving GraphQL at ${server.url}`,
        `  explorer: ${server.url.replace(/\/graphql$/, '/explorer/')}   (the graph in a browser)`,
        `  Neo4j:   ${connection.target.uri}${connection.local?.httpUrl ? ` (Browser: ${connection.local.httpUrl}/browser/)` : ''}${connection.local?.sharedFrom ? ` (shared: started by process ${connection.local.sharedFrom})` : ''}`,
        `  health:  ${server.url.replace(/\/graphql$/, '/health')}   ready: ${server.url.replace(/\/graphql$/, '/ready')}`,
        config.env === 'production'
          ? ''
          : `  open ${server.url} in a browser for Apollo Sandbox, or try:`,
        '',
        `curl -s ${server.url} -H 'content-type: application/json' \\`,
        `  -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'`,
        '',
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
    await stopRequested;
    await server.stop();
    say(`stopped serving ${server.url} after ${elapsed(started)}`);
  } finally {
    await connection.close();
  }
}

/** Runs `listen`, turning "address in use" (taken since assertPortFree looked) into PortInUseError. */
async function listenOn<T>(config: Config, listen: () => Promise<T>): Promise<T> {
  try {
    return await listen();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new PortInUseError('api', config.host, config.port);
    throw err;
  }
}

async function load(config: Config, paths: string[], flags: { force?: boolean }): Promise<void> {
  const started = Date.now();
  const connection = await connect(config, say, 'load');
  // Shown once the documents are being written (every file has been checked by then).
  let progress: Progress | undefined;
  try {
    const report = await loadDataset(connection.graph, paths, {
      force: flags.force === true,
      onProgress: ({ total }) => {
        progress ??= startProgress('writing documents', total);
        progress.advance();
      },
    });
    progress?.stop();
    process.stdout.write(`${formatReport(report)}\n`);
    say(`${summarizeReport(report)} ${took(started)}`);
  } finally {
    progress?.stop();
    await connection.close();
  }
}

async function runNeo4j(config: Config): Promise<void> {
  const started = Date.now();
  const local = await useLocalNeo4j(localNeo4jOptions(config, say));
  process.stdout.write(`NEO4J_URI=${local.uri}\n`);
  if (local.sharedFrom !== undefined) {
    say(
      `the local Neo4j for ${local.home} already runs at ${local.uri} (started by process ${local.sharedFrom}, which stops it when it ends)`,
    );
    return;
  }
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await local.stop();
  say(`stopped the local Neo4j at ${local.uri} after ${elapsed(started)}`);
}

export function buildProgram(): Command {
  const program = new Command()
    .name('stancegraph')
    .description('A knowledge graph of political actors and their stances, built from news.')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  stancegraph start',
        '  stancegraph load data',
        '  stancegraph export --help',
        '  stancegraph gen --size S --out /tmp/corpus && stancegraph load /tmp/corpus',
        '  stancegraph bench --size S',
        '',
        EXIT_HELP,
      ].join('\n'),
    );

  program
    .command('start')
    .description('find or start Neo4j, apply the schema, load the demo corpus and serve GraphQL')
    .option('--no-load', 'serve what the graph holds without loading the demo corpus')
    .addHelpText(
      'after',
      '\nExamples:\n  stancegraph start\n  PORT=4100 NEO4J_URI=bolt://db:7687 NEO4J_PASSWORD=secret stancegraph start --no-load',
    )
    .action((opts: { load: boolean }) => start(readConfig(), opts));

  program
    .command('load')
    .description(
      'validate dataset files (YAML or JSON) and write them to Neo4j; nothing is written if any is bad',
    )
    .argument(
      '<paths...>',
      'dataset files, or directories searched for .yaml, .yml and .json files',
    )
    .option(
      '--force',
      'rewrite every document, even those whose content hash says they are unchanged since the last load',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  stancegraph load data\n  stancegraph load data/actors.yaml data/documents/trump-putin-call-2025-02.yaml\n  stancegraph load --force data',
    )
    .action((paths: string[], flags: { force?: boolean }) => load(readConfig(), paths, flags));

  program
    .command('neo4j')
    .description(
      'run the local Neo4j alone (for tools that take NEO4J_URI) until interrupted; if one already runs for STANCEGRAPH_NEO4J_HOME, print its NEO4J_URI and exit',
    )
    .addHelpText('after', '\nExample:\n  STANCEGRAPH_NEO4J_BOLT_PORT=7688 stancegraph neo4j')
    .action(() => runNeo4j(readConfig()));

  // extract (article → draft dataset) and eval-extract (scores against gold): src/extract/command.ts
  addExtractCommands(program);
  // gen (synthetic corpora for benchmarks): src/gen/command.ts
  addGenCommand(program);
  addExportCommand(program); // export (GraphML, GEXF, CSV, JSON, Cypher): src/export/command.ts
  // bench (loading and query benchmark; bench/run.ts, loaded only when it runs): src/bench/command.ts
  program.addCommand(benchCommand('bench', say).copyInheritedSettings(program));

  return program;
}

/** Runs the command `argv` names; a failure ends with its summary line (successes write their own). */
export async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  const code = await run(argv);
  if (code !== EXIT.OK) {
    const command = argv.slice(2).find((a) => !a.startsWith('-')) ?? 'stancegraph';
    say(`${command} failed ${took(started)}: exit ${code}, ${FAILURE[code]}`);
  }
  return code;
}

async function run(argv: string[]): Promise<ExitCode> {
  try {
    await buildProgram().parseAsync(argv);
    return EXIT.OK;
  } catch (err) {
    const { code, message } = failure(err);
    if (message !== undefined) say(message);
    return code;
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => process.exit(code));
}
