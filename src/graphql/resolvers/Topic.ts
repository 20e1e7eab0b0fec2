import type { TopicResolvers } from '../generated/resolvers';
import { present } from './present';

export const Topic: TopicResolvers = {
  async concerns(topic, _, ctx) {
    const ids = await ctx.loaders.concerns.load(topic.id);
    return Promise.all(ids.map((id) => present(ctx.loaders.actor.load(id), 'actor', id)));
  },
  stances: (topic, _, ctx) => ctx.loaders.stancesOnTopic.load(topic.id),
};
