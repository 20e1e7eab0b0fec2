/** Statements about one actor: cypher/actor/. */
import type { ActorModel, RelationModel } from './rows';
import { declare } from './statement';

export interface ActorRelationsParams {
  ids: string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  types: string[] | null;
}
export interface ActorRelationsRow {
  actorId: string;
  relation: RelationModel;
  other: ActorModel;
}
/** Relations of several actors in one direction (batched), with the other end. */
export const actorRelations = declare<ActorRelationsParams, ActorRelationsRow>(
  'actor/relations',
  ['ids', 'direction', 'types'],
  ['actorId', 'relation', 'other'],
);
