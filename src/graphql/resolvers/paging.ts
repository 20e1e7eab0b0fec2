/**
 * Keyset paging shared by the assertion connections (./connections.ts): an `orderBy` as the
 * page statements take it, the `after` position its cursor holds, and the connection built
 * from a page's rows. A cursor names its ordering, so one reused with another `orderBy` is refused.
 */
import type { ConnectionModel } from '../model';
import { badInput } from '../errors';
import { decodeCursor, encodeCursor } from '../cursor';

/** An `orderBy` as the page statements take it, and the name its cursors carry. */
export function orderParams(order: {
  field?: 'CONFIDENCE' | 'DATE' | 'ID' | null;
  direction?: 'ASC' | 'DESC' | null;
}) {
  const field = order.field ?? 'CONFIDENCE';
  const direction = order.direction ?? 'DESC';
  return {
    ordering: `${field}:${direction}`,
    order: {
      orderField: field,
      sign: direction === 'DESC' ? -1.0 : 1.0,
      idDescending: field === 'ID' && direction === 'DESC',
    },
  };
}

/** The cursor names the ordering it belongs to, so a cursor reused with another `orderBy` is refused. */
export function afterPosition(after: string | null | undefined, ordering: string) {
  if (!after) return { afterKey: null, afterId: null };
  const [cursorOrdering, afterKey, afterId] = decodeCursor('after', after, [
    'string',
    'number',
    'string',
  ]);
  if (cursorOrdering !== ordering) {
    throw badInput('after', 'this cursor belongs to another ordering; start again without `after`');
  }
  return { afterKey, afterId };
}

export function connection<T extends { id: string }>(
  rows: ReadonlyArray<{ node: T; sortKey: number }>,
  first: number,
  ordering: string,
  hadCursor: boolean,
  countTotal: () => Promise<number>,
): ConnectionModel<T> {
  const page = rows.slice(0, first);
  const edges = page.map(({ node, sortKey }) => ({
    cursor: encodeCursor([ordering, sortKey, node.id]),
    node,
  }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    count: () => (total ??= countTotal()),
  };
}
