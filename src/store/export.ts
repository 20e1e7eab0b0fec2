/** What analyst exports read: cypher/export/ (the CYPHER script's statements are in ./exportScript.ts). */
import type { ByIdsParams } from './actor';
import { declarePerKind } from './kinds';
import { declare } from './statement';
import type { Int } from './values';

/** A keyset page: the rows whose id sorts after `after`, at most `limit`. */
export interface ExportPageParams {
  after: string;
  limit: Int;
}

export interface ExportNodeRow {
  id: string;
  label: string | null;
  nodeType: 'ACTOR' | 'TOPIC';
  kind: string | null;
}

export interface ExportEdgeRow {
  id: string;
  source: string;
  target: string;
  edgeType: 'RELATION' | 'STANCE';
  /** The relation type, or the stance position. */
  type: string | null;
  polarity: string | null;
  confidence: number | null;
  /** ISO date. */
  effectiveDate: string | null;
  /** The first quote (by document and offset), when there is one. */
  evidence: Array<{ quote: string | null; documentId: string | null }>;
}

export interface ExportCountRow {
  actors: number;
  topics: number;
  relations: number;
  stances: number;
  allNodes: number;
  allRelationships: number;
}

const NODE_COLUMNS = ['id', 'label', 'nodeType', 'kind'] as const;
const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'edgeType',
  'type',
  'polarity',
  'confidence',
  'effectiveDate',
  'evidence',
] as const;

/** Counts for progress and the summary. */
export const exportCount = declare<Record<string, never>, ExportCountRow>(
  'export/count',
  [],
  ['actors', 'topics', 'relations', 'stances', 'allNodes', 'allRelationships'],
);
export const exportActors = declare<ExportPageParams, ExportNodeRow>(
  'export/actors',
  ['after', 'limit'],
  NODE_COLUMNS,
);
export const exportTopics = declare<ExportPageParams, ExportNodeRow>(
  'export/topics',
  ['after', 'limit'],
  NODE_COLUMNS,
);
/** Pages of relations or stances not retracted, per kind (./kinds.ts). */
export const exportAssertions = declarePerKind<ExportPageParams, ExportEdgeRow>(
  'export/assertions',
  ['after', 'limit'],
  EDGE_COLUMNS,
);
export const exportActorsById = declare<ByIdsParams, ExportNodeRow>(
  'export/actors-by-id',
  ['ids'],
  NODE_COLUMNS,
);
/** The actors one relation hop (either direction) from some actors. */
export const exportNeighbours = declare<ByIdsParams, { id: string }>(
  'export/neighbours',
  ['ids'],
  ['id'],
);
export const exportTopicsOfActors = declare<ByIdsParams, ExportNodeRow>(
  'export/topics-of-actors',
  ['ids'],
  NODE_COLUMNS,
);
/** The relations or stances not retracted that start at some actors, per kind. */
export const exportAssertionsFrom = declarePerKind<ByIdsParams, ExportEdgeRow>(
  'export/assertions-from',
  ['ids'],
  EDGE_COLUMNS,
);
