/**
 * Which Neo4j errors are database failures (src/db/errors.ts), the one classification the API
 * (SERVICE_UNAVAILABLE) and the CLI (exit code 3) both put in their own words.
 */
import { Neo4jError } from 'neo4j-driver';
import { classifyNeo4jError } from '../../src/db/errors';

const neo4jError = (code: string) =>
  new Neo4jError('message', code, '50N42', 'general processing exception');

describe('classifyNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', 'unavailable'],
    ['SessionExpired', 'unavailable'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'unavailable'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'unavailable'],
    ['Neo.TransientError.Transaction.Terminated', 'unavailable'],
    // Retriable: the driver would retry it in a managed transaction.
    ['Neo.TransientError.Transaction.DeadlockDetected', 'unavailable'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'timed-out'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timed-out'],
    ['Neo.ClientError.Statement.SyntaxError', undefined],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', undefined],
  ])('%s is %s', (code, kind) => {
    expect(classifyNeo4jError(neo4jError(code))).toBe(kind);
  });

  it('leaves errors that are not from Neo4j alone', () => {
    expect(classifyNeo4jError(new Error('ServiceUnavailable'))).toBeUndefined();
    expect(classifyNeo4jError('ServiceUnavailable')).toBeUndefined();
  });
});
