/** Documents: cypher/document/. */
import type { ByIdsParams } from './actor';
import type { DocumentModel } from './rows';
import { declare } from './statement';

export interface DocumentRow {
  document: DocumentModel;
}
/** Every document. */
export const documentAll = declare<Record<string, never>, DocumentRow>(
  'document/all',
  [],
  ['document'],
);
/** Documents by id (batched). */
export const documentById = declare<ByIdsParams, DocumentRow>(
  'document/by-id',
  ['ids'],
  ['document'],
);
