/** Lists of documents: cypher/documents/. */
import type { Integer } from 'neo4j-driver';
import type { DocumentModel } from './rows';
import { declare } from './statement';

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
