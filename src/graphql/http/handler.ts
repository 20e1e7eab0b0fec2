/**
 * /graphql on Node's own `http` server (issue 13, item 4): the request goes
 * straight to Apollo's `executeHTTPGraphQLRequest`, as in Apollo's standalone
 * server, without Express's router, request and response prototypes and
 * `res.send`. Every other path stays on Express (../server.ts).
 *
 * In order, as the Express chain had it: the access log and request id
 * (../requestLog.ts), the per-client rate limit (429 + Retry-After), the
 * bookmark header (400 when malformed), the JSON body (body-parser, the reader
 * Express and Apollo's standalone server use; refusals become BAD_REQUEST,
 * ../bodyErrors.ts), then Apollo with the request's context.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import express from 'express';
import type { Logger } from 'pino';
import type { Graph } from '../../db/graph';
import type { KeyRing, RequestAuth } from '../auth';
import { bodyError } from '../bodyErrors';
import { BOOKMARK_HEADER, parseBookmarkHeader } from '../bookmarks';
import { createContext, type Context } from '../context';
import { ErrorCode, userError } from '../errors';
import type { GraphEvents } from '../pubsub';
import { clientOf, rateLimited, type ClientLimiter } from '../rateLimit';
import type { RequestLogger } from '../requestLog';
import { sendError, sendGraphQL } from './respond';

export interface GraphqlHttpOptions {
  apollo: ApolloServer<Context>;
  graph: Graph;
  events: GraphEvents;
  keyRing: KeyRing;
  logger: Logger;
  log: RequestLogger;
  limiter: ClientLimiter | undefined;
  /** The client's address as `trust proxy` sees it (rate limits). */
  addressOf: (req: IncomingMessage) => string | undefined;
  /** Largest request body accepted, e.g. "1mb". */
  bodyLimit: string;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Whether Express's `app.use('/graphql')` would have matched: `/graphql`, then the end, `/` or `?`, any case. */
export function isGraphqlPath(url: string | undefined): boolean {
  if (url === undefined || url.length < 8) return false;
  const head = url.slice(0, 8);
  if (head !== '/graphql' && head.toLowerCase() !== '/graphql') return false;
  return url.length === 8 || url[8] === '?' || url[8] === '/';
}

/** Apollo's view of the request: headers (repeats joined by ", "), the query string, the body. */
function apolloRequest(req: IncomingMessage, body: unknown): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  const raw = req.headers;
  for (const name in raw) {
    const value = raw[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const search = q < 0 ? '' : url.slice(q);
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search, body };
}

export function graphqlHttp(options: GraphqlHttpOptions): Listener {
  const { apollo, graph, events, logger } = options;
  const readJson = express.json({ limit: options.bodyLimit });

  const failed = (res: ServerResponse, err: unknown) => {
    logger.error({ err }, 'request failed');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendError(res, 500, {
      message: 'internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  };

  const execute = (
    req: IncomingMessage,
    res: ServerResponse,
    auth: RequestAuth,
    bookmarks: readonly string[],
  ) => {
    const body = (req as { body?: unknown }).body;
    const requestId = (req as { id?: unknown }).id as string;
    apollo
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: apolloRequest(req, body),
        context: () =>
          Promise.resolve(createContext(graph.forRequest(bookmarks), requestId, { auth, events })),
      })
      .then((answer) => sendGraphQL(req, res, answer))
      .catch((err: unknown) => failed(res, err));
  };

  /** After the rate limit: the bookmark header, the body, then Apollo. */
  const admitted = (req: IncomingMessage, res: ServerResponse, auth: RequestAuth) => {
    const header = req.headers[BOOKMARK_HEADER];
    const bookmarks = parseBookmarkHeader(Array.isArray(header) ? header.join(', ') : header);
    if (typeof bookmarks === 'string') {
      const error = userError(
        ErrorCode.BAD_USER_INPUT,
        `X-Stancegraph-Bookmark header: ${bookmarks}`,
        {
          header: 'X-Stancegraph-Bookmark',
        },
      );
      sendError(res, 400, { message: error.message, extensions: error.extensions });
      return;
    }
    readJson(req, res, (err?: unknown) => {
      if (err === undefined || err === null) {
        execute(req, res, auth, bookmarks);
        return;
      }
      const refused = bodyError(err);
      if (refused && !res.headersSent) sendError(res, refused.status, refused.error);
      else failed(res, err);
    });
  };

  const limited = (
    req: IncomingMessage,
    res: ServerResponse,
    auth: RequestAuth,
    limiter: ClientLimiter,
  ) => {
    const address = options.addressOf(req);
    limiter.take(clientOf(auth, address), address).then(
      (waitS) => {
        if (waitS === 0) return admitted(req, res, auth);
        const error = rateLimited(waitS);
        sendError(
          res,
          429,
          { message: error.message, extensions: error.extensions },
          {
            'retry-after': String(waitS),
          },
        );
      },
      (err: unknown) => failed(res, err),
    );
  };

  return (req, res) => {
    options.log(req, res, () => {
      const auth = options.keyRing.authenticate(req.headers.authorization);
      if (options.limiter) limited(req, res, auth, options.limiter);
      else admitted(req, res, auth);
    });
  };
}
