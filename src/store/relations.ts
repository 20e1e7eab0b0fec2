/** The relations connection: cypher/relations/. */
import type { AssertionMethod, Polarity, RelationType } from '../dataset/vocabulary';
import type { RelationModel } from './rows';
import { declare } from './statement';
import type { CypherDate, Int } from './values';

/** The filter both assertion connections share. */
export interface AssertionFilterParams {
  documentIds: string[] | null;
  from: CypherDate | null;
  to: CypherDate | null;
  minConfidence: number | null;
  methods: AssertionMethod[] | null;
  polarities: Polarity[] | null;
  includeRetracted: boolean;
}
/** Where a page starts: after the row with this sort key and id (both null for the first page). */
export interface AfterParams {
  afterKey: number | null;
  afterId: string | null;
  limit: Int;
}

export interface RelationsFilterParams extends AssertionFilterParams {
  types: RelationType[] | null;
  sourceIds: string[] | null;
  targetIds: string[] | null;
  actorIds: string[] | null;
  topicIds: string[] | null;
}
/** How a connection page is ordered: by `sign * <field's value>`, ties by id. */
export interface OrderParams {
  /** A RelationOrderField or StanceOrderField of the schema (CONFIDENCE, DATE, ID). */
  orderField: string;
  /** -1 for descending, 1 for ascending. */
  sign: number;
  /** Ties by id descending: only for ID DESC, where the sort key is 0 for every row. */
  idDescending: boolean;
}
export interface RelationsPageParams extends RelationsFilterParams, OrderParams, AfterParams {}

/** The parameters of AssertionFilterParams, as the declarations list them. */
export const ASSERTION_FILTER = [
  'documentIds',
  'from',
  'to',
  'minConfidence',
  'methods',
  'polarities',
  'includeRetracted',
] as const;
/** The parameters of RelationsFilterParams, as the declarations list them. */
export const RELATIONS_FILTER = [
  ...ASSERTION_FILTER,
  'types',
  'sourceIds',
  'targetIds',
  'actorIds',
  'topicIds',
] as const;
/** The parameters of OrderParams and AfterParams, as the declarations list them. */
export const ORDER_AND_AFTER = [
  'orderField',
  'sign',
  'idDescending',
  'afterKey',
  'afterId',
  'limit',
] as const;
/** The parameters of RelationsPageParams (also the one-statement page's, src/store/tree.ts). */
export const RELATIONS_PAGE = [...RELATIONS_FILTER, ...ORDER_AND_AFTER] as const;

export const relationsCount = declare<RelationsFilterParams, { total: number }>(
  'relations/count',
  RELATIONS_FILTER,
  ['total'],
);
export const relationsPage = declare<
  RelationsPageParams,
  { relation: RelationModel; sortKey: number }
>('relations/page', RELATIONS_PAGE, ['relation', 'sortKey']);
