/**
 * The loader's batched upserts and prunes: cypher/load/. The curation
 * mutations write through the same statements. Each upsert takes `rows`
 * built by src/load/rows.ts and answers with its counts.
 */
import { declarePerKind } from './kinds';
import { declare } from './statement';

export interface RowsParams<Row> {
  rows: readonly Row[];
}

/** What an upsert answers: rows written, of which created and of which changed. */
export interface UpsertRow {
  written: number;
  created: number;
  updated: number;
}

export interface ActorWrite {
  id: string;
  /** Lowercased name and aliases (ActorName keys). */
  names: string[];
  props: object;
}
export interface RolesWrite {
  actorId: string;
  roles: ReadonlyArray<{ title: string; organization: string }>;
}
export interface TopicWrite {
  id: string;
  concerns: string[];
  props: object;
}
export interface DocumentWrite {
  id: string;
  props: object;
}
export interface AssertionWrite {
  id: string;
  source: string;
  target: string;
  props: object;
}
export interface EvidenceWrite {
  id: string;
  documentId: string;
  props: object;
}

const UPSERT = ['written', 'created', 'updated'] as const;

export const loadActors = declare<RowsParams<ActorWrite>, UpsertRow>(
  'load/actors',
  ['rows'],
  UPSERT,
);
export const loadActorRoles = declare<RowsParams<RolesWrite>, Pick<UpsertRow, 'written'>>(
  'load/actor-roles',
  ['rows'],
  ['written'],
);
export const loadTopics = declare<RowsParams<TopicWrite>, UpsertRow>(
  'load/topics',
  ['rows'],
  UPSERT,
);
export interface DocumentsUpsertRow extends UpsertRow {
  /** Ids of the documents that were in the graph before. */
  existing: string[];
}
export const loadDocuments = declare<RowsParams<DocumentWrite>, DocumentsUpsertRow>(
  'load/documents',
  ['rows'],
  ['written', 'created', 'updated', 'existing'],
);
/** Relations or stances, per kind (./kinds.ts). */
export const loadAssertions = declarePerKind<RowsParams<AssertionWrite>, UpsertRow>(
  'load/assertions',
  ['rows'],
  UPSERT,
);
export const loadEvidence = declare<RowsParams<EvidenceWrite>, UpsertRow>(
  'load/evidence',
  ['rows'],
  UPSERT,
);

export interface PruneParams {
  documentId: string;
  /** Ids the dataset still lists for the document. */
  keep: string[];
}
export interface PruneRow {
  removed: number;
}
/** Removes what a reloaded document no longer lists. */
export const pruneAssertions = declarePerKind<PruneParams, PruneRow>(
  'load/assertions-prune',
  ['documentId', 'keep'],
  ['removed'],
);
export const pruneEvidence = declare<PruneParams, PruneRow>(
  'load/evidence-prune',
  ['documentId', 'keep'],
  ['removed'],
);

export interface ExistingParams {
  actorIds: string[];
  topicIds: string[];
  documentIds: string[];
}
export interface ExistingRow {
  actorIds: string[];
  topicIds: string[];
  documents: Array<{ id: string; text: string }>;
}
/** Which of the given ids the graph holds already (and the texts of those documents). */
export const loadExisting = declare<ExistingParams, ExistingRow>(
  'load/existing',
  ['actorIds', 'topicIds', 'documentIds'],
  ['actorIds', 'topicIds', 'documents'],
);

// Creating what is new, and reading what is known (issue 14).

/** A row the create statements UNWIND: the key, where it hangs, and the properties to set. */
export interface CreateRow {
  id: string;
  props: Record<string, unknown>;
  source?: string;
  target?: string;
  documentId?: string;
}
export interface CreateRowsParams {
  rows: readonly CreateRow[];
}
export interface WrittenRow {
  written: number;
}

export interface DocumentHashesParams {
  ids: string[];
}
export interface DocumentHashesRow {
  id: string;
  contentHash: string | null;
}
/** The content hash each listed document was last loaded with; documents absent from the graph have no row. */
export const documentHashes = declare<DocumentHashesParams, DocumentHashesRow>(
  'load/document-hashes',
  ['ids'],
  ['id', 'contentHash'],
);

export interface AssertionsExistingParams {
  relationIds: string[];
  stanceIds: string[];
}
export interface AssertionsExistingRow {
  relationIds: string[];
  stanceIds: string[];
}
/** Which of the listed relation and stance ids the graph already holds. */
export const assertionsExisting = declare<AssertionsExistingParams, AssertionsExistingRow>(
  'load/assertions-existing',
  ['relationIds', 'stanceIds'],
  ['relationIds', 'stanceIds'],
);

/** Documents new to the graph. */
export const createDocuments = declare<CreateRowsParams, WrittenRow>(
  'load/documents-create',
  ['rows'],
  ['written'],
);
/** Relations or stances of documents new to the graph (ids the graph does not hold), per kind. */
export const createAssertions = declarePerKind<CreateRowsParams, WrittenRow>(
  'load/assertions-create',
  ['rows'],
  ['written'],
);
/** Evidence quoting documents new to the graph. */
export const createEvidence = declare<CreateRowsParams, WrittenRow>(
  'load/evidence-create',
  ['rows'],
  ['written'],
);
/** After `load --bulk`: the list properties the importer leaves absent when empty (cypher/load/bulk-empty-lists.cypher). */
export const bulkEmptyLists = declare<Record<string, never>>('load/bulk-empty-lists', [], []);
