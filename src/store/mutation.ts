/** What the curation mutations run besides the loader's upserts: cypher/mutation/. */
import { declarePerKind } from './kinds';
import type { ActorModel } from './rows';
import { declare } from './statement';

export interface IdParams {
  id: string;
}

/** An actor read inside the transaction that will update it. */
export const actorForUpdate = declare<IdParams, { actor: ActorModel }>(
  'mutation/actor-for-update',
  ['id'],
  ['actor'],
);

export interface AssertionByIdRow {
  kind: 'relation' | 'stance';
  origin: string | null;
  /** ISO instant, or null while it stands. */
  retractedAt: string | null;
  retractedBy: string | null;
}
/** Whatever relation or stance holds an id, and whether it can be replaced. */
export const assertionById = declare<IdParams, AssertionByIdRow>(
  'mutation/assertion-by-id',
  ['id'],
  ['kind', 'origin', 'retractedAt', 'retractedBy'],
);

export interface EvidenceReplaceParams {
  subjectId: string;
  keep: string[];
}
/** Removes a relation's or stance's quotes that are not in `keep`. */
export const evidenceReplace = declare<EvidenceReplaceParams, { removed: number }>(
  'mutation/evidence-replace',
  ['subjectId', 'keep'],
  ['removed'],
);

/** Re-dates the relations and stances dated by a document that changed. */
export const refreshEffectiveDates = declare<
  { documentId: string },
  { relations: number; stances: number }
>('mutation/refresh-effective-dates', ['documentId'], ['relations', 'stances']);

export interface RetractParams {
  id: string;
  /** What readers see as who retracted it: the key's displayName, or `analyst`. */
  by: string;
  /** The API key's name, kept for the operator's audit (`retractedByKey`); never returned by the API. */
  key: string;
  reason: string;
}
/** Marks a relation or stance retracted, per kind (./kinds.ts); answers its id, to be read back by id. */
export const retractAssertion = declarePerKind<RetractParams, { id: string }>(
  'mutation/retract-assertion',
  ['id', 'by', 'key', 'reason'],
  ['id'],
);
