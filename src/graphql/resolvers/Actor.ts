import type { ActorResolvers, RoleResolvers } from '../generated/resolvers';
import { follow, then } from './present';
import { listSize } from '../bounds';

export const Actor: ActorResolvers = {
  async roles(actor, _, ctx) {
    const roles = await ctx.loaders.roles.load(actor.id);
    return roles.map((r) => ({ title: r.title, organizationId: r.organizationId }));
  },

  relations(actor, args, ctx) {
    return ctx.loaders.relations({
      actorId: actor.id,
      direction: args.direction ?? 'BOTH',
      types: args.types ?? null,
      first: listSize('first', args.first ?? 50),
    });
  },

  stances(actor, args, ctx) {
    const first = listSize('first', args.first ?? 100);
    return then(ctx.loaders.stancesOfActor.get(actor.id), (list) => list.slice(0, first));
  },
};

export const Role: RoleResolvers = {
  organization(role, _, ctx) {
    return follow(ctx.loaders.actor, 'actor', role.organizationId);
  },
};
