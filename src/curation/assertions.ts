/**
 * Asserting a relation or a stance, for either kind (./kinds.ts): plan it by
 * the loader's rules, then write it and its quotes in one transaction with
 * origin 'api', so a reload of a dataset file never prunes it.
 */
import type { Graph, WriteTx } from '../db/graph';
import type { ExistingGraph, PlannedRelation, PlannedStance } from '../dataset/plan';
import { existingIn } from '../load/loader';
import { evidenceRow } from '../load/rows';
import {
  assertionById,
  evidenceReplace,
  loadAssertions,
  loadEvidence,
  write as run,
  type AssertionKindName,
} from '../store';
import { invalidInput } from './errors';
import { derivedId } from './ids';
import type { AssertionInput } from './inputs';
import type { AssertionKind } from './kinds';
import { resolveOffsets } from './offsets';
import { instant, touched, writeWith, type CurationSession } from './session';
import { compact, validateInline } from './validate';

function prefetch(
  graph: Graph,
  wanted: { actorIds: string[]; topicIds: string[]; documentIds: string[] },
): Promise<ExistingGraph> {
  return existingIn(graph)({
    actorIds: [...new Set(wanted.actorIds)],
    topicIds: [...new Set(wanted.topicIds)],
    documentIds: [...new Set(wanted.documentIds)],
  });
}

/** The input checked by the loader's rules, its offsets found and its id made if it came without one. */
export async function planAssertion<I extends AssertionInput, P, M>(
  graph: Graph,
  kind: AssertionKind<I, P, M>,
  input: I,
): Promise<P> {
  const existing = await prefetch(graph, {
    ...kind.references(input),
    documentIds: input.evidence.map((e) => e.documentId),
  });
  const offsets = resolveOffsets(input.evidence, existing.documentTexts);
  const own = kind.fields(input);
  const id = input.id ?? derivedId(kind.idPrefix, kind.idParts(input), offsets.resolved);
  const item = compact({
    id,
    ...own.fields,
    polarity: input.polarity,
    confidence: input.confidence,
    method: input.method,
    validFrom: input.validFrom,
    validTo: input.validTo,
    note: input.note,
    evidence: offsets.resolved.map((e) => ({ ...e })),
  });
  const plan = await validateInline({ [kind.section]: [item] }, kind.section, {
    renames: kind.renames,
    existing,
    earlier: [...offsets.problems, ...own.problems],
    skipEvidence: offsets.unresolved,
  });
  return kind.planned(plan);
}

/** Refuses an id already taken by something an assertion may not replace. */
async function checkAssertionId(
  tx: WriteTx,
  id: string,
  kind: AssertionKindName,
  explicit: boolean,
): Promise<void> {
  const [row] = await run(tx, assertionById, { id });
  if (!row) return;
  const named = explicit ? `"${id}"` : `"${id}" (the id made from this input)`;
  const refuse = (message: string) => invalidInput([{ path: 'id', message }]);
  if (row.kind !== kind) {
    throw refuse(
      `${named} is already the id of a ${row.kind}; relations and stances share ids, so choose another`,
    );
  }
  if (row.origin !== 'api') {
    throw refuse(
      `${kind} ${named} was loaded from a dataset file, which stays the truth for it: change it in that file, or assert yours under another id`,
    );
  }
  if (row.retractedAt !== null && row.retractedAt !== undefined) {
    throw refuse(
      `${kind} ${named} was retracted at ${instant(row.retractedAt)} by ${String(row.retractedBy)}; to assert it again, give it a new id`,
    );
  }
}

/** Writes a relation or stance and its quotes; the quotes it no longer lists are removed. */
async function writeAssertion<
  I extends AssertionInput,
  P extends PlannedRelation | PlannedStance,
  M,
>(tx: WriteTx, kind: AssertionKind<I, P, M>, planned: P): Promise<boolean> {
  const written = await run(tx, loadAssertions[kind.name], { rows: [kind.row(planned)] });
  if (Number(written[0]?.written ?? 0) !== 1) {
    // Validation saw the actors and topic a moment ago; only a concurrent delete gets here.
    throw new Error(
      `${planned.id} was not written: an actor or topic it names is not in the graph`,
    );
  }
  const [removed] = await run(tx, evidenceReplace, {
    subjectId: planned.id,
    keep: planned.evidence.map((e) => e.id),
  });
  const evidence = await run(tx, loadEvidence, {
    rows: planned.evidence.map((e) => evidenceRow(e, 'api')),
  });
  return touched(written) + touched(evidence) + Number(removed?.removed ?? 0) > 0;
}

/** Plans and writes a relation or stance; returns it as read back. */
export async function assertAssertion<
  I extends AssertionInput,
  P extends PlannedRelation | PlannedStance,
  M,
>(session: CurationSession, kind: AssertionKind<I, P, M>, input: I): Promise<M> {
  const planned = await planAssertion(session.graph, kind, input);
  return writeWith(
    session,
    async (tx) => {
      await checkAssertionId(tx, planned.id, kind.name, input.id != null);
      const changed = await writeAssertion(tx, kind, planned);
      const value = await kind.read(tx, planned.id);
      if (!value)
        throw new Error(`${kind.name} "${planned.id}" was written but cannot be read back`);
      return { value, changed };
    },
    (value) => kind.asserted(value),
  );
}
