/**
 * The stancegraph command: start the API, load datasets, export the graph, run
 * a local Neo4j, extract a draft dataset from an article (and score the
 * extractor), generate synthetic corpora and benchmark. Every run ends with a
 * one-line summary on stderr (src/summary.ts) and one of the EXIT codes.
 */
import { Command } from 'commander';
import { resolve as resolvePath } from 'node:path';
import { ConfigError, readConfig, type Config } from './config';
import { connect, localNeo4jOptions } from './db/connect';
import { assertPortFree } from './db/ports';
import { PortInUseError } from './db/problems';
import { useLocalNeo4j } from './db/sharedNeo4j';
import type * as ServerModule from './graphql/server';
import { loadDataset } from './load';
import { bulkLoad } from './load/bulk';
import { announceLoad, currentVersion, type LoadChange } from './load/announce';
import { RedisBroker } from './broker/redisBroker';
import type { Graph } from './db/graph';
import { formatReport, summarizeReport } from './load/report';
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
    // Required here, not imported at the top: the API's modules take seconds to load, and every
    // other command (`load`, `export`, …) would pay for them at each run. `require`, not `import()`:
    // that would go through Node's ES module loader, which tsx/cjs does not hook.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startServer } = require('./graphql/server') as typeof ServerModule;
    const server = await listenOn(config, () =>
      startServer(
        {
          graph: connection.graph,
          logger,
          production: config.env === 'production',
          apiKeys: config.apiKeys,
          requireKeyForReads: config.requireKeyForReads,
          changePollMs: config.changePollMs,
          pubsubUrl: config.pubsubUrl,
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

async function load(
  config: Config,
  paths: string[],
  flags: { force?: boolean; bulk?: boolean },
): Promise<void> {
  if (flags.bulk) return bulk(config, paths);
  const started = Date.now();
  const connection = await connect(config, say, 'load');
  // Shown once the documents are being written (every file has been checked by then).
  let progress: Progress | undefined;
  const written: string[] = [];
  try {
    // With a shared broker, the API replicas hear what this load changed (src/load/announce.ts).
    const after = config.pubsubUrl ? await currentVersion(connection.graph) : 0;
    const report = await loadDataset(connection.graph, paths, {
      force: flags.force === true,
      onProgress: ({ total, documentId }) => {
        progress ??= startProgress('writing documents', total);
        progress.advance();
        written.push(documentId);
      },
    });
    progress?.stop();
    if (config.pubsubUrl) await announce(config.pubsubUrl, connection.graph, written, after);
    process.stdout.write(`${formatReport(report)}\n`);
    say(`${summarizeReport(report)} ${took(started)}`);
  } finally {
    progress?.stop();
    await connection.close();
  }
}

/** `load --bulk`: the offline importer into the local Neo4j's empty database (src/load/bulk/). */
async function bulk(config: Config, paths: string[]): Promise<void> {
  const started = Date.now();
  if (config.neo4j)
    throw new ConfigError(
      `load --bulk writes the local Neo4j's files with the offline importer, so it cannot import into NEO4J_URI=${config.neo4j.uri}: unset NEO4J_URI (the local Neo4j in STANCEGRAPH_NEO4J_HOME is used), or load without --bulk`,
    );
  let progress: Progress | undefined;
  try {
    const report = await bulkLoad(paths, {
      home: config.localNeo4j.home,
      open: () => connect(config, say, 'load'),
      projectRoot: resolvePath(__dirname, '..'),
      log: say,
      onProgress: ({ total }) => {
        progress ??= startProgress('writing CSV for the importer', total);
        progress.advance();
      },
    });
    progress?.stop();
    process.stdout.write(`${formatReport(report)}\n`);
    say(`${summarizeReport(report)} with --bulk ${took(started)}`);
  } finally {
    progress?.stop();
  }
}

/** Publishes a finished load's changes through the broker; a broker that is away costs only a warning. */
async function announce(url: string, graph: Graph, documentIds: string[], after: number) {
  const broker = new RedisBroker<LoadChange>(url);
  try {
    if (!(await broker.whenLive(5_000))) throw new Error(`no answer from ${url} within 5 s`);
    await announceLoad(graph, broker, documentIds, { after, upTo: await currentVersion(graph) });
  } catch (err) {
    say(
      `could not tell the API replicas through STANCEGRAPH_PUBSUB (${(err as Error).message}); their version poll (STANCEGRAPH_CHANGE_POLL_MS) will see the load`,
    );
  } finally {
    await broker.close();
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
    .option(
      '--bulk',
      "first load into an empty local database with Neo4j's offline importer (neo4j-admin database import): the same validation, many times faster; the local Neo4j must not be running",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  stancegraph load data\n  stancegraph load data/actors.yaml data/documents/trump-putin-call-2025-02.yaml\n  stancegraph load --force data\n  STANCEGRAPH_NEO4J_HOME=/data/big stancegraph load --bulk corpus/',
    )
    .action((paths: string[], flags: { force?: boolean; bulk?: boolean }) =>
      load(readConfig(), paths, flags),
    );

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
