/**
 * One description of each assertion kind, relation and stance: what planning,
 * writing and retraction need to know of it. Everything else about asserting
 * and retracting is written once, in ./assertions.ts and ./retract.ts.
 */
import type { WriteTx } from '../db/graph';
import type { DatasetPlan, PlannedRelation, PlannedStance } from '../dataset/plan';
import { relationRow, stanceRow } from '../load/rows';
import {
  relationById,
  stanceById,
  write as run,
  type AssertionKindName,
  type AssertionWrite,
} from '../store';
import type { RelationModel, StanceModel } from '../store/rows';
import type { CurationProblem } from './errors';
import type { AssertionInput, RelationInput, StanceInput } from './inputs';
import type { CurationChange } from './session';

export interface AssertionKind<I extends AssertionInput, P, M> {
  /** Its statements are the store's for this kind (src/store/kinds.ts). */
  name: AssertionKindName;
  /** The section of the one-item dataset it is checked as. */
  section: 'relations' | 'stances';
  /** Dataset field names → the input's, for the paths of problems. */
  renames: Readonly<Record<string, string>>;
  /** Ids made for it start with this. */
  idPrefix: string;
  /** What a made id is made of, besides the evidence. */
  idParts(input: I): string[];
  /** The actors and topics it names, read before validation. */
  references(input: I): { actorIds: string[]; topicIds: string[] };
  /** Its own fields in the dataset format, and what is wrong with them before validation. */
  fields(input: I): { fields: Record<string, unknown>; problems: CurationProblem[] };
  planned(plan: DatasetPlan): P;
  row(planned: P): AssertionWrite;
  read(tx: WriteTx, id: string): Promise<M | undefined>;
  /** The operation that retracts it, named to a caller who picked the other kind's. */
  retractWith: string;
  asserted(model: M): CurationChange;
  retracted(model: M): CurationChange;
}

/** `details` is a JSON object in a string; the dataset format holds it as an object. */
function parseDetails(details: string | null | undefined): {
  value: unknown;
  problems: CurationProblem[];
} {
  if (details === null || details === undefined) return { value: undefined, problems: [] };
  try {
    return { value: JSON.parse(details) as unknown, problems: [] };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      value: undefined,
      problems: [
        {
          path: 'details',
          message: `not valid JSON (${why}); give a JSON object such as {"durationMinutes": 90}`,
        },
      ],
    };
  }
}

export const RELATION: AssertionKind<RelationInput, PlannedRelation, RelationModel> = {
  name: 'relation',
  section: 'relations',
  renames: { source: 'sourceId', target: 'targetId' },
  idPrefix: 'rel',
  idParts: (input) => [input.sourceId, input.type.toLowerCase().replace(/_/g, '-'), input.targetId],
  references: (input) => ({ actorIds: [input.sourceId, input.targetId], topicIds: [] }),
  fields(input) {
    const details = parseDetails(input.details);
    return {
      fields: {
        type: input.type,
        source: input.sourceId,
        target: input.targetId,
        date: input.date,
        details: details.value,
      },
      problems: details.problems,
    };
  },
  planned: (plan) => plan.relations[0],
  row: (planned) => relationRow(planned, 'api'),
  read: async (tx, id) => (await run(tx, relationById, { ids: [id] }))[0]?.relation,
  retractWith: 'retractRelation',
  asserted: (relation) => ({ kind: 'RELATION_ASSERTED', relation }),
  retracted: (relation) => ({ kind: 'RELATION_RETRACTED', relation }),
};

export const STANCE: AssertionKind<StanceInput, PlannedStance, StanceModel> = {
  name: 'stance',
  section: 'stances',
  renames: { actor: 'actorId', topic: 'topicId' },
  idPrefix: 'stance',
  idParts: (input) => [input.actorId, input.topicId],
  references: (input) => ({ actorIds: [input.actorId], topicIds: [input.topicId] }),
  fields: (input) => ({
    fields: {
      actor: input.actorId,
      topic: input.topicId,
      position: input.position,
      summary: input.summary,
    },
    problems: [],
  }),
  planned: (plan) => plan.stances[0],
  row: (planned) => stanceRow(planned, 'api'),
  read: async (tx, id) => (await run(tx, stanceById, { ids: [id] }))[0]?.stance,
  retractWith: 'retractStance',
  asserted: (stance) => ({ kind: 'STANCE_ASSERTED', stance }),
  retracted: (stance) => ({ kind: 'STANCE_RETRACTED', stance }),
};

/** The other kind's retraction, for a caller who named the wrong one. */
export function retractionOf(kind: AssertionKindName): string {
  return kind === 'relation' ? RELATION.retractWith : STANCE.retractWith;
}
