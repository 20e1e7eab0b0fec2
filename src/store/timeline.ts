/** Relations, stances and documents in date order: cypher/timeline/. */
import type { DocumentModel, RelationModel, StanceModel } from './rows';
import { declare } from './statement';
import type { CypherDate, Int } from './values';

export interface TimelineParams {
  from: CypherDate | null;
  to: CypherDate | null;
  limit: Int;
}
/** An event; `kind` names its GraphQL type. */
export type TimelineRow = { date: string } & (
  | { kind: 'Relation'; item: RelationModel }
  | { kind: 'Stance'; item: StanceModel }
  | { kind: 'Document'; item: DocumentModel }
);
const COLUMNS = ['kind', 'date', 'item'] as const;

export const timelineAll = declare<TimelineParams, TimelineRow>(
  'timeline/all',
  ['from', 'to', 'limit'],
  COLUMNS,
);
export const timelineOfActor = declare<TimelineParams & { actorId: string }, TimelineRow>(
  'timeline/actor',
  ['actorId', 'from', 'to', 'limit'],
  COLUMNS,
);
