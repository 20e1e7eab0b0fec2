/** The actors connection: cypher/actors/. */
import type { ActorKind } from '../dataset/vocabulary';
import type { ActorModel } from './rows';
import { declare } from './statement';
import type { Int } from './values';

export interface ActorsFilterParams {
  kinds: ActorKind[] | null;
  search: string | null;
}
export interface CountRow {
  total: number;
}
/** How many actors the filter lets through. */
export const actorsCount = declare<ActorsFilterParams, CountRow>(
  'actors/count',
  ['kinds', 'search'],
  ['total'],
);

export interface ActorsPageParams extends ActorsFilterParams {
  afterName: string | null;
  afterId: string | null;
  limit: Int;
}
/** A page of actors by name, then id, after a cursor. */
export const actorsPage = declare<ActorsPageParams, { actor: ActorModel }>(
  'actors/page',
  ['kinds', 'search', 'afterName', 'afterId', 'limit'],
  ['actor'],
);
