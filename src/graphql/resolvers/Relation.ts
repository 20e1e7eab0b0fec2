import type { EvidenceResolvers, RelationResolvers, StanceResolvers } from '../generated/resolvers';
import { present } from './present';

export const Relation: RelationResolvers = {
  source: (r, _, ctx) => present(ctx.loaders.actor.load(r.source), 'actor', r.source),
  target: (r, _, ctx) => present(ctx.loaders.actor.load(r.target), 'actor', r.target),
  evidence: (r, _, ctx) => ctx.loaders.evidence.load(r.id),
};

export const Stance: StanceResolvers = {
  actor: (s, _, ctx) => present(ctx.loaders.actor.load(s.actor), 'actor', s.actor),
  topic: (s, _, ctx) => present(ctx.loaders.topic.load(s.topic), 'topic', s.topic),
  evidence: (s, _, ctx) => ctx.loaders.evidence.load(s.id),
};

export const Evidence: EvidenceResolvers = {
  document: (e, _, ctx) =>
    present(ctx.loaders.document.load(e.documentId), 'document', e.documentId),
};
