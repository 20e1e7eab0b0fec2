import type { Context } from '../context';
import type { ActorModel } from '../model';
import type { RelationsKey } from '../loaders';
import { present } from './present';

export const Actor = {
  async roles(actor: ActorModel, _: unknown, ctx: Context) {
    const roles = await ctx.loaders.roles.load(actor.id);
    return roles.map((r) => ({ title: r.title, organizationId: r.organizationId }));
  },

  relations(
    actor: ActorModel,
    args: { direction?: RelationsKey['direction'] | null; types?: string[] | null },
    ctx: Context,
  ) {
    return ctx.loaders.relations({
      actorId: actor.id,
      direction: args.direction ?? 'BOTH',
      types: args.types ?? null,
    });
  },

  stances(actor: ActorModel, _: unknown, ctx: Context) {
    return ctx.loaders.stancesOfActor.load(actor.id);
  },
};

export const Role = {
  organization(role: { organizationId: string }, _: unknown, ctx: Context) {
    return present(ctx.loaders.actor.load(role.organizationId), 'actor', role.organizationId);
  },
};
