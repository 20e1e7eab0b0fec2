/**
 * Curation mutations (schema.graphql `type Mutation`). Each checks the API key
 * first, then validates its input by the loader's rules (../curation.ts), then
 * writes in one transaction (../mutations.ts).
 */
import type { Context } from '../context';
import { requirePrincipal } from '../auth';
import {
  planActor,
  planDocument,
  planRelation,
  planStance,
  type ActorArg,
  type DocumentArg,
  type RelationArg,
  type StanceArg,
} from '../curation';
import * as write from '../mutations';

export const Mutation = {
  async upsertActor(_: unknown, args: { input: ActorArg }, ctx: Context) {
    requirePrincipal(ctx);
    return write.upsertActor(ctx, await planActor(args.input));
  },

  addAlias(_: unknown, args: { actorId: string; alias: string }, ctx: Context) {
    requirePrincipal(ctx);
    return write.addAlias(ctx, args.actorId, args.alias);
  },

  async addDocument(_: unknown, args: { input: DocumentArg }, ctx: Context) {
    requirePrincipal(ctx);
    return write.addDocument(ctx, await planDocument(args.input));
  },

  async assertRelation(_: unknown, args: { input: RelationArg }, ctx: Context) {
    requirePrincipal(ctx);
    const planned = await planRelation(ctx.graph, args.input);
    return write.assertRelation(ctx, planned, args.input.id != null);
  },

  async assertStance(_: unknown, args: { input: StanceArg }, ctx: Context) {
    requirePrincipal(ctx);
    const planned = await planStance(ctx.graph, args.input);
    return write.assertStance(ctx, planned, args.input.id != null);
  },

  retractRelation(_: unknown, args: { id: string; reason: string }, ctx: Context) {
    return write.retractRelation(ctx, requirePrincipal(ctx), args.id, args.reason);
  },

  retractStance(_: unknown, args: { id: string; reason: string }, ctx: Context) {
    return write.retractStance(ctx, requirePrincipal(ctx), args.id, args.reason);
  },
};
