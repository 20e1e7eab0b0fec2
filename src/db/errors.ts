/**
 * Which Neo4j errors mean "the database, not the request": matched once here, on the
 * `Neo4jError.code` values the driver and the server document
 * (https://neo4j.com/docs/status-codes/current/errors/all-errors/), so the API
 * (src/graphql/errors.ts) and the CLI (src/cliExit.ts) put them in their own words alike.
 */
import { Neo4jError } from 'neo4j-driver';

export type Neo4jFailure =
  /** A transaction ran past its timeout (STANCEGRAPH_QUERY_TIMEOUT_MS, STANCEGRAPH_LOAD_TIMEOUT_MS). */
  | 'timed-out'
  /** The database cannot be reached, went away, or asks to be retried. */
  | 'unavailable';

/** Neo4j error codes and driver codes that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/**
 * Whether Neo4j refused a bookmark a client sent (X-Stancegraph-Bookmark) as not one of its
 * own: InvalidBookmark, or InvalidBookmarkMixture (bookmarks of several databases).
 */
export function isInvalidBookmark(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code.startsWith('Neo.ClientError.Transaction.InvalidBookmark')
  );
}

/** The kind of a database failure; undefined for anything else (a defect, bad Cypher, a constraint). */
export function classifyNeo4jError(error: unknown): Neo4jFailure | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  // Neo.ClientError.Transaction.TransactionTimedOut and …TransactionTimedOutClientConfiguration.
  if (error.code.includes('TransactionTimedOut')) return 'timed-out';
  if (UNAVAILABLE_CODES.has(error.code) || error.retriable) return 'unavailable';
  return undefined;
}
