/**
 * The curation service: what the API's mutations do, in plain TypeScript.
 * Every input is checked by the loader's own rules and refused as a whole
 * with a CurationError listing its problems; a write is one transaction.
 */
import { assertAssertion } from './assertions';
import type { Curator, RelationInput, RetractInput, StanceInput } from './inputs';
import { RELATION, STANCE } from './kinds';
import { retractAssertion } from './retract';
import type { CurationSession } from './session';
import type { RelationModel, StanceModel } from '../store/rows';

export { CurationError, type CurationErrorKind, type CurationProblem } from './errors';
export type * from './inputs';
export type { CurationChange, CurationSession } from './session';
export { under } from './problems';
export { derivedId } from './ids';
export { resolveOffsets } from './offsets';
export { MAX_REASON_LENGTH } from './retract';
export { upsertActor, addAlias } from './actors';
export { addDocument } from './documents';

export function assertRelation(
  session: CurationSession,
  input: RelationInput,
): Promise<RelationModel> {
  return assertAssertion(session, RELATION, input);
}

export function assertStance(session: CurationSession, input: StanceInput): Promise<StanceModel> {
  return assertAssertion(session, STANCE, input);
}

export function retractRelation(
  session: CurationSession,
  curator: Curator,
  input: RetractInput,
): Promise<RelationModel> {
  return retractAssertion(session, RELATION, curator, input);
}

export function retractStance(
  session: CurationSession,
  curator: Curator,
  input: RetractInput,
): Promise<StanceModel> {
  return retractAssertion(session, STANCE, curator, input);
}
