/** Shortest chains between two actors: cypher/path/. */
import type { RelationType } from '../dataset/vocabulary';
import type { ActorModel, RelationModel } from './rows';
import { declare } from './statement';
import type { Int } from './values';

export interface ShortestParams {
  fromId: string;
  toId: string;
  maxHops: Int;
  direction: 'OUT' | 'IN' | 'BOTH';
  types: RelationType[] | null;
  /** Whether a role (member of an organization) counts as a hop. */
  includeRoles: boolean;
}
export interface AllShortestParams extends ShortestParams {
  limit: Int;
}

/** A hop: a relation, or a role held in an organization. */
export type PathStep =
  | { relation: RelationModel; role?: undefined }
  | { relation?: undefined; role: { holderId: string; title: string; organizationId: string } };

export interface PathRow {
  actorIds: string[];
  actors: ActorModel[];
  steps: PathStep[];
}

const COLUMNS = ['actorIds', 'actors', 'steps'] as const;
const SHORTEST = ['fromId', 'toId', 'maxHops', 'direction', 'types', 'includeRoles'] as const;

export const shortestPath = declare<ShortestParams, PathRow>('path/shortest', SHORTEST, COLUMNS);
export const allShortestPaths = declare<AllShortestParams, PathRow>(
  'path/all-shortest',
  [...SHORTEST, 'limit'],
  COLUMNS,
);
