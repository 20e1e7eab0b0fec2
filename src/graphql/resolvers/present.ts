import { GraphQLError } from 'graphql';

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
