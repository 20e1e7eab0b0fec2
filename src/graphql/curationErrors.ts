/**
 * The GraphQL side of the curation service (src/curation): the session a
 * request writes through, and the service's CurationError in the API's one
 * error model. An input object's problems become one BAD_USER_INPUT error
 * whose `extensions.problems` lists them all, each path under the argument
 * (`input.evidence[0].quote`); one argument's problem is BAD_USER_INPUT or
 * NOT_FOUND naming it (`extensions.argumentName`).
 */
import type { GraphQLError } from 'graphql';
import { CurationError, under, type CurationProblem, type CurationSession } from '../curation';
import type { Context } from './context';
import { badInput, ErrorCode, userError } from './errors';
import { createLoaders } from './loaders';

/** Writes of this request: tracked for read-your-writes, then fresh loaders and the change published once committed. */
export function sessionOf(ctx: Context): CurationSession {
  return {
    graph: ctx.graph,
    beginWrite: () => ctx.events?.beginWrite(),
    committed(change, version) {
      // Later fields of the same operation see the write.
      ctx.loaders = createLoaders(ctx.graph);
      if (change) ctx.events?.publish(change, version);
    },
  };
}

/** One BAD_USER_INPUT error for all the problems of an input. */
export function inputError(problems: readonly CurationProblem[]): GraphQLError {
  const message = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  return userError(ErrorCode.BAD_USER_INPUT, message, {
    argumentName: problems[0]?.path.split(/[.[]/)[0] ?? 'input',
    problems: problems.map((p) => ({ path: p.path, message: p.message })),
  });
}

/** A service path as the request named it (e.g. `details` for a relation given `detailsObject`). */
export type Rename = (path: string) => string;

/** The service's error as the API's; `root` is the argument an input object came in (null for plain arguments). */
export function apiError(error: CurationError, root: string | null, rename?: Rename): GraphQLError {
  const problems = error.problems.map((p) => {
    const path = rename ? rename(p.path) : p.path;
    return { path: root === null ? path : under(root, path), message: p.message };
  });
  const [first] = problems;
  if (error.listed || !first) return inputError(problems);
  if (error.kind === 'not-found') {
    return userError(ErrorCode.NOT_FOUND, `${first.path}: ${first.message}`, {
      argumentName: first.path,
    });
  }
  return badInput(first.path, first.message);
}

/** Runs a service call, mapping its refusal; anything else is rethrown as it is. */
export async function curate<T>(
  root: string | null,
  call: () => Promise<T>,
  rename?: Rename,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CurationError) throw apiError(error, root, rename);
    throw error;
  }
}
