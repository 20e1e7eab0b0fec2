/**
 * Subscriptions are served over WebSocket (graphql-ws, ../subscriptions.ts).
 * Sent over HTTP, Apollo would execute one like a query, and its null root
 * field would come back as an INTERNAL_SERVER_ERROR; this refuses it up front
 * as the client's mistake: HTTP 400, BAD_REQUEST. Found by
 * test/integration/fuzz.test.ts.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { ErrorCode } from '../errors';

export function httpSubscriptionsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation }) {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new GraphQLError(
              'subscriptions are served over WebSocket (graphql-ws) on this URL with ws://, not over HTTP',
              { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
