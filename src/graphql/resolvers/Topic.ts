import type { Context } from '../context';
import type { ActorModel, TopicModel } from '../model';
import { present } from './present';

export const Topic = {
  async concerns(topic: TopicModel, _: unknown, ctx: Context): Promise<ActorModel[]> {
    const ids = await ctx.loaders.concerns.load(topic.id);
    return Promise.all(ids.map((id) => present(ctx.loaders.actor.load(id), 'actor', id)));
  },
  stances: (topic: TopicModel, _: unknown, ctx: Context) =>
    ctx.loaders.stancesOnTopic.load(topic.id),
};
