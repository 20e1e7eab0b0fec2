/**
 * Live updates (schema.graphql `type Subscription`), served over graphql-ws
 * (../subscriptions.ts) from the changes mutations publish (../pubsub.ts).
 *
 * graphql-ws builds one context per subscription; each event gets fresh
 * DataLoaders, so an event never sees what an earlier one cached.
 */
import { withFilter } from 'graphql-subscriptions';
import type { Context } from '../context';
import { ErrorCode, userError } from '../errors';
import { createLoaders } from '../loaders';
import type { GraphChange } from '../pubsub';

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

export const Subscription = {
  graphChanged: {
    subscribe: changes,
    resolve: (change: GraphChange, _: unknown, ctx: Context) => fresh(ctx, change),
  },

  relationAsserted: {
    subscribe: withFilter(
      changes,
      (change: GraphChange | undefined, args: { actorId?: string | null } | undefined) => {
        const relation = change?.kind === 'RELATION_ASSERTED' ? change.relation : null;
        if (!relation) return false;
        const actorId = args?.actorId;
        return !actorId || relation.source === actorId || relation.target === actorId;
      },
    ),
    resolve: (change: GraphChange, _: unknown, ctx: Context) => fresh(ctx, change.relation),
  },

  stanceAsserted: {
    subscribe: withFilter(
      changes,
      (change: GraphChange | undefined, args: { topicId?: string | null } | undefined) => {
        const stance = change?.kind === 'STANCE_ASSERTED' ? change.stance : null;
        if (!stance) return false;
        const topicId = args?.topicId;
        return !topicId || stance.topic === topicId;
      },
    ),
    resolve: (change: GraphChange, _: unknown, ctx: Context) => fresh(ctx, change.stance),
  },
};
