/** Evidence quotes: cypher/evidence/. */
import type { ByIdsParams } from './actor';
import type { EvidenceModel, RelationModel, StanceModel } from './rows';
import { declare } from './statement';

export interface EvidenceBySubjectRow {
  subjectId: string;
  evidence: EvidenceModel;
}
/** The quotes supporting several relations or stances. */
export const evidenceBySubject = declare<ByIdsParams, EvidenceBySubjectRow>(
  'evidence/by-subject',
  ['ids'],
  ['subjectId', 'evidence'],
);

/** Relations and stances by id, retracted ones included: what quotes support. */
export const evidenceSubjects = declare<ByIdsParams, { subject: RelationModel | StanceModel }>(
  'evidence/subjects',
  ['ids'],
  ['subject'],
);
