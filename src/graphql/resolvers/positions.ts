/**
 * Who stands where: a topic's supporters, opponents and worried actors, the
 * actors × topics stance matrix for heat maps, and an actor's stance history.
 */
import type { Context } from '../context';
import type { ActorModel, StanceModel, TopicModel } from '../model';
import { ErrorCode, userError } from '../errors';
import type { QueryResolvers, StancePosition, TopicResolvers } from '../generated/resolvers';
import { read, stanceHistory, topicMatrix } from '../../store';

/** The heat-map score of a stance: for +, against −, worried half against, undecided 0. */
export function stanceScore(stance: Pick<StanceModel, 'position' | 'confidence'>): number {
  switch (stance.position) {
    case 'SUPPORTS':
      return stance.confidence;
    case 'OPPOSES':
      return -stance.confidence;
    case 'WORRIES_ABOUT':
      return -stance.confidence / 2;
    case 'UNDECIDED':
      return 0;
    default: {
      const unreachable: never = stance.position;
      throw new Error(`unknown stance position ${String(unreachable)}`);
    }
  }
}

/** The stance that decides a cell: the latest, then the most confident. */
function deciding(stances: StanceModel[]): StanceModel | undefined {
  return [...stances].sort(
    (a, b) =>
      b.effectiveDate.localeCompare(a.effectiveDate) ||
      b.confidence - a.confidence ||
      a.id.localeCompare(b.id),
  )[0];
}

async function actorsWithPosition(
  topic: TopicModel,
  position: StancePosition,
  ctx: Context,
): Promise<ActorModel[]> {
  const stances = await ctx.loaders.positionsOnTopic.load(topic.id);
  const ids = [...new Set(stances.filter((s) => s.position === position).map((s) => s.actor))];
  const actors = await ctx.loaders.actor.loadMany(ids);
  return actors.filter((a): a is ActorModel => a !== null && !(a instanceof Error));
}

export const TopicPositions: TopicResolvers = {
  supporters: (topic, _, ctx) => actorsWithPosition(topic, 'SUPPORTS', ctx),
  opponents: (topic, _, ctx) => actorsWithPosition(topic, 'OPPOSES', ctx),
  worried: (topic, _, ctx) => actorsWithPosition(topic, 'WORRIES_ABOUT', ctx),
  async counts(topic, _, ctx) {
    const stances = await ctx.loaders.positionsOnTopic.load(topic.id);
    const count = (p: StancePosition) => stances.filter((s) => s.position === p).length;
    return {
      supports: count('SUPPORTS'),
      opposes: count('OPPOSES'),
      worriesAbout: count('WORRIES_ABOUT'),
      undecided: count('UNDECIDED'),
      total: stances.length,
    };
  },
};

async function requireAll<T>(
  argument: string,
  ids: readonly string[],
  load: (ids: readonly string[]) => Promise<Array<T | null | Error>>,
): Promise<T[]> {
  const found = await load(ids);
  const missing = ids.filter((_, i) => found[i] === null || found[i] instanceof Error);
  if (missing.length > 0) {
    throw userError(
      ErrorCode.NOT_FOUND,
      `${argument}: nothing has id ${missing.map((m) => `"${m}"`).join(', ')}`,
      {
        argumentName: argument,
      },
    );
  }
  return found as T[];
}

export const positionQueries: QueryResolvers = {
  async stanceMatrix(_, args, ctx) {
    const topicIds = args.topicIds ? [...new Set(args.topicIds)] : null;
    const actorIds = args.actorIds ? [...new Set(args.actorIds)] : null;
    const [rows, chosenTopics, chosenActors] = await Promise.all([
      read(ctx.graph, topicMatrix, { topicIds, actorIds }),
      topicIds
        ? requireAll('topicIds', topicIds, (ids) => ctx.loaders.topic.loadMany(ids))
        : undefined,
      actorIds
        ? requireAll('actorIds', actorIds, (ids) => ctx.loaders.actor.loadMany(ids))
        : undefined,
    ]);
    const byTopic = new Map(rows.map((r) => [r.topic.id, r.stances]));
    const topics = chosenTopics ?? rows.map((r) => r.topic);
    const rowActorIds = actorIds ?? [
      ...new Set(rows.flatMap((r) => r.stances.map((s) => s.actor))),
    ];
    const actors =
      chosenActors ??
      (await requireAll('actorIds', rowActorIds, (ids) => ctx.loaders.actor.loadMany(ids)));
    if (!actorIds) actors.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return {
      topics,
      rows: actors.map((actor) => ({
        actor,
        cells: topics.map((topic) => {
          const stances = (byTopic.get(topic.id) ?? []).filter((s) => s.actor === actor.id);
          const decider = deciding(stances);
          if (!decider) return null;
          return {
            position: decider.position,
            polarity: decider.polarity,
            confidence: decider.confidence,
            score: stanceScore(decider),
            stances,
          };
        }),
      })),
    };
  },

  async stanceHistory(_, args, ctx) {
    await requireAll('actorId', [args.actorId], (ids) => ctx.loaders.actor.loadMany(ids));
    await requireAll('topicId', [args.topicId], (ids) => ctx.loaders.topic.loadMany(ids));
    const rows = await read(ctx.graph, stanceHistory, {
      actorId: args.actorId,
      topicId: args.topicId,
    });
    return rows.map((r) => r.stance);
  },
};
