/** The loader's statements that create what is new and read what is known: cypher/load/. */
import { declare } from './statement';

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
/** Relations of documents new to the graph (ids the graph does not hold). */
export const createRelations = declare<CreateRowsParams, WrittenRow>(
  'load/relations-create',
  ['rows'],
  ['written'],
);
/** Stances of documents new to the graph (ids the graph does not hold). */
export const createStances = declare<CreateRowsParams, WrittenRow>(
  'load/stances-create',
  ['rows'],
  ['written'],
);
/** Evidence quoting documents new to the graph. */
export const createEvidence = declare<CreateRowsParams, WrittenRow>(
  'load/evidence-create',
  ['rows'],
  ['written'],
);
