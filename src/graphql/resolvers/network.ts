/**
 * Graph-shaped reads for network views: an actor's neighbourhood and the
 * shortest chains of relations between two actors. Each is one statement.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import type { ActorModel } from '../model';
import type { QueryResolvers, QueryShortestPathArgs } from '../generated/resolvers';
import { badInput, ErrorCode, userError } from '../errors';
import { int } from '../../db/values';
import {
  allShortestPaths,
  neighborhoodSubgraph,
  read,
  shortestPath,
  type PathRow,
} from '../../store';
import { follow } from './present';

export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;
/** A neighbourhood stops growing at this many actors, nearest first, so a hub at depth 3 cannot return the whole graph. */
export const MAX_NEIGHBORHOOD_ACTORS = 500;

async function requireActor(ctx: Context, argument: string, id: string): Promise<ActorModel> {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor)
    throw userError(ErrorCode.NOT_FOUND, `${argument}: no actor has id "${id}"`, {
      argumentName: argument,
    });
  return actor;
}

function checkConfidence(argument: string, value: number | null | undefined): void {
  if (value != null && (value < 0 || value > 1))
    throw badInput(argument, `must be between 0 and 1; got ${value}`);
}

async function findPaths(
  args: Partial<QueryShortestPathArgs> & Pick<QueryShortestPathArgs, 'fromId' | 'toId'>,
  ctx: Context,
  which: 'shortest' | 'all',
  limit: number,
) {
  const maxHops = args.maxHops ?? 4;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badInput('maxHops', `must be between 1 and ${MAX_HOPS}; got ${maxHops}`);
  }
  if (args.fromId === args.toId) {
    const from = await requireActor(ctx, 'fromId', args.fromId);
    return [{ length: 0, actors: [from], relations: [], steps: [] }];
  }
  const params = {
    fromId: args.fromId,
    toId: args.toId,
    maxHops: int(maxHops),
    direction: args.direction ?? 'BOTH',
    types: args.types ?? null,
    includeRoles: args.includeRoles ?? false,
  };
  const search = (): Promise<PathRow[]> =>
    which === 'shortest'
      ? read(ctx.graph, shortestPath, params)
      : read(ctx.graph, allShortestPaths, { ...params, limit: int(limit) });
  const exist = () =>
    Promise.all([requireActor(ctx, 'fromId', args.fromId), requireActor(ctx, 'toId', args.toId)]);
  let rows: PathRow[];
  if (ctx.oneStatement) {
    // The search alone first: a path found names both ends, so they exist and the common answer
    // is one round trip; only when none is found are the ids looked up ("no path" or "no actor").
    rows = await search();
    if (rows.length === 0) await exist();
  } else {
    // The existence checks and the search side by side: two statements, one round trip's wait.
    [, rows] = await Promise.all([exist(), search()]);
  }
  return rows.map((row) => {
    for (const a of row.actors) ctx.loaders.actor.prime(a.id, a);
    const steps = row.steps;
    const relations = steps.flatMap((s) => (s.relation ? [s.relation] : []));
    for (const r of relations) ctx.loaders.relation.prime(r.id, r);
    return {
      length: steps.length,
      actors: row.actorIds.map((id) => follow(ctx.loaders.actor, 'actor', id)),
      relations,
      steps: steps.map((s) =>
        s.relation
          ? { relation: s.relation, role: null }
          : {
              relation: null,
              role: {
                title: s.role.title,
                holder: follow(ctx.loaders.actor, 'actor', s.role.holderId),
                organization: follow(ctx.loaders.actor, 'actor', s.role.organizationId),
              },
            },
      ),
    };
  });
}

/** Whether the field's selection names any of `fields` (a fragment counts as naming them all). */
function selectsAny(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) =>
      s.kind === Kind.FIELD
        ? fields.includes(s.name.value)
        : s.kind === Kind.INLINE_FRAGMENT
          ? inSet(s.selectionSet)
          : true,
    );
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}

export const networkQueries: QueryResolvers = {
  async neighborhood(_, args, ctx, info?: GraphQLResolveInfo) {
    const depth = args.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
      throw badInput('depth', `must be between 1 and ${MAX_DEPTH}; got ${depth}`);
    }
    checkConfidence('minConfidence', args.minConfidence);
    const [row] = await read(ctx.graph, neighborhoodSubgraph, {
      actorId: args.actorId,
      depth: int(depth),
      types: args.types ?? null,
      minConfidence: args.minConfidence ?? null,
      maxActors: int(MAX_NEIGHBORHOOD_ACTORS),
      // Stances (and their topics) are read only when asked for: a hub's can be thousands.
      withStances: info ? selectsAny(info, ['stances', 'topics']) : true,
    });
    if (!row)
      throw userError(ErrorCode.NOT_FOUND, `actorId: no actor has id "${args.actorId}"`, {
        argumentName: 'actorId',
      });
    for (const a of row.actors) ctx.loaders.actor.prime(a.id, a);
    if (ctx.oneStatement) {
      // The topics read along, so `stances { topic }` costs no second statement.
      for (const t of row.topics) ctx.loaders.topic.prime(t.id, t);
    }
    return {
      center: row.center,
      depth,
      actors: row.actors,
      relations: row.relations,
      stances: row.stances,
      topics: row.topics,
    };
  },

  async shortestPath(_, args, ctx) {
    const [path] = await findPaths(args, ctx, 'shortest', 1);
    return path ?? null;
  },

  async allShortestPaths(_, args, ctx) {
    const first = args.first ?? 25;
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw badInput('first', `must be between 1 and 100; got ${first}`);
    return findPaths(args, ctx, 'all', first);
  },
};
