/** Fills a request's loaders with what a tree statement read, so nested fields answer from memory. */
import type { Loaders } from '../loaders';
import type { TreeEvidence, TreeParts } from '../../store';
import type { Selection } from './selection';
import { under } from './selection';

/** Which of evidence, documents and text the selection under some assertions asks for. */
export function evidenceParts(assertions: Selection[], text: boolean): TreeParts {
  const evidence = assertions.map((s) => under(s, 'evidence'));
  return {
    withEvidence: evidence.some((e) => e.size > 0),
    withDocuments: evidence.some((e) => e.has('document')),
    withText: text,
  };
}

/**
 * The evidence of every subject read (an empty list for one without any), and the documents
 * quoted: without their text in the lean loader, with it also in the full one when it was read.
 */
export function primeEvidence(
  loaders: Loaders,
  parts: TreeParts,
  subjectIds: readonly string[],
  tree: TreeEvidence,
): void {
  if (parts.withEvidence) {
    const bySubject = new Map(subjectIds.map((id) => [id, [] as TreeEvidence['evidence']]));
    for (const e of tree.evidence) bySubject.get(e.subjectId)?.push(e);
    for (const [id, list] of bySubject) loaders.evidence.prime(id, list);
  }
  if (parts.withDocuments) {
    for (const d of tree.documents) {
      loaders.documentLean.prime(d.id, { ...d, text: null });
      if (parts.withText) loaders.document.prime(d.id, d);
    }
  }
}
