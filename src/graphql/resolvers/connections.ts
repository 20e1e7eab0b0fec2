/**
 * `relations` and `stances`: filtered cursor connections. Pages use keyset
 * cursors (sort key + id), so deep pages cost what the first does and rows
 * are neither skipped nor repeated; `totalCount` runs its count statement
 * only when a client asks for it.
 */
import type { ConnectionModel, RelationModel, StanceModel } from '../model';
import type {
  ActorConnectionResolvers,
  QueryResolvers,
  RelationConnectionResolvers,
  RelationFilter,
  StanceConnectionResolvers,
  StanceFilter,
} from '../generated/resolvers';
import { badInput } from '../errors';
import { decodeCursor, encodeCursor, pageSize } from '../cursor';
import { date, int } from '../../db/values';
import { read, relationsCount, relationsPage, stancesCount, stancesPage } from '../../store';
import { relationsPageTree, stancesPageTree } from '../tree/pages';

/** The conditions relation and stance filters share. */
type CommonFilter = Pick<
  RelationFilter & StanceFilter,
  'documentIds' | 'from' | 'to' | 'minConfidence' | 'methods' | 'polarities' | 'includeRetracted'
>;

export function commonParams(filter: CommonFilter) {
  if (filter.minConfidence != null && (filter.minConfidence < 0 || filter.minConfidence > 1)) {
    throw badInput('filter.minConfidence', `must be between 0 and 1; got ${filter.minConfidence}`);
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badInput('filter.to', `${filter.to} is before filter.from ${filter.from}`);
  }
  return {
    documentIds: filter.documentIds ?? null,
    from: date(filter.from),
    to: date(filter.to),
    minConfidence: filter.minConfidence ?? null,
    methods: filter.methods ?? null,
    polarities: filter.polarities ?? null,
    includeRetracted: filter.includeRetracted ?? false,
  };
}

/** The parameters of a relation filter, as `relations` and the relation aggregates send them. */
export function relationFilterParams(filter: RelationFilter) {
  return {
    ...commonParams(filter),
    types: filter.types ?? null,
    sourceIds: filter.sourceIds ?? null,
    targetIds: filter.targetIds ?? null,
    actorIds: filter.actorIds ?? null,
    topicIds: filter.topicIds ?? null,
  };
}

/** An `orderBy` as the page statements take it, and the name its cursors carry. */
function orderParams(order: {
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
function afterPosition(after: string | null | undefined, ordering: string) {
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

function connection<T extends { id: string }>(
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

export const connectionQueries: QueryResolvers = {
  async relations(_, args, ctx, info) {
    const first = pageSize('first', args.first);
    const filter = args.filter ?? {};
    const { ordering, order } = orderParams(args.orderBy ?? {});
    const params = relationFilterParams(filter);
    const page = {
      ...params,
      ...order,
      ...afterPosition(args.after, ordering),
      limit: int(first + 1),
    };
    let rows: Array<{ relation: RelationModel; sortKey: number }>;
    if (ctx.oneStatement && info) rows = await relationsPageTree(ctx, page, info);
    else {
      rows = await read(ctx.graph, relationsPage, page);
      for (const { relation } of rows) ctx.loaders.relation.prime(relation.id, relation);
    }
    return connection<RelationModel>(
      rows.map((r) => ({ node: r.relation, sortKey: r.sortKey })),
      first,
      ordering,
      Boolean(args.after),
      async () => {
        const [row] = await read(ctx.graph, relationsCount, params);
        return Number(row?.total ?? 0);
      },
    );
  },

  async stances(_, args, ctx, info) {
    const first = pageSize('first', args.first);
    const filter = args.filter ?? {};
    const { ordering, order } = orderParams(args.orderBy ?? {});
    const params = {
      ...commonParams(filter),
      actorIds: filter.actorIds ?? null,
      topicIds: filter.topicIds ?? null,
      positions: filter.positions ?? null,
    };
    const page = {
      ...params,
      ...order,
      ...afterPosition(args.after, ordering),
      limit: int(first + 1),
    };
    let rows: Array<{ stance: StanceModel; sortKey: number }>;
    if (ctx.oneStatement && info) rows = await stancesPageTree(ctx, page, info);
    else {
      rows = await read(ctx.graph, stancesPage, page);
      for (const { stance } of rows) ctx.loaders.stance.prime(stance.id, stance);
    }
    return connection<StanceModel>(
      rows.map((r) => ({ node: r.stance, sortKey: r.sortKey })),
      first,
      ordering,
      Boolean(args.after),
      async () => {
        const [row] = await read(ctx.graph, stancesCount, params);
        return Number(row?.total ?? 0);
      },
    );
  },

  relation: (_, args, ctx) => ctx.loaders.relation.load(args.id),
  stance: (_, args, ctx) => ctx.loaders.stance.load(args.id),
};

/** `totalCount` of each connection: the count statement runs only when it is selected. */
export const ActorConnection: ActorConnectionResolvers = { totalCount: (c) => c.count() };
export const RelationConnection: RelationConnectionResolvers = { totalCount: (c) => c.count() };
export const StanceConnection: StanceConnectionResolvers = { totalCount: (c) => c.count() };
