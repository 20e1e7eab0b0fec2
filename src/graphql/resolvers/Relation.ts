import type {
  DocumentResolvers,
  EvidenceResolvers,
  RelationResolvers,
  StanceResolvers,
} from '../generated/resolvers';
import { present } from './present';
import { mentions } from '../tree/selection';

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
  /** Without its text unless the request asks for it (`Document.text` fetches it otherwise). */
  document: (e, _, ctx, info) =>
    present(
      (info && !mentions(info, 'text') ? ctx.loaders.documentLean : ctx.loaders.document).load(
        e.documentId,
      ),
      'document',
      e.documentId,
    ),
};

export const Document: DocumentResolvers = {
  /** Rows read without the text (tree/documents.cypher, cypher/tree/) fetch it here if it is asked for after all. */
  async text(d, _, ctx) {
    if (d.text !== null) return d.text;
    const full = await present(ctx.loaders.document.load(d.id), 'document', d.id);
    return full.text ?? '';
  },
};
