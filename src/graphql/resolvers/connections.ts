/**
 * `relations` and `stances`: filtered cursor connections, one connection over
 * two descriptions of the kind (RELATIONS, STANCES below). Pages use keyset
 * cursors (sort key + id), so deep pages cost what the first does and rows
 * are neither skipped nor repeated; `totalCount` runs its count statement
 * only when a client asks for it.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
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
import { pageSize } from '../cursor';
import { afterPosition, connection, orderParams } from './paging';
import { date, int } from '../../db/values';
import {
  read,
  relationsCount,
  relationsPage,
  stancesCount,
  stancesPage,
  type AfterParams,
  type OrderParams,
  type RelationsFilterParams,
  type Statement,
  type StancesFilterParams,
} from '../../store';
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

/** The parameters of a stance filter, as `stances` sends them. */
function stanceFilterParams(filter: StanceFilter) {
  return {
    ...commonParams(filter),
    actorIds: filter.actorIds ?? null,
    topicIds: filter.topicIds ?? null,
    positions: filter.positions ?? null,
  };
}

/** What a page statement is sent: the filter's parameters, the order and the keyset position. */
type PageParams<F> = F & OrderParams & AfterParams;

/**
 * One kind of assertion as its connection reads it: the filter's parameters, a page (in one
 * statement with the tree the request selects, or the plain page with the loader primed) and
 * the count. `relations` and `stances` are the same connection over these two descriptions.
 */
interface AssertionPages<Filter, F extends object, N extends { id: string }> {
  params(filter: Filter | null | undefined): F;
  page(
    ctx: Context,
    page: PageParams<F>,
    info: GraphQLResolveInfo | undefined,
  ): Promise<Array<{ node: N; sortKey: number }>>;
  count: Statement<F, { total: number }>;
}

const RELATIONS: AssertionPages<RelationFilter, RelationsFilterParams, RelationModel> = {
  params: (filter) => relationFilterParams(filter ?? {}),
  async page(ctx, page, info) {
    if (ctx.oneStatement && info) {
      const rows = await relationsPageTree(ctx, page, info);
      return rows.map((r) => ({ node: r.relation, sortKey: r.sortKey }));
    }
    const rows = await read(ctx.graph, relationsPage, page);
    for (const { relation } of rows) ctx.loaders.relation.prime(relation.id, relation);
    return rows.map((r) => ({ node: r.relation, sortKey: r.sortKey }));
  },
  count: relationsCount,
};

const STANCES: AssertionPages<StanceFilter, StancesFilterParams, StanceModel> = {
  params: (filter) => stanceFilterParams(filter ?? {}),
  async page(ctx, page, info) {
    if (ctx.oneStatement && info) {
      const rows = await stancesPageTree(ctx, page, info);
      return rows.map((r) => ({ node: r.stance, sortKey: r.sortKey }));
    }
    const rows = await read(ctx.graph, stancesPage, page);
    for (const { stance } of rows) ctx.loaders.stance.prime(stance.id, stance);
    return rows.map((r) => ({ node: r.stance, sortKey: r.sortKey }));
  },
  count: stancesCount,
};

/** The arguments both connections take. */
interface PageArgs<Filter> {
  filter?: Filter | null;
  first?: number | null;
  after?: string | null;
  orderBy?: Parameters<typeof orderParams>[0] | null;
}

async function assertionConnection<Filter, F extends object, N extends { id: string }>(
  kind: AssertionPages<Filter, F, N>,
  args: PageArgs<Filter>,
  ctx: Context,
  info: GraphQLResolveInfo | undefined,
): Promise<ConnectionModel<N>> {
  const first = pageSize('first', args.first);
  const { ordering, order } = orderParams(args.orderBy ?? {});
  const params = kind.params(args.filter);
  const page = {
    ...params,
    ...order,
    ...afterPosition(args.after, ordering),
    limit: int(first + 1),
  };
  const rows = await kind.page(ctx, page, info);
  return connection(rows, first, ordering, Boolean(args.after), async () => {
    const [row] = await read(ctx.graph, kind.count, params);
    return Number(row?.total ?? 0);
  });
}

export const connectionQueries: QueryResolvers = {
  relations: (_, args, ctx, info) => assertionConnection(RELATIONS, args, ctx, info),
  stances: (_, args, ctx, info) => assertionConnection(STANCES, args, ctx, info),
  relation: (_, args, ctx) => ctx.loaders.relation.load(args.id),
  stance: (_, args, ctx) => ctx.loaders.stance.load(args.id),
};

/** `totalCount` of each connection: the count statement runs only when it is selected. */
export const ActorConnection: ActorConnectionResolvers = { totalCount: (c) => c.count() };
export const RelationConnection: RelationConnectionResolvers = { totalCount: (c) => c.count() };
export const StanceConnection: StanceConnectionResolvers = { totalCount: (c) => c.count() };
