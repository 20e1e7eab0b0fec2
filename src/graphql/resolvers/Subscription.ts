/**
 * Live updates (schema.graphql `type Subscription`), served over graphql-ws
 * (../subscriptions.ts) from the changes mutations publish (../pubsub.ts).
 *
 * graphql-ws builds one context per subscription; each event gets fresh
 * DataLoaders, so an event never sees what an earlier one cached.
 */
import { GraphQLError } from 'graphql';
import { withFilter } from 'graphql-subscriptions';
import type { Context } from '../context';
import { ErrorCode, userError } from '../errors';
import { createLoaders } from '../loaders';
import type { GraphChange } from '../pubsub';
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

const assertedRelations = withFilter<GraphChange, SubscriptionRelationAssertedArgs, Context>(
  changes,
  (change, args) => {
    const relation = change?.kind === 'RELATION_ASSERTED' ? change.relation : null;
    if (!relation) return false;
    const actorId = args?.actorId;
    return !actorId || relation.source === actorId || relation.target === actorId;
  },
);

const assertedStances = withFilter<GraphChange, SubscriptionStanceAssertedArgs, Context>(
  changes,
  (change, args) => {
    const stance = change?.kind === 'STANCE_ASSERTED' ? change.stance : null;
    if (!stance) return false;
    const topicId = args?.topicId;
    return !topicId || stance.topic === topicId;
  },
);

export const Subscription: SubscriptionResolvers = {
  graphChanged: {
    subscribe: changes,
    resolve: (change: GraphChange, _: unknown, ctx: Context) => fresh(ctx, change),
  },

  relationAsserted: {
    // The root value is unused: each event is the change itself.
    subscribe: (_, args, ctx, info) => assertedRelations(undefined, args, ctx, info),
    resolve: (change: GraphChange, _: unknown, ctx: Context) =>
      fresh(ctx, subject(change.relation, change)),
  },

  stanceAsserted: {
    subscribe: (_, args, ctx, info) => assertedStances(undefined, args, ctx, info),
    resolve: (change: GraphChange, _: unknown, ctx: Context) =>
      fresh(ctx, subject(change.stance, change)),
  },
};
