/**
 * `Evidence.id` and `Evidence.subject`, spread into the `Evidence` resolvers.
 * Evidence rows (cypher/evidence/by-subject.cypher, cypher/search/fulltext.cypher)
 * carry their stored id and the id of the relation or stance they support.
 */
import type { EvidenceResolvers } from '../generated/resolvers';
import { present } from './present';

export const EvidenceFields: EvidenceResolvers = {
  /** The stored id; rows without one get the id the loader gives quotes (src/dataset/plan.ts). */
  id: (e) => e.id ?? `${e.subjectId}@${e.documentId}:${e.start}-${e.end}`,

  subject: (e, _, ctx) =>
    present(ctx.loaders.evidenceSubject.load(e.subjectId), 'relation or stance', e.subjectId),
};
