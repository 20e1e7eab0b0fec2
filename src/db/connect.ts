/**
 * Finds the Neo4j stancegraph talks to: NEO4J_URI when set, otherwise the local
 * Neo4j of the data directory, shared with any stancegraph process already running
 * it or else started here (src/db/sharedNeo4j.ts). Applies cypher/schema.cypher
 * before handing out the graph.
 */
import type { Config, Neo4jTarget } from '../config';
import { schemaStatements } from './cypher';
import { createDriver, LOAD_RETRY_MS, SERVE_RETRY_MS } from './driver';
import { Graph } from './graph';
import type { LocalNeo4j, LocalNeo4jOptions } from './localNeo4j';
import { Neo4jProblem } from './problems';
import { useLocalNeo4j } from './sharedNeo4j';
import { Neo4jError } from 'neo4j-driver';

export interface Connection {
  graph: Graph;
  target: Neo4jTarget;
  /** Set when the database is the local Neo4j (`local.sharedFrom` set when another process started it). */
  local: LocalNeo4j | undefined;
  /** Closes the driver, then stops the local Neo4j if this process started it (never a shared one). */
  close(): Promise<void>;
}

export async function connect(
  config: Config,
  log: (line: string) => void = () => undefined,
  purpose: 'serve' | 'load' = 'serve',
): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let target = config.neo4j;
  if (!target) {
    local = await useLocalNeo4j(localNeo4jOptions(config, log));
    target = { uri: local.uri, user: local.user, password: local.password, database: undefined };
  }
  const graph = new Graph(
    createDriver(target, { retryMs: purpose === 'load' ? LOAD_RETRY_MS : SERVE_RETRY_MS }),
    {
      database: target.database,
      queryTimeoutMs: config.queryTimeoutMs,
      loadTimeoutMs: config.loadTimeoutMs,
    },
  );
  const close = async () => {
    await graph.close();
    await local?.stop();
  };
  try {
    await graph.driver.verifyConnectivity({ database: target.database });
    await applySchema(graph);
  } catch (err) {
    await close();
    throw explain(err, target.uri, local !== undefined);
  }
  return { graph, target, local, close };
}

/**
 * How commands run the local Neo4j of `config`. The launcher's own stderr (a Java stack
 * when it fails) reaches `log` only at LOG_LEVEL debug or trace: the error it leads to
 * already says what went wrong in one line.
 */
export function localNeo4jOptions(config: Config, log: (line: string) => void): LocalNeo4jOptions {
  const verbose = config.logLevel === 'debug' || config.logLevel === 'trace';
  return {
    home: config.localNeo4j.home,
    boltPort: config.localNeo4j.boltPort,
    httpPort: config.localNeo4j.httpPort,
    log: (line) => {
      if (verbose || !line.startsWith('neo4j: ')) log(line);
    },
  };
}

/** A first contact that failed, in words that say what to check. */
function explain(err: unknown, uri: string, local: boolean): unknown {
  const where = local
    ? 'the local Neo4j stopped answering; try again, and see its logs/debug.log'
    : 'is it running? Check NEO4J_URI, or unset it to use the local Neo4j';
  if (err instanceof Neo4jError && (err.code === 'ServiceUnavailable' || err.retriable))
    return new Neo4jProblem(
      'unavailable',
      `Neo4j at ${uri} does not answer (${cause(err)}): ${where}`,
      {
        cause: err,
      },
    );
  if (err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.Security.'))
    return new Neo4jProblem(
      'unauthorized',
      `Neo4j at ${uri} refused to let stancegraph in (${err.code}): check NEO4J_USER and NEO4J_PASSWORD`,
      { cause: err },
    );
  return err;
}

/** The driver's reason, without its paragraph of general advice. */
function cause(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const caused = /Caused by: (.+)$/s.exec(message)?.[1] ?? message;
  return (caused.split('\n')[0] ?? caused).trim();
}

/** Creates the constraints and indexes in cypher/schema.cypher (all IF NOT EXISTS) and waits until they are online. */
export async function applySchema(graph: Graph): Promise<void> {
  await graph.runScript(schemaStatements());
}
