import type { TopicResolvers } from '../generated/resolvers';
import { follow, then } from './present';
import { listSize } from '../bounds';

export const Topic: TopicResolvers = {
  async concerns(topic, _, ctx) {
    const ids = await ctx.loaders.concerns.load(topic.id);
    return ids.map((id) => follow(ctx.loaders.actor, 'actor', id));
  },
  stances(topic, args, ctx) {
    const first = listSize('first', args.first ?? 500);
    return then(ctx.loaders.stancesOnTopic.get(topic.id), (list) => list.slice(0, first));
  },
};
