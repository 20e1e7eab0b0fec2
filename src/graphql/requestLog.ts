/**
 * Request ids and the one access-log line per request (pino-http). The line
 * carries the method, the URL, the status and the time taken; headers are not
 * serialised, so no secret can reach the log and no request pays for copying
 * them (issue 13: the access log was a measurable share of a small request).
 * When the logger would drop the line anyway (LOG_LEVEL above info), only the
 * id is set.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

const SILENT_PATHS = new Set(['/health', '/ready']);

/** The client's x-request-id when it is a plain token, else a fresh UUID; echoed in the response. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** Runs before a request is answered; Express routes and the lean /graphql path (./http/handler.ts) share it. */
export type RequestLogger = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function requestLog(logger: Logger): RequestLogger {
  if (!logger.isLevelEnabled('info')) {
    return (req, res, next) => {
      req.id = requestId(req, res);
      next();
    };
  }
  return pinoHttp({
    logger,
    genReqId: requestId,
    quietReqLogger: true,
    // The raw request and response reach these (not pino's standard copies of them, headers and all).
    wrapSerializers: false,
    serializers: {
      req: (req: { id: unknown; method: string; url: string; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.originalUrl ?? req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => SILENT_PATHS.has(req.url ?? '') },
  });
}
