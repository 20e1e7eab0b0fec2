/**
 * Curation mutations (schema.graphql `type Mutation`). Each checks the API key
 * first, then validates its input by the loader's rules (../curation.ts), then
 * writes in one transaction (../mutations.ts).
 */
import { requirePrincipal } from '../auth';
import { planActor, planDocument, planRelation, planStance } from '../curation';
import type { MutationResolvers } from '../generated/resolvers';
import * as write from '../mutations';

export const Mutation: MutationResolvers = {
  async upsertActor(_, args, ctx) {
    requirePrincipal(ctx);
    return write.upsertActor(ctx, await planActor(args.input));
  },

  addAlias(_, args, ctx) {
    requirePrincipal(ctx);
    return write.addAlias(ctx, args.actorId, args.alias);
  },

  async addDocument(_, args, ctx) {
    requirePrincipal(ctx);
    return write.addDocument(ctx, await planDocument(args.input));
  },

  async assertRelation(_, args, ctx) {
    requirePrincipal(ctx);
    const planned = await planRelation(ctx.graph, args.input);
    return write.assertRelation(ctx, planned, args.input.id != null);
  },

  async assertStance(_, args, ctx) {
    requirePrincipal(ctx);
    const planned = await planStance(ctx.graph, args.input);
    return write.assertStance(ctx, planned, args.input.id != null);
  },

  retractRelation(_, args, ctx) {
    return write.retractRelation(ctx, requirePrincipal(ctx), args.id, args.reason);
  },

  retractStance(_, args, ctx) {
    return write.retractStance(ctx, requirePrincipal(ctx), args.id, args.reason);
  },
};
