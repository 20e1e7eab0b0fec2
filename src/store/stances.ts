/** The stances connection: cypher/stances/. */
import type { StancePosition } from '../dataset/vocabulary';
import type { AfterParams, AssertionFilterParams } from './relations';
import type { StanceModel } from './rows';
import { declare } from './statement';

export interface StancesFilterParams extends AssertionFilterParams {
  actorIds: string[] | null;
  topicIds: string[] | null;
  positions: StancePosition[] | null;
}

const FILTER = [
  'documentIds',
  'from',
  'to',
  'minConfidence',
  'methods',
  'polarities',
  'includeRetracted',
  'actorIds',
  'topicIds',
  'positions',
] as const;

export const stancesCount = declare<StancesFilterParams, { total: number }>(
  'stances/count',
  FILTER,
  ['total'],
);
export const stancesPage = declare<
  StancesFilterParams & AfterParams,
  { stance: StanceModel; sortKey: number }
>('stances/page', [...FILTER, 'afterKey', 'afterId', 'limit'], ['stance', 'sortKey']);
