/** An actor's neighbourhood: cypher/neighborhood/. */
import type { RelationType } from '../dataset/vocabulary';
import type { ActorModel, RelationModel, StanceModel, TopicModel } from './rows';
import { declare } from './statement';
import type { Int } from './values';

export interface SubgraphParams {
  actorId: string;
  depth: Int;
  types: RelationType[] | null;
  minConfidence: number | null;
  maxActors: Int;
  /** Read stances and their topics too (a hub's can be thousands). */
  withStances: boolean;
}
export interface SubgraphRow {
  center: ActorModel;
  actors: ActorModel[];
  relations: RelationModel[];
  stances: StanceModel[];
  topics: TopicModel[];
}
/** The actors within `depth` hops of one, with the relations among them; no row when it does not exist. */
export const neighborhoodSubgraph = declare<SubgraphParams, SubgraphRow>(
  'neighborhood/subgraph',
  ['actorId', 'depth', 'types', 'minConfidence', 'maxActors', 'withStances'],
  ['center', 'actors', 'relations', 'stances', 'topics'],
);
