/** The stances connection: cypher/stances/. */
import type { StancePosition } from '../dataset/vocabulary';
import {
  ASSERTION_FILTER,
  ORDER_AND_AFTER,
  type AfterParams,
  type AssertionFilterParams,
  type OrderParams,
} from './relations';
import type { StanceModel } from './rows';
import { declare } from './statement';

export interface StancesFilterParams extends AssertionFilterParams {
  actorIds: string[] | null;
  topicIds: string[] | null;
  positions: StancePosition[] | null;
}

const FILTER = [...ASSERTION_FILTER, 'actorIds', 'topicIds', 'positions'] as const;
/** The parameters of StancesPageParams (also the one-statement page's, src/store/tree.ts). */
export const STANCES_PAGE = [...FILTER, ...ORDER_AND_AFTER] as const;
export type StancesPageParams = StancesFilterParams & OrderParams & AfterParams;

export const stancesCount = declare<StancesFilterParams, { total: number }>(
  'stances/count',
  FILTER,
  ['total'],
);
export const stancesPage = declare<StancesPageParams, { stance: StanceModel; sortKey: number }>(
  'stances/page',
  STANCES_PAGE,
  ['stance', 'sortKey'],
);
