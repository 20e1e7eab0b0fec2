/**
 * Live updates (schema.graphql `type Subscription`), served over graphql-ws
 * (../subscriptions.ts) from the changes mutations publish (../pubsub.ts).
 *
 * graphql-ws builds one context per subscription; each event gets fresh
 * DataLoaders, so an event never sees what an earlier one cached.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { withFilter } from 'graphql-subscriptions';
import type { Context } from '../context';
import { ErrorCode, userError } from '../errors';
import { createLoaders } from '../loaders';
import type { GraphChange } from '../pubsub';
import type { RelationModel, StanceModel } from '../model';
import type {
  SubscriptionRelationAssertedArgs,
  SubscriptionResolvers,
  SubscriptionStanceAssertedArgs,
} from '../generated/resolvers';

function changes(_?: unknown, __?: unknown, ctx?: Context): AsyncIterableIterator<GraphChange> {
  if (!ctx?.events) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      'subscriptions are served over WebSocket (graphql-ws) at this same URL, with ws:// instead of http://',
    );
  }
  return ctx.events.changes();
}

/** Resolves one event with its own loaders. */
function fresh<T>(ctx: Context, value: T): T {
  ctx.loaders = createLoaders(ctx.graph);
  return value;
}

/** The subject a filtered change carries; a change that passed the filter without it is a defect. */
function subject<T>(value: T | null, change: GraphChange): T {
  if (value === null) throw new GraphQLError(`a ${change.kind} change arrived without its subject`);
  return value;
}

/** What a `…Asserted` subscription knows of its kind: the change it follows, its subject, its filter. */
interface Asserted<M, A> {
  kind: 'RELATION_ASSERTED' | 'STANCE_ASSERTED';
  subjectOf(change: GraphChange): M | null;
  /** Whether a subscriber with `args` wants `subject`. */
  wants(subject: M, args: A | undefined): boolean;
}

/** A `…Asserted` field: the assertions of one kind (src/store/kinds.ts) its arguments select, each with fresh loaders. */
function asserted<M, A>(of: Asserted<M, A>) {
  const filtered = withFilter<GraphChange, A, Context>(changes, (change, args) => {
    const value = change?.kind === of.kind ? of.subjectOf(change) : null;
    return value !== null && of.wants(value, args);
  });
  return {
    // The root value is unused: each event is the change itself.
    subscribe: (_: unknown, args: A, ctx: Context, info: GraphQLResolveInfo) =>
      filtered(undefined, args, ctx, info),
    resolve: (change: GraphChange, _: unknown, ctx: Context) =>
      fresh(ctx, subject(of.subjectOf(change), change)),
  };
}

export const Subscription: SubscriptionResolvers = {
  graphChanged: {
    subscribe: changes,
    resolve: (change: GraphChange, _: unknown, ctx: Context) => fresh(ctx, change),
  },

  relationAsserted: asserted<RelationModel, SubscriptionRelationAssertedArgs>({
    kind: 'RELATION_ASSERTED',
    subjectOf: (change) => change.relation,
    wants: (relation, args) =>
      !args?.actorId || relation.source === args.actorId || relation.target === args.actorId,
  }),

  stanceAsserted: asserted<StanceModel, SubscriptionStanceAssertedArgs>({
    kind: 'STANCE_ASSERTED',
    subjectOf: (change) => change.stance,
    wants: (stance, args) => !args?.topicId || stance.topic === args.topicId,
  }),
};
