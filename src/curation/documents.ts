/** Adding source documents, with origin 'api'. */
import { documentRow } from '../load/rows';
import { documentById, loadDocuments, refreshEffectiveDates, write as run } from '../store';
import type { DocumentModel } from '../store/rows';
import { invalidInput } from './errors';
import type { DocumentInput } from './inputs';
import { planDocument } from './plan';
import { touched, writeWith, type CurationSession } from './session';

/** Adds a document, or updates one whose text is the same (its evidence offsets point into it). */
export async function addDocument(
  session: CurationSession,
  input: DocumentInput,
): Promise<DocumentModel> {
  const document = await planDocument(input);
  return writeWith(
    session,
    async (tx) => {
      const [row] = await run(tx, documentById, { ids: [document.id] });
      const existing = row?.document;
      if (existing && existing.text !== document.text) {
        throw invalidInput([
          {
            path: 'text',
            message: `document "${document.id}" is already in the graph with a different text, and the offsets of its evidence point into that text; send the same text to update its other fields, or add the new text under a new id`,
          },
        ]);
      }
      const written = await run(tx, loadDocuments, { rows: [documentRow(document)] });
      const changed = touched(written) > 0;
      // Relations and stances without an event date are dated by their home document.
      if (existing && changed) await run(tx, refreshEffectiveDates, { documentId: document.id });
      const [back] = await run(tx, documentById, { ids: [document.id] });
      if (!back) throw new Error(`document "${document.id}" was written but cannot be read back`);
      return { value: back.document, changed };
    },
    (value) => ({ kind: 'DOCUMENT_ADDED', document: value }),
  );
}
