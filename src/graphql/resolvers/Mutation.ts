/**
 * Curation mutations (schema.graphql `type Mutation`): each checks the API key,
 * then hands its arguments to the curation service (src/curation) and maps a
 * refusal to the API's one error model (./curationErrors.ts). addAlias and the
 * retractions take `input` or their deprecated flat arguments (../deprecated.ts).
 * The generated input types are assignable to the service's own, which the
 * compiler checks.
 */
import { requirePrincipal } from '../auth';
import type { MutationResolvers } from '../generated/resolvers';
import * as curation from '../../curation';
import { curate, sessionOf } from '../curationErrors';
import { inputOrFlat } from '../deprecated';
import { withDetailsText } from './details';

export const Mutation: MutationResolvers = {
  upsertActor(_, args, ctx) {
    requirePrincipal(ctx);
    return curate('input', () => curation.upsertActor(sessionOf(ctx), args.input));
  },

  addAlias(_, args, ctx) {
    requirePrincipal(ctx);
    const flat = { actorId: args.actorId, alias: args.alias };
    const { input, root } = inputOrFlat(args.input, flat);
    return curate(root, () => curation.addAlias(sessionOf(ctx), input));
  },

  addDocument(_, args, ctx) {
    requirePrincipal(ctx);
    return curate('input', () => curation.addDocument(sessionOf(ctx), args.input));
  },

  assertRelation(_, args, ctx) {
    requirePrincipal(ctx);
    const { input, rename } = withDetailsText(args.input);
    return curate('input', () => curation.assertRelation(sessionOf(ctx), input), rename);
  },

  assertStance(_, args, ctx) {
    requirePrincipal(ctx);
    return curate('input', () => curation.assertStance(sessionOf(ctx), args.input));
  },

  retractRelation(_, args, ctx) {
    const curator = requirePrincipal(ctx);
    const { input, root } = inputOrFlat(args.input, { id: args.id, reason: args.reason });
    return curate(root, () => curation.retractRelation(sessionOf(ctx), curator, input));
  },

  retractStance(_, args, ctx) {
    const curator = requirePrincipal(ctx);
    const { input, root } = inputOrFlat(args.input, { id: args.id, reason: args.reason });
    return curate(root, () => curation.retractStance(sessionOf(ctx), curator, input));
  },
};
