/** Driver lifecycle: one driver per process, created from the resolved Neo4j target. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config';

export function createDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    // Fail fast when Neo4j is gone instead of queueing requests behind a dead pool.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 10_000,
    maxConnectionPoolSize: 50,
    userAgent: 'stancegraph',
  });
}
