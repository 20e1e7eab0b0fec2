/**
 * `Query.rankings` and the `Ranking` type: centrality over the relation graph
 * (src/analytics/rankings.ts), computed with graphology and cached until the
 * graph version changes.
 */
import type { Context } from '../context';
import type { ActorModel } from '../model';
import { pageSize } from '../cursor';
import {
  rankings as rankingOf,
  type RankedActor,
  type RankingMetric,
} from '../../analytics/rankings';
import type { RelationType } from '../../dataset/vocabulary';
import { present } from './present';

async function rankings(
  _: unknown,
  args: { metric: RankingMetric; types?: RelationType[] | null; first?: number | null },
  ctx: Context,
): Promise<RankedActor[]> {
  const first = pageSize('first', args.first, 10);
  const ranking = await rankingOf(ctx.graph, args.metric, args.types ?? null);
  return ranking.slice(0, first);
}

export const rankingQueries = { rankings };

export const Ranking = {
  actor: (r: RankedActor, _: unknown, ctx: Context): Promise<ActorModel> =>
    present(ctx.loaders.actor.load(r.actorId), 'actor', r.actorId),
};
