/** Relations by id: cypher/relation/. */
import type { ByIdsParams } from './actor';
import type { RelationModel } from './rows';
import { declare } from './statement';

/** Relations by id (batched), retracted ones included. */
export const relationById = declare<ByIdsParams, { relation: RelationModel }>(
  'relation/by-id',
  ['ids'],
  ['relation'],
);
