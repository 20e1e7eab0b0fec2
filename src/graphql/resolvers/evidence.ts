/**
 * `Evidence.id` and `Evidence.subject`, spread into the `Evidence` resolvers.
 * Evidence rows (cypher/evidence/by-subject.cypher, cypher/search/fulltext.cypher)
 * carry their stored id and the id of the relation or stance they support.
 */
import type { Context } from '../context';
import type { EvidenceModel, RelationModel, StanceModel } from '../model';
import { present } from './present';

export const EvidenceFields = {
  /** The stored id; rows without one get the id the loader gives quotes (src/dataset/plan.ts). */
  id: (e: EvidenceModel): string => e.id ?? `${e.subjectId}@${e.documentId}:${e.start}-${e.end}`,

  subject: (e: EvidenceModel, _: unknown, ctx: Context): Promise<RelationModel | StanceModel> =>
    present(ctx.loaders.evidenceSubject.load(e.subjectId), 'relation or stance', e.subjectId),
};
