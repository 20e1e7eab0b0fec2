/**
 * Checks a set of parsed dataset files together and turns them into a plan.
 * Every problem is collected (not just the first), each named by file, line
 * and field, so a curator can fix a whole file in one pass.
 */
import { readFile } from 'node:fs/promises';
import { closest, distance } from 'fastest-levenshtein';
import { dirname, resolve } from 'node:path';
import type { ParsedFile } from './read';
import { CodePointText } from './offsets';
import { decodeUtf8 } from './utf8';
import { formatPath, type DatasetProblem, type UnknownReference } from './problems';
import type { EvidenceInput } from './schema';
import {
  evidenceId,
  type DatasetPlan,
  type ExistingGraphLookup,
  type PlannedDocument,
  type PlannedEvidence,
} from './plan';

interface Place {
  parsed: ParsedFile;
  path: Array<string | number>;
}

export async function validateDataset(
  files: readonly ParsedFile[],
  lookupExisting: ExistingGraphLookup,
): Promise<{ plan: DatasetPlan; problems: DatasetProblem[] }> {
  const problems: DatasetProblem[] = [];
  const report = (place: Place, message: string, unknown?: UnknownReference) => {
    problems.push({
      file: place.parsed.file,
      ...place.parsed.locate(place.path),
      path: formatPath(place.path),
      message,
      ...(unknown ? { unknown } : {}),
    });
  };
  /** An id nothing defines, in the dataset's words; `unknown` lets other callers say it theirs. */
  const reportUnknown = (place: Place, unknown: UnknownReference) => {
    const where = `${unknown.kind}s`;
    report(
      place,
      `unknown ${unknown.kind} "${unknown.id}": define it under ${where} (in this load or already in the graph)${unknown.hint}`,
      unknown,
    );
  };

  const plan: DatasetPlan = {
    files: files.map((f) => f.file),
    actors: [],
    topics: [],
    documents: [],
    relations: [],
    stances: [],
  };

  // 1. Unique ids, per kind; relations and stances share one namespace because evidence points at either.
  const actorPlaces = new Map<string, Place>();
  const topicPlaces = new Map<string, Place>();
  const documentPlaces = new Map<string, Place>();
  const assertionPlaces = new Map<string, Place>();
  const claim = (seen: Map<string, Place>, id: string, place: Place, what: string) => {
    const first = seen.get(id);
    if (first) {
      const at = first.parsed.locate(first.path);
      report(
        place,
        `duplicate ${what} id "${id}": already defined at ${first.parsed.file}${at ? `:${at.line}` : ''} ${formatPath(first.path)}; give each ${what} its own id`,
      );
      return false;
    }
    seen.set(id, place);
    return true;
  };

  for (const parsed of files) {
    const { data } = parsed;
    data.actors.forEach((a, i) => {
      if (claim(actorPlaces, a.id, { parsed, path: ['actors', i, 'id'] }, 'actor'))
        plan.actors.push(a);
    });
    data.topics.forEach((t, i) => {
      if (claim(topicPlaces, t.id, { parsed, path: ['topics', i, 'id'] }, 'topic'))
        plan.topics.push(t);
    });
    data.documents.forEach((d, i) => {
      claim(documentPlaces, d.id, { parsed, path: ['documents', i, 'id'] }, 'document');
    });
    data.relations.forEach((r, i) => {
      claim(assertionPlaces, r.id, { parsed, path: ['relations', i, 'id'] }, 'relation or stance');
    });
    data.stances.forEach((s, i) => {
      claim(assertionPlaces, s.id, { parsed, path: ['stances', i, 'id'] }, 'relation or stance');
    });
  }

  // 2. Document texts, inline or from a file beside the dataset file.
  const texts = new Map<string, CodePointText>();
  for (const parsed of files) {
    for (const [i, d] of parsed.data.documents.entries()) {
      if (documentPlaces.get(d.id)?.parsed !== parsed) continue;
      const text =
        d.text ??
        (await readTextFile(parsed, d.textFile ?? '', ['documents', i, 'textFile'], report));
      if (text === undefined) continue;
      texts.set(d.id, new CodePointText(text));
      const { textFile: _textFile, text: _text, ...rest } = d;
      const planned: PlannedDocument = { ...rest, text };
      plan.documents.push(planned);
    }
  }

  // 3. What the graph already holds for ids this load references but does not define.
  const wanted = {
    actorIds: new Set<string>(),
    topicIds: new Set<string>(),
    documentIds: new Set<string>(),
  };
  const wantActor = (id: string) => actorPlaces.has(id) || wanted.actorIds.add(id);
  const wantTopic = (id: string) => topicPlaces.has(id) || wanted.topicIds.add(id);
  const wantDocument = (id: string) => documentPlaces.has(id) || wanted.documentIds.add(id);
  for (const { data } of files) {
    data.actors.forEach((a) => a.roles.forEach((r) => wantActor(r.organization)));
    data.topics.forEach((t) => t.concerns.forEach(wantActor));
    data.relations.forEach((r) => {
      wantActor(r.source);
      wantActor(r.target);
      r.evidence.forEach((e) => e.document && wantDocument(e.document));
    });
    data.stances.forEach((s) => {
      wantActor(s.actor);
      wantTopic(s.topic);
      s.evidence.forEach((e) => e.document && wantDocument(e.document));
    });
  }
  const existing = await lookupExisting({
    actorIds: [...wanted.actorIds],
    topicIds: [...wanted.topicIds],
    documentIds: [...wanted.documentIds],
  });
  for (const [id, text] of existing.documentTexts) texts.set(id, new CodePointText(text));

  const hasActor = (id: string) => actorPlaces.has(id) || existing.actorIds.has(id);
  const hasTopic = (id: string) => topicPlaces.has(id) || existing.topicIds.has(id);
  const requireActor = (id: string, place: Place) => {
    if (!hasActor(id)) {
      reportUnknown(place, { kind: 'actor', id, hint: suggest(id, actorPlaces.keys()) });
    }
  };

  // 4. References, offsets and quotes.
  for (const parsed of files) {
    const { data } = parsed;
    data.actors.forEach((a, i) =>
      a.roles.forEach((r, j) =>
        requireActor(r.organization, { parsed, path: ['actors', i, 'roles', j, 'organization'] }),
      ),
    );
    data.topics.forEach((t, i) =>
      t.concerns.forEach((id, j) =>
        requireActor(id, { parsed, path: ['topics', i, 'concerns', j] }),
      ),
    );

    const onlyDocument = data.documents.length === 1 ? data.documents[0]?.id : undefined;
    const checkEvidence = (
      subjectId: string,
      evidence: readonly EvidenceInput[],
      base: Array<string | number>,
    ): PlannedEvidence[] => {
      const planned: PlannedEvidence[] = [];
      evidence.forEach((e, k) => {
        const place = (field: string): Place => ({ parsed, path: [...base, 'evidence', k, field] });
        const documentId = e.document ?? onlyDocument;
        if (documentId === undefined) {
          report(
            { parsed, path: [...base, 'evidence', k] },
            data.documents.length === 0
              ? 'evidence names no document and this file defines none: add `document: <id>`'
              : 'evidence names no document and this file defines several: add `document: <id>`',
          );
          return;
        }
        const text = texts.get(documentId);
        if (!text) {
          if (!documentPlaces.has(documentId)) {
            reportUnknown(place('document'), { kind: 'document', id: documentId, hint: '' });
          }
          return;
        }
        const problem = checkQuote(text, e);
        if (problem) {
          report(place(problem.field), `${problem.message} (document "${documentId}")`);
          return;
        }
        planned.push({
          id: evidenceId(subjectId, documentId, e.start, e.end),
          subjectId,
          documentId,
          quote: e.quote,
          start: e.start,
          end: e.end,
        });
      });
      return planned;
    };
    const checkInterval = (
      a: { validFrom?: string; validTo?: string },
      base: Array<string | number>,
    ) => {
      if (a.validFrom && a.validTo && a.validFrom > a.validTo) {
        report(
          { parsed, path: [...base, 'validTo'] },
          `validTo ${a.validTo} is before validFrom ${a.validFrom}`,
        );
      }
    };

    data.relations.forEach((r, i) => {
      const base = ['relations', i];
      requireActor(r.source, { parsed, path: [...base, 'source'] });
      requireActor(r.target, { parsed, path: [...base, 'target'] });
      if (r.source === r.target) {
        report(
          { parsed, path: [...base, 'target'] },
          `a relation needs two different actors; source and target are both "${r.source}"`,
        );
      }
      checkInterval(r, base);
      const evidence = checkEvidence(r.id, r.evidence, base);
      if (
        assertionPlaces.get(r.id)?.parsed === parsed &&
        evidence.length === r.evidence.length &&
        evidence[0]
      ) {
        plan.relations.push({ ...r, homeDocumentId: evidence[0].documentId, evidence });
      }
    });
    data.stances.forEach((s, i) => {
      const base = ['stances', i];
      requireActor(s.actor, { parsed, path: [...base, 'actor'] });
      if (!hasTopic(s.topic)) {
        reportUnknown(
          { parsed, path: [...base, 'topic'] },
          { kind: 'topic', id: s.topic, hint: suggest(s.topic, topicPlaces.keys()) },
        );
      }
      checkInterval(s, base);
      const evidence = checkEvidence(s.id, s.evidence, base);
      if (
        assertionPlaces.get(s.id)?.parsed === parsed &&
        evidence.length === s.evidence.length &&
        evidence[0]
      ) {
        plan.stances.push({ ...s, homeDocumentId: evidence[0].documentId, evidence });
      }
    });
  }

  return { plan, problems };
}

/** Checks that the quote stands verbatim at its offsets, and says where it does stand when it does not. */
export function checkQuote(
  text: CodePointText,
  e: { quote: string; start: number; end: number },
): { field: 'quote' | 'start' | 'end'; message: string } | undefined {
  if (e.end <= e.start)
    return { field: 'end', message: `end (${e.end}) must be greater than start (${e.start})` };
  if (e.end > text.length) {
    return {
      field: 'end',
      message: `end (${e.end}) is past the end of the document text (${text.length} code points)`,
    };
  }
  if (text.slice(e.start, e.end) === e.quote) return undefined;
  const found = text.findAll(e.quote);
  if (found.length > 0) {
    const at = found.map(([s, t]) => `start: ${s}, end: ${t}`).join(' or ');
    return {
      field: 'start',
      message: `quote is in the text but not at ${e.start}–${e.end}; set ${at}`,
    };
  }
  const loose = normaliseForComparison(text.text).indexOf(normaliseForComparison(e.quote));
  if (loose !== -1) {
    return {
      field: 'quote',
      message:
        'quote is not verbatim in the text: it matches only once quotation marks, apostrophes, dashes or spaces are normalised; copy it exactly from the text',
    };
  }
  return {
    field: 'quote',
    message: 'quote is not found verbatim in the document text; copy it exactly from the text',
  };
}

function normaliseForComparison(s: string): string {
  return s
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ');
}

async function readTextFile(
  parsed: ParsedFile,
  relative: string,
  path: Array<string | number>,
  report: (place: Place, message: string) => void,
): Promise<string | undefined> {
  const full = resolve(dirname(parsed.file), relative);
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (err) {
    report(
      { parsed, path },
      `cannot read text file ${full} (${(err as NodeJS.ErrnoException).code ?? String(err)}); the path is relative to the dataset file`,
    );
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    report(
      { parsed, path },
      `text file ${full} is not valid UTF-8 (line ${decoded.line}, column ${decoded.column}): save it as UTF-8`,
    );
    return undefined;
  }
  if (decoded.text.trim() === '') {
    report({ parsed, path }, `text file ${full} is empty`);
    return undefined;
  }
  return decoded.text;
}

function suggest(id: string, known: Iterable<string>): string {
  const candidates = [...known];
  if (candidates.length === 0) return '';
  const best = closest(id, candidates);
  return distance(id, best) <= Math.max(2, id.length / 4) ? `; did you mean "${best}"?` : '';
}
