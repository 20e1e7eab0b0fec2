/** Stances by id, and one actor's stance history on a topic: cypher/stance/. */
import type { ByIdsParams } from './actor';
import type { StanceModel } from './rows';
import { declare } from './statement';

export interface StanceRow {
  stance: StanceModel;
}
/** Stances by id (batched), retracted ones included. */
export const stanceById = declare<ByIdsParams, StanceRow>('stance/by-id', ['ids'], ['stance']);
/** Every stance of an actor on a topic, in date order. */
export const stanceHistory = declare<{ actorId: string; topicId: string }, StanceRow>(
  'stance/history',
  ['actorId', 'topicId'],
  ['stance'],
);
