/**
 * Finds the Neo4j stancegraph talks to: NEO4J_URI when set, otherwise a local
 * Neo4j it starts itself (src/db/localNeo4j.ts). Applies cypher/schema.cypher
 * before handing out the graph.
 */
import type { Config, Neo4jTarget } from '../config';
import { cypher, statements } from './cypher';
import { createDriver, LOAD_RETRY_MS, SERVE_RETRY_MS } from './driver';
import { Graph } from './graph';
import { startLocalNeo4j, type LocalNeo4j } from './localNeo4j';

export interface Connection {
  graph: Graph;
  target: Neo4jTarget;
  /** Set when stancegraph started the database itself. */
  local: LocalNeo4j | undefined;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
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
    log(`starting a local Neo4j (data in ${config.localNeo4j.home})`);
    local = await startLocalNeo4j({
      home: config.localNeo4j.home,
      boltPort: config.localNeo4j.boltPort,
      httpPort: config.localNeo4j.httpPort,
      log,
    });
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
    throw err;
  }
  return { graph, target, local, close };
}

/** Creates the constraints and indexes in cypher/schema.cypher (all IF NOT EXISTS) and waits until they are online. */
export async function applySchema(graph: Graph): Promise<void> {
  await graph.runScript(statements(cypher('schema')));
}
