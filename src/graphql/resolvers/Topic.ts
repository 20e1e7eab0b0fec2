import type { TopicResolvers } from '../generated/resolvers';
import { present } from './present';
import { listSize } from '../bounds';

export const Topic: TopicResolvers = {
  async concerns(topic, _, ctx) {
    const ids = await ctx.loaders.concerns.load(topic.id);
    return Promise.all(ids.map((id) => present(ctx.loaders.actor.load(id), 'actor', id)));
  },
  async stances(topic, args, ctx) {
    const first = listSize('first', args.first ?? 500);
    return (await ctx.loaders.stancesOnTopic.load(topic.id)).slice(0, first);
  },
};
