/**
 * The explorer's only way to the server: GraphQL over HTTP POST to /graphql on
 * the page's own origin. Reports whether the API answered, for the banner.
 *
 * Read-your-writes across replicas (docs/SCALING.md): after one of its own
 * writes the page sends the write's bookmark (`extensions.bookmark`) back in
 * X-Stancegraph-Bookmark, so whichever replica serves the next reads shows it.
 */
import type { Operation } from './queries';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

/** The server answered, with GraphQL errors. */
export class ApiError extends Error {
  constructor(readonly errors: GraphQLErrorBody[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
  }

  hasCode(code: string): boolean {
    return this.errors.some((e) => e.extensions?.code === code);
  }
}

/** The server did not answer (down, restarting, or not a stancegraph API). */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}

type Listener = (reachable: boolean) => void;
const listeners = new Set<Listener>();

/** Calls `listener` after every request with whether the API answered. */
export function onReachability(listener: Listener): void {
  listeners.add(listener);
}

function report(reachable: boolean): void {
  for (const listener of listeners) listener(reachable);
}

/** The bookmark of this page's last write, sent with every request after it. */
let bookmark: string | undefined;

async function post(body: string): Promise<Response> {
  try {
    // Apollo's CSRF prevention accepts POSTs with a JSON content type.
    return await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(bookmark ? { 'x-stancegraph-bookmark': bookmark } : {}),
      },
      body,
    });
  } catch (err) {
    throw new UnreachableError(`the API at ${GRAPHQL_PATH} did not answer (${String(err)})`);
  }
}

/**
 * Sends one of queries.ts's operations; its result and variables are typed by the operation (the
 * variables may be left out when it has none required).
 */
export async function request<T, V>(
  query: Operation<T, V>,
  ...[variables]: Record<string, never> extends V ? [variables?: V] : [variables: V]
): Promise<T> {
  let payload: {
    data?: T | null;
    errors?: GraphQLErrorBody[];
    extensions?: { bookmark?: unknown };
  };
  try {
    const response = await post(JSON.stringify({ query, variables: variables ?? {} }));
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) {
      throw new UnreachableError(`${GRAPHQL_PATH} answered HTTP ${response.status}, not GraphQL`);
    }
    payload = (await response.json()) as typeof payload;
  } catch (err) {
    report(false);
    throw err instanceof UnreachableError ? err : new UnreachableError(String(err));
  }
  report(true);
  if (typeof payload.extensions?.bookmark === 'string') bookmark = payload.extensions.bookmark;
  if (payload.errors && payload.errors.length > 0) throw new ApiError(payload.errors);
  if (payload.data === undefined || payload.data === null) {
    throw new ApiError([{ message: 'the API returned no data' }]);
  }
  return payload.data;
}

/** A sentence for a person about what went wrong. */
export function describeError(err: unknown): string {
  if (err instanceof UnreachableError) return 'The API is unreachable.';
  if (err instanceof ApiError) return `The API refused the request: ${err.message}`;
  return `Something went wrong: ${String(err)}`;
}
