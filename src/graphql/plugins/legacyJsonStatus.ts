/**
 * GraphQL over HTTP: a client that accepts only `application/json` (not
 * `application/graphql-response+json`) SHOULD get status 200 for a request
 * whose document fails to parse or validate or whose variables fail to coerce,
 * since such clients read errors from the body, not the status.
 * https://graphql.github.io/graphql-over-http/draft/#sec-application-json
 * Apollo Server answers 400 in those cases; this plugin restores 200 for
 * legacy clients and leaves `application/graphql-response+json` requests alone.
 */
import type { ApolloServerPlugin } from '@apollo/server';

const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

export function legacyJsonStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ request, response, errors }) {
          const accept = request.http?.headers.get('accept') ?? '';
          if (accept.includes('application/graphql-response+json')) return Promise.resolve();
          const beforeExecution =
            response.body.kind === 'single' && response.body.singleResult.data === undefined;
          if (
            response.http.status === 400 &&
            beforeExecution &&
            (errors ?? []).every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)))
          ) {
            response.http.status = 200;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
