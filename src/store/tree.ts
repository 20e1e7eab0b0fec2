/**
 * Whole request trees in one statement: cypher/tree/. A root resolver that
 * recognises the shape of its selection sends one of these and primes the
 * request's loaders with what comes back (src/graphql/tree/), so nested
 * fields answer from memory instead of one statement per level.
 */
import type {
  ActorModel,
  DocumentModel,
  EvidenceModel,
  RelationModel,
  StanceModel,
  TopicModel,
} from './rows';
import type { Integer } from 'neo4j-driver';
import { RELATIONS_PAGE, type RelationsPageParams } from './relations';
import { declare } from './statement';
import { STANCES_PAGE, type StancesPageParams } from './stances';

/** A document as the tree statements return it: `text` is null unless it was asked for. */
export type TreeDocument = DocumentModel;

/** Which parts of a tree to read; each false part is skipped (and comes back empty). */
export interface TreeParts {
  withEvidence: boolean;
  withDocuments: boolean;
  withText: boolean;
}
const TREE_PARTS = ['withEvidence', 'withDocuments', 'withText'] as const;

/** The evidence and the documents it quotes, for whatever a tree row holds. */
export interface TreeEvidence {
  evidence: EvidenceModel[];
  documents: TreeDocument[];
}

export interface TreeActorParams extends TreeParts {
  id: string | null;
  name: string | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  types: string[] | null;
  first: Integer;
  withRelations: boolean;
  withStances: boolean;
  /** Relations as id, type, polarity, confidence and ends only (src/graphql/tree/lean.ts). */
  leanRelations: boolean;
}
export interface TreeActorRow extends TreeEvidence {
  actor: ActorModel;
  relations: Array<{ relation: RelationModel; other: ActorModel }>;
  stances: Array<{ stance: StanceModel; topic: TopicModel }>;
}
/** An actor by id or name with its relations, stances, evidence and documents. */
export const treeActor = declare<TreeActorParams, TreeActorRow>(
  'tree/actor',
  [
    'id',
    'name',
    'direction',
    'types',
    'first',
    'withRelations',
    'withStances',
    'withEvidence',
    'withDocuments',
    'withText',
    'leanRelations',
  ],
  ['actor', 'relations', 'stances', 'evidence', 'documents'],
);

export interface TreeTopicParams extends TreeParts {
  id: string;
  withStances: boolean;
  withConcerns: boolean;
}
export interface TreeTopicRow extends TreeEvidence {
  topic: TopicModel;
  stances: Array<{ stance: StanceModel; holder: ActorModel }>;
  concerns: ActorModel[];
}
/** A topic with its stances and their holders, the actors it concerns, evidence and documents. */
export const treeTopic = declare<TreeTopicParams, TreeTopicRow>(
  'tree/topic',
  ['id', 'withStances', 'withConcerns', 'withEvidence', 'withDocuments', 'withText'],
  ['topic', 'stances', 'concerns', 'evidence', 'documents'],
);

/** A stance as supporters, opponents, worried and counts need it: its position and holder. */
export interface PositionModel {
  position: StanceModel['position'];
  actor: string;
}
export interface TreeTopicPositionsRow {
  topic: TopicModel;
  positions: PositionModel[];
  holders: ActorModel[];
}
/** A topic with the position and holder of each stance on it, and the holders. */
export const treeTopicPositions = declare<{ id: string }, TreeTopicPositionsRow>(
  'tree/topic-positions',
  ['id'],
  ['topic', 'positions', 'holders'],
);

/** The filter and keyset parameters of relations/page (src/graphql/resolvers/connections.ts). */
export interface TreeRelationsPageParams extends RelationsPageParams, TreeParts {
  /** Relations as id, type, polarity, confidence and ends only (src/graphql/tree/lean.ts). */
  leanRelations: boolean;
}
export interface TreeRelationsPageRow extends TreeEvidence {
  relation: RelationModel;
  sortKey: number;
  source: ActorModel;
  target: ActorModel;
}
/** A page of relations with both ends, their evidence and documents. */
export const treeRelationsPage = declare<TreeRelationsPageParams, TreeRelationsPageRow>(
  'tree/relations-page',
  [...RELATIONS_PAGE, ...TREE_PARTS, 'leanRelations'],
  ['relation', 'sortKey', 'source', 'target', 'evidence', 'documents'],
);

/** The filter and keyset parameters of stances/page (src/graphql/resolvers/connections.ts). */
export interface TreeStancesPageParams extends StancesPageParams, TreeParts {}
export interface TreeStancesPageRow extends TreeEvidence {
  stance: StanceModel;
  sortKey: number;
  actor: ActorModel;
  topic: TopicModel;
}
/** A page of stances with their actors and topics, evidence and documents. */
export const treeStancesPage = declare<TreeStancesPageParams, TreeStancesPageRow>(
  'tree/stances-page',
  [...STANCES_PAGE, ...TREE_PARTS],
  ['stance', 'sortKey', 'actor', 'topic', 'evidence', 'documents'],
);

export interface TreeDocumentsParams {
  ids: string[];
}
export interface TreeDocumentsRow {
  document: Omit<DocumentModel, 'text'>;
}
/** Documents by id without their text, for requests that do not select it. */
export const treeDocuments = declare<TreeDocumentsParams, TreeDocumentsRow>(
  'tree/documents',
  ['ids'],
  ['document'],
);
