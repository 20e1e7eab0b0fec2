/** Driver lifecycle: one driver per process, created from the resolved Neo4j target. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config';

export interface DriverOptions {
  /**
   * How long managed transactions keep retrying retriable errors (including
   * "Neo4j unreachable"). Short for serving, so a request fails fast with
   * SERVICE_UNAVAILABLE when the database is gone; longer for batch loads.
   */
  retryMs?: number;
}

export const SERVE_RETRY_MS = 2_000;
export const LOAD_RETRY_MS = 30_000;

export function createDriver(target: Neo4jTarget, options: DriverOptions = {}): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    // Fail fast when Neo4j is gone instead of queueing requests behind a dead pool.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: options.retryMs ?? SERVE_RETRY_MS,
    maxConnectionPoolSize: 50,
    userAgent: 'stancegraph',
  });
}
