import type {
  DocumentResolvers,
  EvidenceResolvers,
  RelationResolvers,
  StanceResolvers,
} from '../generated/resolvers';
import { follow, present } from './present';
import { mentions } from '../tree/selection';

export const Relation: RelationResolvers = {
  source: (r, _, ctx) => follow(ctx.loaders.actor, 'actor', r.source),
  target: (r, _, ctx) => follow(ctx.loaders.actor, 'actor', r.target),
  evidence: (r, _, ctx) => ctx.loaders.evidence.get(r.id),
};

export const Stance: StanceResolvers = {
  actor: (s, _, ctx) => follow(ctx.loaders.actor, 'actor', s.actor),
  topic: (s, _, ctx) => follow(ctx.loaders.topic, 'topic', s.topic),
  evidence: (s, _, ctx) => ctx.loaders.evidence.get(s.id),
};

export const Evidence: EvidenceResolvers = {
  /** Without its text unless the request asks for it (`Document.text` fetches it otherwise). */
  document: (e, _, ctx, info) =>
    follow(
      info && !mentions(info, 'text') ? ctx.loaders.documentLean : ctx.loaders.document,
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
