import type { Context } from '../context';
import type { EvidenceModel, RelationModel, StanceModel } from '../model';
import { present } from './present';

export const Relation = {
  source: (r: RelationModel, _: unknown, ctx: Context) =>
    present(ctx.loaders.actor.load(r.source), 'actor', r.source),
  target: (r: RelationModel, _: unknown, ctx: Context) =>
    present(ctx.loaders.actor.load(r.target), 'actor', r.target),
  evidence: (r: RelationModel, _: unknown, ctx: Context) => ctx.loaders.evidence.load(r.id),
};

export const Stance = {
  actor: (s: StanceModel, _: unknown, ctx: Context) =>
    present(ctx.loaders.actor.load(s.actor), 'actor', s.actor),
  topic: (s: StanceModel, _: unknown, ctx: Context) =>
    present(ctx.loaders.topic.load(s.topic), 'topic', s.topic),
  evidence: (s: StanceModel, _: unknown, ctx: Context) => ctx.loaders.evidence.load(s.id),
};

export const Evidence = {
  document: (e: EvidenceModel, _: unknown, ctx: Context) =>
    present(ctx.loaders.document.load(e.documentId), 'document', e.documentId),
};
