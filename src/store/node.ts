/** Any object by its id, for Query.node: cypher/node/. */
import type { IdParams } from './mutation';
import type { EvidenceModel } from './rows';
import { declare } from './statement';

/** The GraphQL types that implement Node (schema.graphql). */
export type NodeKind = 'Actor' | 'Topic' | 'Document' | 'Relation' | 'Stance' | 'Evidence';

export interface NodeKindRow {
  kind: NodeKind;
  /** The quote itself when `kind` is Evidence; null for every other kind. */
  evidence: EvidenceModel | null;
}
/** The kind of object an id names (the first of Actor, Topic, Document, Relation, Stance, Evidence). */
export const nodeKind = declare<IdParams, NodeKindRow>('node/kind', ['id'], ['kind', 'evidence']);
