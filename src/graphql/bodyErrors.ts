/**
 * Requests to /graphql whose body the JSON reader (body-parser, ./http/handler.ts) refuses — not JSON, over the
 * size limit, an unsupported charset or content encoding — get a GraphQL-shaped
 * JSON error (`extensions.code` BAD_REQUEST, Apollo's code for HTTP-level
 * problems) with the 4xx status body-parser chose, instead of an HTML
 * error page, which also carries a stack trace outside production. Found by
 * test/integration/fuzz.test.ts.
 */
import { ErrorCode } from './errors';

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'the request body is not valid JSON',
  'entity.too.large': 'the request body is too large',
  'charset.unsupported': 'unsupported charset: send JSON in UTF-8',
  'encoding.unsupported': 'unsupported content encoding: send gzip, deflate, br or none',
  'entity.verify.failed': 'the request body could not be read',
  'request.aborted': 'the request was aborted',
  'request.size.invalid': 'the request body is not the size its content-length says',
  'stream.encoding.set': 'the request body could not be read',
};

/**
 * The answer to a body the JSON reader refused: a 4xx status and a GraphQL-shaped
 * BAD_REQUEST error; undefined for anything else (not the client's doing).
 */
export function bodyError(
  err: unknown,
): { status: number; error: { message: string; extensions: { code: ErrorCode } } } | undefined {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    status?: unknown;
    type?: unknown;
  };
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : 0;
  if (status === 0) return undefined;
  const message =
    (typeof e.type === 'string' ? MESSAGES[e.type] : undefined) ??
    'the request body could not be read';
  return { status, error: { message, extensions: { code: ErrorCode.BAD_REQUEST } } };
}
