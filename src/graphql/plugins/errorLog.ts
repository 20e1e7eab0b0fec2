/**
 * Logs every error of a request once, on the request's own logger line with
 * its request id. Client mistakes are logged at debug, an unavailable
 * database at warn, anything unexpected at error with its stack.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode, isUnavailable } from '../errors';

export function errorLogPlugin<T extends { requestId: string }>(
  logger: Logger,
): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue, operationName }) {
          const log = logger.child({ reqId: contextValue.requestId, operationName });
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = error.extensions?.code;
            if (isUnavailable(original)) {
              log.warn(
                { path: error.path, code: ErrorCode.SERVICE_UNAVAILABLE },
                'Neo4j unavailable',
              );
            } else if (
              original instanceof GraphQLError &&
              typeof code === 'string' &&
              code !== ErrorCode.INTERNAL_SERVER_ERROR
            ) {
              log.debug({ path: error.path, code, message: error.message }, 'client error');
            } else {
              log.error({ err: original, path: error.path }, 'unexpected error');
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
