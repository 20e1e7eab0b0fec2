/** Lists of documents: cypher/documents/. */
import type { Integer } from 'neo4j-driver';
import type { DocumentModel } from './rows';
import { declare } from './statement';
import type { CypherDate } from './values';

export interface NewestDocumentsParams {
  first: Integer;
  withText: boolean;
}
export interface NewestDocumentsRow {
  /** `text` is null unless `withText`. */
  document: DocumentModel;
}
/** The newest documents, with or without their text. */
export const newestDocuments = declare<NewestDocumentsParams, NewestDocumentsRow>(
  'documents/newest',
  ['first', 'withText'],
  ['document'],
);

export interface DocumentsPageParams {
  /** The cursor's position: the last document's publishedAt and id (both null for the first page). */
  afterDate: CypherDate | null;
  afterId: string | null;
  limit: Integer;
  withText: boolean;
}
/** A page of documents, newest first, after a cursor. */
export const documentsPage = declare<DocumentsPageParams, NewestDocumentsRow>(
  'documents/page',
  ['afterDate', 'afterId', 'limit', 'withText'],
  ['document'],
);
/** How many documents there are. */
export const documentsCount = declare<Record<string, never>, { total: number }>(
  'documents/count',
  [],
  ['total'],
);
