/**
 * Writing answers onto Node's `ServerResponse` for the lean /graphql path
 * (./handler.ts), the way Express's `res.json` and `res.send` wrote them
 * before: JSON with its charset, a conditional GET answered 304, and no body,
 * type or length on a 204 or 304.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPGraphQLResponse } from '@apollo/server';
import { matchesTag } from '../plugins/etag';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer, as Express's `res.status(status).set(headers).json(body)` sent it. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  for (const name in headers) res.setHeader(name, headers[name]);
  res.setHeader('content-type', JSON_TYPE);
  res.end(JSON.stringify(body));
}

/** A GraphQL-shaped error answer: `{ errors: [{ message, extensions }] }`. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: { message: string; extensions: Record<string, unknown> },
  headers: Record<string, string> = {},
): void {
  sendJson(
    res,
    status,
    { errors: [{ message: error.message, extensions: error.extensions }] },
    headers,
  );
}

/**
 * Whether a GET's `If-None-Match` names the answer's `ETag` (what Express's `req.fresh`
 * checked): the ETag plugin answers 304 itself for tags it remembers; this covers the rest.
 */
function isFresh(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (res.statusCode < 200 || res.statusCode >= 300) return false;
  const ifNoneMatch = req.headers['if-none-match'];
  const etag = res.getHeader('etag');
  if (!ifNoneMatch || typeof etag !== 'string') return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers['cache-control'] ?? '')) return false;
  return ifNoneMatch.trim() === '*' || matchesTag(ifNoneMatch, etag);
}

function endComplete(req: IncomingMessage, res: ServerResponse, body: string): void {
  if (isFresh(req, res)) res.statusCode = 304;
  if (res.statusCode === 204 || res.statusCode === 304) {
    res.removeHeader('content-type');
    res.removeHeader('content-length');
    res.removeHeader('transfer-encoding');
    res.end();
    return;
  }
  const type = res.getHeader('content-type');
  if (typeof type === 'string' && !/;\s*charset=/i.test(type)) {
    res.setHeader('content-type', `${type}; charset=utf-8`);
  }
  res.end(body);
}

/** Apollo's answer (`executeHTTPGraphQLRequest`) onto the response: headers, status, body. */
export async function sendGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  answer: HTTPGraphQLResponse,
): Promise<void> {
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    endComplete(req, res, answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
