/**
 * stancegraph's one error model. Every error a client sees carries one of
 * these codes in `extensions.code`; the list is published in schema.graphql's
 * companion docs (docs/API.md, "Errors"). Errors are formatted once, in
 * `formatError`, which never throws.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { classifyNeo4jError, isInvalidBookmark, type Neo4jFailure } from '../db/errors';

export const ErrorCode = {
  /** An argument or input is wrong; the message says which and what to change. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The id or name given matches nothing. */
  NOT_FOUND: 'NOT_FOUND',
  /** No valid key was sent for an operation that needs one. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The key is valid but may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** The client sent more requests than its rate limit allows; `extensions.retryAfter` says how many seconds to wait. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Neo4j cannot be reached or timed out; retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The HTTP request itself is unusable: a body that is not JSON, too large, or a subscription sent over HTTP. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The query is not valid GraphQL for this schema (set by graphql-js and Apollo). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** Anything else: a defect in stancegraph. Details are logged, not returned, in production. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(
  code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export function badInput(argument: string, message: string): GraphQLError {
  return userError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { argumentName: argument });
}

/**
 * The API's code for each kind of database failure (classified in src/db/errors.ts): a client
 * can only retry later, whether Neo4j is away or too slow.
 */
const FAILURE_CODE: Record<Neo4jFailure, ErrorCode> = {
  unavailable: ErrorCode.SERVICE_UNAVAILABLE,
  'timed-out': ErrorCode.SERVICE_UNAVAILABLE,
};

/** Whether `error` is a database failure a client sees as SERVICE_UNAVAILABLE. */
export function isUnavailable(error: unknown): boolean {
  const failure = classifyNeo4jError(error);
  return failure !== undefined && FAILURE_CODE[failure] === ErrorCode.SERVICE_UNAVAILABLE;
}

export interface FormatOptions {
  /** Include stack traces of unexpected errors (development only). */
  includeStack: boolean;
}

/**
 * Request errors Apollo Server raises without a code (so they would read as internal errors),
 * by their message, with what the client should change: automatic persisted queries
 * (https://www.apollographql.com/docs/apollo-server/performance/apq).
 */
const APOLLO_REQUEST_ERRORS: Record<string, string> = {
  'provided sha does not match query':
    'extensions.persistedQuery.sha256Hash does not match the query: send the hex SHA-256 of the exact query text',
  'Unsupported persisted query version':
    'extensions.persistedQuery.version: only version 1 is supported',
};

/** Apollo's `formatError`: the one place errors become what a client sees. */
export function createFormatError(options: FormatOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const requestError = APOLLO_REQUEST_ERRORS[formatted.message];
    if (original instanceof GraphQLError && requestError !== undefined) {
      return { message: requestError, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    if (
      original instanceof GraphQLError &&
      typeof code === 'string' &&
      code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      return stripStack(formatted, options.includeStack);
    }
    if (isInvalidBookmark(original)) {
      return {
        message:
          "X-Stancegraph-Bookmark header: Neo4j does not know this bookmark; send the extensions.bookmark of a mutation made on this stancegraph's database, or no header",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.BAD_USER_INPUT, header: 'X-Stancegraph-Bookmark' },
      };
    }
    if (isUnavailable(original)) {
      return {
        message: 'the graph database is unavailable or too slow to answer right now; retry shortly',
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    return {
      message: options.includeStack ? formatted.message : 'internal error; it has been logged',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(options.includeStack && original instanceof Error
          ? { stacktrace: original.stack?.split('\n') }
          : {}),
      },
    };
  };
}

function stripStack(
  formatted: GraphQLFormattedError,
  includeStack: boolean,
): GraphQLFormattedError {
  if (includeStack || !formatted.extensions || !('stacktrace' in formatted.extensions))
    return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
