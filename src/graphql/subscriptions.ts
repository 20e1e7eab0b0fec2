/**
 * GraphQL over WebSocket (the graphql-ws protocol) on the HTTP server's own
 * port and path, as Apollo Server documents it: the executable schema Apollo
 * serves, a `ws` server on the same `http.Server`, and a dispose step the
 * server's drain runs on stop.
 *
 * With STANCEGRAPH_REQUIRE_KEY_FOR_READS=true a connection needs a valid key
 * in `connectionParams.authorization` ("Bearer <key>"); a connection that
 * sends a key that is not valid is refused whatever that setting. Mutations
 * are not taken over WebSocket: writes go through HTTP only.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { Graph } from '../db/graph';
import { missingKey, type KeyRing } from './auth';
import { createContext } from './context';
import { clientOf, rateLimited, type ClientLimiter } from './rateLimit';
import { createFormatError, ErrorCode, userError } from './errors';
import type { GraphEvents } from './pubsub';

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  graph: Graph;
  events: GraphEvents;
  keyRing: KeyRing;
  requireKeyForReads: boolean;
  logger: Logger;
  production: boolean;
  /** Per-client limit on subscribe operations (src/graphql/rateLimit.ts). */
  limiter?: ClientLimiter | undefined;
}

/** graphql-ws's close code for a connection refused for want of a valid key. */
export const CLOSE_UNAUTHENTICATED = 4401;

/** A WebSocket close reason holds at most 123 bytes. */
function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > 123) reason = `${reason.slice(0, -2)}…`;
  return reason;
}

export function startSubscriptionServer(options: SubscriptionServerOptions): {
  dispose(): Promise<void>;
} {
  const { graph, events, keyRing, schema, logger } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const format = createFormatError({ includeStack: !options.production });
  const formatAll = (errors: readonly GraphQLError[]) =>
    errors.map((e) => {
      logger.warn({ err: e.originalError ?? e, path: e.path }, 'subscription error');
      return format(e.toJSON(), e);
    });
  const authorizationOf = (params: Readonly<Record<string, unknown>> | undefined) =>
    params?.authorization;

  const cleanup = useServer(
    {
      schema,
      onConnect: (ctx) => {
        const auth = keyRing.authenticate(authorizationOf(ctx.connectionParams));
        const refused =
          auth.authError ?? (options.requireKeyForReads && !auth.principal ? missingKey() : null);
        if (!refused) return true;
        const reason = refused.extensions.reason as string;
        const advice =
          reason === 'MISSING' || reason === 'MALFORMED'
            ? 'send connectionParams {authorization: "Bearer <key>"}'
            : refused.message;
        logger.info({ reason }, 'WebSocket connection refused');
        ctx.extra.socket.close(
          CLOSE_UNAUTHENTICATED,
          closeReason(`${ErrorCode.UNAUTHENTICATED} (${reason}): ${advice}`),
        );
        return false;
      },
      onSubscribe: async (ctx, _id, payload) => {
        if (options.limiter) {
          const address = ctx.extra.request.socket.remoteAddress;
          const auth = keyRing.authenticate(authorizationOf(ctx.connectionParams));
          const client = clientOf(auth, address);
          const waitS = await options.limiter.take(client, address);
          if (waitS > 0) return [rateLimited(waitS)];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError(String(err))];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation === OperationTypeNode.MUTATION) {
          return [
            userError(
              ErrorCode.BAD_USER_INPUT,
              'mutations are not taken over WebSocket: send them as an HTTP POST to /graphql with Authorization: Bearer <key>',
            ),
          ];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      context: (ctx) =>
        createContext(graph, `ws-${randomUUID()}`, {
          auth: keyRing.authenticate(authorizationOf(ctx.connectionParams)),
          events,
        }),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatAll(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => formatAll(errors),
      isProd: options.production,
    },
    wsServer,
  );
  return { dispose: async () => cleanup.dispose() };
}
