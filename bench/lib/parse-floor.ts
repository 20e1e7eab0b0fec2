/**
 * The parse-and-CREATE floor's input: the generated corpus read from its YAML
 * files, each parsed once (the loader's own fast parse, src/dataset/fast.ts:
 * js-yaml and the shape check) and mapped straight to the rows the raw floor
 * sends. No cross-file check, no quote check: the least a loader must do to
 * get from files to rows. Yields what bench/lib/load-child.ts reads from its
 * prepared rows file, in the same order.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFast } from '../../src/dataset/fast';
import { evidenceId, type PlannedEvidence } from '../../src/dataset/plan';
import type { EvidenceInput } from '../../src/dataset/schema';
import {
  actorRow,
  documentRow,
  evidenceRow,
  relationRow,
  stanceRow,
  topicRow,
} from '../../src/load/rows';

const quotes = (subjectId: string, home: string, ev: EvidenceInput[]): PlannedEvidence[] =>
  ev.map((e) => {
    const documentId = e.document ?? home;
    return {
      id: evidenceId(subjectId, documentId, e.start, e.end),
      subjectId,
      documentId,
      quote: e.quote,
      start: e.start,
      end: e.end,
    };
  });

/** The registry first, then one item per document, as the prepared rows file holds them. */
export async function* parsedCorpus(dir: string): AsyncGenerator<unknown> {
  const documents = (await readdir(join(dir, 'documents'))).sort();
  const files = [join(dir, 'actors.yaml'), ...documents.map((f) => join(dir, 'documents', f))];
  for (const file of files) {
    const data = parseFast(await readFile(file, 'utf8'));
    if (!data) throw new Error(`generated file ${file} does not parse`);
    if (data.actors.length + data.topics.length > 0)
      yield { actors: data.actors.map(actorRow), topics: data.topics.map(topicRow) };
    for (const d of data.documents) {
      const relations = data.relations.map((r) => ({
        ...r,
        homeDocumentId: d.id,
        evidence: quotes(r.id, d.id, r.evidence),
      }));
      const stances = data.stances.map((s) => ({
        ...s,
        homeDocumentId: d.id,
        evidence: quotes(s.id, d.id, s.evidence),
      }));
      yield {
        document: documentRow({ ...d, text: d.text ?? '' }),
        relations: relations.map((r) => relationRow(r)),
        stances: stances.map((s) => stanceRow(s)),
        evidence: [...relations, ...stances].flatMap((a) => a.evidence.map((e) => evidenceRow(e))),
      };
    }
  }
}
