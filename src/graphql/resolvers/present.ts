import { GraphQLError } from 'graphql';
import type { HoldingLoader } from '../holdingLoader';

/**
 * For non-null fields that follow a stored reference: the graph guarantees the
 * target exists (the loader validates it), so a missing one is a defect, not a
 * user error, and is reported as such.
 */
export async function present<T>(value: Promise<T | null>, what: string, id: string): Promise<T> {
  const found = await value;
  if (found === null)
    throw new GraphQLError(`dangling reference: ${what} "${id}" is not in the graph`);
  return found;
}

/**
 * A stored reference followed through a by-id loader: the object itself when the request already
 * holds it (no promise for graphql-js to settle), else `present` of a load.
 */
export function follow<T>(
  loader: HoldingLoader<T | null>,
  what: string,
  id: string,
): T | Promise<T> {
  return loader.known(id) ?? present(loader.load(id), what, id);
}

/** `f` of a value that may still be a promise, without one when it is not. */
export function then<T, U>(value: T | Promise<T>, f: (v: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
