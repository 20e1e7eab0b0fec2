/** What actor rankings are computed from: cypher/rankings/. */
import type { RelationType } from '../dataset/vocabulary';
import { declare } from './statement';

export interface RankingEdgeRow {
  source: string;
  target: string;
  type: RelationType;
  confidence: number | null;
}
/** Every standing relation (of the given types), as weighted edges. */
export const rankingEdges = declare<{ types: RelationType[] | null }, RankingEdgeRow>(
  'rankings/edges',
  ['types'],
  ['source', 'target', 'type', 'confidence'],
);
