/**
 * The curation writes. Each mutation is one managed write transaction, using
 * the loader's own statements (cypher/load/) and rows (src/load/rows.ts) with
 * origin 'api', so a reload of a dataset file never prunes what the API wrote.
 * A transaction that changes anything also advances the graph's change counter
 * (cypher/meta/bump-version.cypher); a refused or failed one changes nothing.
 * Changes are published to subscribers only after the commit.
 */
import type { WriteTx } from '../db/graph';
import {
  actorById,
  actorForUpdate,
  assertionById,
  bumpVersion,
  documentById,
  evidenceReplace,
  loadActors,
  loadDocuments,
  loadEvidence,
  loadRelations,
  loadStances,
  refreshEffectiveDates,
  relationById,
  retractRelation as retractRelationStatement,
  retractStance as retractStanceStatement,
  stanceById,
  write as run,
  type AssertionWrite,
  type ByIdsParams,
  type RowsParams,
  type Statement,
  type UpsertRow,
} from '../store';
import type { PlannedDocument, PlannedRelation, PlannedStance } from '../dataset/plan';
import type { ActorInput } from '../dataset/schema';
import { actorRow, documentRow, evidenceRow, relationRow, stanceRow } from '../load/rows';
import type { Principal } from './auth';
import type { Context } from './context';
import { badInput, ErrorCode, userError } from './errors';
import { inputError, planActor } from './curation';
import { createLoaders } from './loaders';
import type { ActorModel, DocumentModel, RelationModel, StanceModel } from './model';
import type { GraphChange, GraphChangeKind } from './pubsub';

interface Outcome<T> {
  value: T;
  /** Whether the transaction changed the graph (and so bumped its version). */
  changed: boolean;
}

/** Counts returned by the cypher/load/ upserts. */
function touched(rows: readonly UpsertRow[]): number {
  const [row] = rows;
  return Number(row?.created ?? 0) + Number(row?.updated ?? 0);
}

/**
 * Runs `work` in one write transaction under the API timeout, bumps the
 * version when it changed something, then gives the request fresh loaders (so
 * later fields of the same operation see the write) and publishes `change`.
 */
async function write<T>(
  ctx: Context,
  work: (tx: WriteTx) => Promise<Outcome<T>>,
  change: (value: T) => Partial<GraphChange> & { kind: GraphChangeKind },
): Promise<T> {
  const done = ctx.events?.beginWrite();
  let version: number | null = null;
  try {
    const outcome = await ctx.graph.writeTransaction(async (tx) => {
      const result = await work(tx);
      let bumped: number | null = null;
      if (result.changed) {
        const [row] = await run(tx, bumpVersion, {});
        bumped = Number(row?.version);
      }
      return { ...result, version: bumped };
    }, ctx.graph.queryTimeoutMs);
    version = outcome.version;
    ctx.loaders = createLoaders(ctx.graph);
    if (outcome.changed) ctx.events?.publish(change(outcome.value), outcome.version);
    return outcome.value;
  } finally {
    done?.(version);
  }
}

/** The time a retraction was made, as the DateTime scalar prints it. */
function instant(value: unknown): string {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}

/** Refuses an id already taken by something an assertion may not replace. */
async function checkAssertionId(
  tx: WriteTx,
  id: string,
  kind: 'relation' | 'stance',
  explicit: boolean,
): Promise<void> {
  const [row] = await run(tx, assertionById, { id });
  if (!row) return;
  const named = explicit ? `"${id}"` : `"${id}" (the id made from this input)`;
  if (row.kind !== kind) {
    throw inputError([
      {
        path: 'input.id',
        message: `${named} is already the id of a ${String(row.kind)}; relations and stances share ids, so choose another`,
      },
    ]);
  }
  if (row.origin !== 'api') {
    throw inputError([
      {
        path: 'input.id',
        message: `${kind} ${named} was loaded from a dataset file, which stays the truth for it: change it in that file, or assert yours under another id`,
      },
    ]);
  }
  if (row.retractedAt !== null && row.retractedAt !== undefined) {
    throw inputError([
      {
        path: 'input.id',
        message: `${kind} ${named} was retracted at ${instant(row.retractedAt)} by ${String(row.retractedBy)}; to assert it again, give it a new id`,
      },
    ]);
  }
}

/** Reads back by id what the transaction just wrote; `what` names it in the error. */
async function readOne<R extends object, T>(
  tx: WriteTx,
  statement: Statement<ByIdsParams, R>,
  pick: (row: R) => T,
  what: string,
  id: string,
): Promise<T> {
  const [row] = await run(tx, statement, { ids: [id] });
  const value = row ? pick(row) : undefined;
  if (!value) throw new Error(`${what} "${id}" was written but cannot be read back`);
  return value;
}

export function upsertActor(ctx: Context, actor: ActorInput): Promise<ActorModel> {
  return write(
    ctx,
    async (tx) => {
      const written = await run(tx, loadActors, { rows: [actorRow(actor)] });
      const value = await readOne(tx, actorById, (r) => r.actor, 'actor', actor.id);
      return { value, changed: touched(written) > 0 };
    },
    (actor) => ({ kind: 'ACTOR_UPSERTED', actor }),
  );
}

export function addAlias(ctx: Context, actorId: string, alias: string): Promise<ActorModel> {
  return write(
    ctx,
    async (tx) => {
      const [row] = await run(tx, actorForUpdate, { id: actorId });
      const existing = row?.actor;
      if (!existing) {
        throw userError(ErrorCode.NOT_FOUND, `actorId: no actor has id "${actorId}"`, {
          argumentName: 'actorId',
        });
      }
      const key = alias.trim().toLowerCase();
      const known = [existing.name, ...existing.aliases].some(
        (n) => n.trim().toLowerCase() === key,
      );
      if (known && key !== '') return { value: existing, changed: false };
      // The whole actor goes through the dataset rules again, reported under `alias`.
      const actor = await planActor(
        { ...existing, aliases: [...existing.aliases, alias] },
        () => 'alias',
      );
      const written = await run(tx, loadActors, { rows: [actorRow(actor)] });
      const value = await readOne(tx, actorById, (r) => r.actor, 'actor', actorId);
      return { value, changed: touched(written) > 0 };
    },
    (actor) => ({ kind: 'ACTOR_UPSERTED', actor }),
  );
}

export function addDocument(ctx: Context, document: PlannedDocument): Promise<DocumentModel> {
  return write(
    ctx,
    async (tx) => {
      const [row] = await run(tx, documentById, { ids: [document.id] });
      const existing = row?.document;
      if (existing && existing.text !== document.text) {
        throw inputError([
          {
            path: 'input.text',
            message: `document "${document.id}" is already in the graph with a different text, and the offsets of its evidence point into that text; send the same text to update its other fields, or add the new text under a new id`,
          },
        ]);
      }
      const written = await run(tx, loadDocuments, { rows: [documentRow(document)] });
      const changed = touched(written) > 0;
      // Relations and stances without an event date are dated by their home document.
      if (existing && changed) await run(tx, refreshEffectiveDates, { documentId: document.id });
      const value = await readOne(tx, documentById, (r) => r.document, 'document', document.id);
      return { value, changed };
    },
    (document) => ({ kind: 'DOCUMENT_ADDED', document }),
  );
}

/** Writes a relation or stance and its quotes; the quotes it no longer lists are removed. */
async function writeAssertion(
  tx: WriteTx,
  statement: Statement<RowsParams<AssertionWrite>, UpsertRow>,
  row: AssertionWrite,
  planned: PlannedRelation | PlannedStance,
): Promise<boolean> {
  const written = await run(tx, statement, { rows: [row] });
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

export function assertRelation(
  ctx: Context,
  planned: PlannedRelation,
  explicitId: boolean,
): Promise<RelationModel> {
  return write(
    ctx,
    async (tx) => {
      await checkAssertionId(tx, planned.id, 'relation', explicitId);
      const changed = await writeAssertion(tx, loadRelations, relationRow(planned, 'api'), planned);
      const value = await readOne(tx, relationById, (r) => r.relation, 'relation', planned.id);
      return { value, changed };
    },
    (relation) => ({ kind: 'RELATION_ASSERTED', relation }),
  );
}

export function assertStance(
  ctx: Context,
  planned: PlannedStance,
  explicitId: boolean,
): Promise<StanceModel> {
  return write(
    ctx,
    async (tx) => {
      await checkAssertionId(tx, planned.id, 'stance', explicitId);
      const changed = await writeAssertion(tx, loadStances, stanceRow(planned, 'api'), planned);
      const value = await readOne(tx, stanceById, (r) => r.stance, 'stance', planned.id);
      return { value, changed };
    },
    (stance) => ({ kind: 'STANCE_ASSERTED', stance }),
  );
}

export const MAX_REASON_LENGTH = 2000;

function checkReason(kind: 'relation' | 'stance', reason: string): string {
  const why = reason.trim();
  if (why === '') throw badInput('reason', `must not be empty: say why the ${kind} is retracted`);
  if (why.length > MAX_REASON_LENGTH) {
    throw badInput(
      'reason',
      `is ${why.length} characters; keep it to ${MAX_REASON_LENGTH} and put longer notes elsewhere`,
    );
  }
  return why;
}

async function checkRetractable(
  tx: WriteTx,
  id: string,
  kind: 'relation' | 'stance',
): Promise<void> {
  const [row] = await run(tx, assertionById, { id });
  if (!row || row.kind !== kind) {
    const other = kind === 'relation' ? 'retractStance' : 'retractRelation';
    throw userError(
      ErrorCode.NOT_FOUND,
      `id: no ${kind} has id "${id}"${row ? `; it is a ${String(row.kind)}: use ${other}` : ''}`,
      { argumentName: 'id' },
    );
  }
  if (row.retractedAt !== null && row.retractedAt !== undefined) {
    throw badInput(
      'id',
      `${kind} "${id}" is already retracted at ${instant(row.retractedAt)} by ${String(row.retractedBy)}; a retraction is not repeated`,
    );
  }
}

export function retractRelation(
  ctx: Context,
  principal: Principal,
  id: string,
  reason: string,
): Promise<RelationModel> {
  const why = checkReason('relation', reason);
  return write(
    ctx,
    async (tx) => {
      await checkRetractable(tx, id, 'relation');
      const [row] = await run(tx, retractRelationStatement, {
        id,
        by: principal.displayName,
        key: principal.name,
        reason: why,
      });
      if (!row) throw badInput('id', `relation "${id}" was retracted meanwhile`);
      return { value: row.relation, changed: true };
    },
    (relation) => ({ kind: 'RELATION_RETRACTED', relation }),
  );
}

export function retractStance(
  ctx: Context,
  principal: Principal,
  id: string,
  reason: string,
): Promise<StanceModel> {
  const why = checkReason('stance', reason);
  return write(
    ctx,
    async (tx) => {
      await checkRetractable(tx, id, 'stance');
      const [row] = await run(tx, retractStanceStatement, {
        id,
        by: principal.displayName,
        key: principal.name,
        reason: why,
      });
      if (!row) throw badInput('id', `stance "${id}" was retracted meanwhile`);
      return { value: row.stance, changed: true };
    },
    (stance) => ({ kind: 'STANCE_RETRACTED', stance }),
  );
}
