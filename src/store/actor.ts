/** Statements about one actor: cypher/actor/. */
import type { ActorModel, RelationModel, StanceModel } from './rows';
import { declare } from './statement';

/** The parameters of statements that look several things up by id in one round trip. */
export interface ByIdsParams {
  ids: string[];
}

export interface ActorRow {
  actor: ActorModel;
}
/** Actors by id (batched). */
export const actorById = declare<ByIdsParams, ActorRow>('actor/by-id', ['ids'], ['actor']);

export interface ActorByNameParams {
  name: string;
}
/** The actor whose name or alias is `name` (case-insensitive). */
export const actorByName = declare<ActorByNameParams, ActorRow>(
  'actor/by-name',
  ['name'],
  ['actor'],
);

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

export interface ActorRolesRow {
  actorId: string;
  title: string;
  organizationId: string;
}
/** The roles (title in an organization) of several actors. */
export const actorRoles = declare<ByIdsParams, ActorRolesRow>(
  'actor/roles',
  ['ids'],
  ['actorId', 'title', 'organizationId'],
);

export interface ActorStancesRow {
  actorId: string;
  stance: StanceModel;
}
/** The stances of several actors. */
export const actorStances = declare<ByIdsParams, ActorStancesRow>(
  'actor/stances',
  ['ids'],
  ['actorId', 'stance'],
);
