/** Full-text search over actors, topics and quotes: cypher/search/. */
import type { ActorModel, EvidenceModel, TopicModel } from './rows';
import { declare } from './statement';
import type { Int } from './values';

export interface FulltextParams {
  /** A Lucene query, escaped by src/db/fulltext.ts. */
  query: string;
  limit: Int;
}
/** A hit; `kind` says which index it came from. */
export type FulltextRow = { score: number } & (
  | { kind: 'Actor'; item: ActorModel }
  | { kind: 'Topic'; item: TopicModel }
  | { kind: 'Evidence'; item: EvidenceModel }
);
export const searchFulltext = declare<FulltextParams, FulltextRow>(
  'search/fulltext',
  ['query', 'limit'],
  ['kind', 'score', 'item'],
);
