/**
 * A Graph with no database behind it, for unit tests that go through the real
 * request path (Apollo, the HTTP server) to code that must answer before any
 * Cypher is sent: argument checks, query limits, production mode. Its driver
 * points at a closed port and does not retry, so a test that does reach for
 * Neo4j gets SERVICE_UNAVAILABLE at once instead of an answer; `onStatement`
 * still shows every statement that was sent.
 */
import { createDriver } from '../../src/db/driver';
import { Graph } from '../../src/db/graph';

/** Port 1 (tcpmux) is privileged and never served here: a connection is refused at once. */
export const NO_DATABASE_URI = 'bolt://127.0.0.1:1';

export function offlineGraph(): Graph {
  const target = { uri: NO_DATABASE_URI, user: 'neo4j', password: '', database: undefined };
  return new Graph(createDriver(target, { retryMs: 0 }), {
    database: undefined,
    queryTimeoutMs: 2_000,
    loadTimeoutMs: 2_000,
  });
}
