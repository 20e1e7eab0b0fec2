/**
 * `Query.rankings` and the `Ranking` type: centrality over the relation graph
 * (src/analytics/rankings.ts), computed with graphology and cached until the
 * graph version changes.
 */
import { pageSize } from '../cursor';
import { rankings as rankingOf } from '../../analytics/rankings';
import type { QueryResolvers, RankingResolvers } from '../generated/resolvers';
import { follow } from './present';

export const rankingQueries: QueryResolvers = {
  async rankings(_, args, ctx) {
    const first = pageSize('first', args.first, 10);
    const ranking = await rankingOf(ctx.graph, args.metric, args.types ?? null);
    return ranking.slice(0, first);
  },
};

export const Ranking: RankingResolvers = {
  actor: (r, _, ctx) => follow(ctx.loaders.actor, 'actor', r.actorId),
};
