/**
 * Opaque keyset cursors: the sort key of the last row seen, base64url-encoded
 * JSON. Keyset (not offset) paging keeps deep pages as cheap as the first and
 * neither skips nor repeats rows when others are inserted meanwhile.
 */
import { badInput } from './errors';

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The shape of a connection's cursor key, e.g. ['string', 'string'] for (name, id). */
export type CursorShape = ReadonlyArray<'string' | 'number'>;

/** The key a cursor of that shape holds, e.g. [string, string]. */
export type CursorKey<S extends CursorShape> = {
  -readonly [I in keyof S]: S[I] extends 'string' ? string : number;
};

export function decodeCursor<const S extends CursorShape>(
  argument: string,
  cursor: string,
  shape: S,
): CursorKey<S> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== shape.length ||
    !key.every((k: unknown, i) => typeof k === shape[i])
  ) {
    throw badInput(
      argument,
      'not a cursor from this connection; pass a `cursor` or `pageInfo.endCursor` you were given',
    );
  }
  // Checked just above: each element has the type its shape names.
  return key as CursorKey<S>;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(
  argument: string,
  first: number | null | undefined,
  fallback = 20,
): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badInput(argument, `must be between 1 and ${MAX_PAGE_SIZE}; got ${n}`);
  }
  return n;
}
