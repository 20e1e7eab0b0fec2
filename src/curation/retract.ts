/** Retracting a relation or a stance (./kinds.ts): kept, marked, and left out of what readers see by default. */
import type { WriteTx } from '../db/graph';
import {
  assertionById,
  retractAssertion as retractStatements,
  write as run,
  type AssertionKindName,
} from '../store';
import { invalidArgument, notFound } from './errors';
import type { AssertionInput, Curator, RetractInput } from './inputs';
import { retractionOf, type AssertionKind } from './kinds';
import { instant, writeWith, type CurationSession } from './session';

export const MAX_REASON_LENGTH = 2000;

function checkReason(kind: AssertionKindName, reason: string): string {
  const why = reason.trim();
  if (why === '')
    throw invalidArgument('reason', `must not be empty: say why the ${kind} is retracted`);
  if (why.length > MAX_REASON_LENGTH) {
    throw invalidArgument(
      'reason',
      `is ${why.length} characters; keep it to ${MAX_REASON_LENGTH} and put longer notes elsewhere`,
    );
  }
  return why;
}

async function checkRetractable(tx: WriteTx, id: string, kind: AssertionKindName): Promise<void> {
  const [row] = await run(tx, assertionById, { id });
  if (!row || row.kind !== kind) {
    const other = row ? `; it is a ${row.kind}: use ${retractionOf(row.kind)}` : '';
    throw notFound('id', `no ${kind} has id "${id}"${other}`);
  }
  if (row.retractedAt !== null && row.retractedAt !== undefined) {
    throw invalidArgument(
      'id',
      `${kind} "${id}" is already retracted at ${instant(row.retractedAt)} by ${String(row.retractedBy)}; a retraction is not repeated`,
    );
  }
}

export function retractAssertion<I extends AssertionInput, P, M>(
  session: CurationSession,
  kind: AssertionKind<I, P, M>,
  curator: Curator,
  input: RetractInput,
): Promise<M> {
  const why = checkReason(kind.name, input.reason);
  const { id } = input;
  return writeWith(
    session,
    async (tx) => {
      await checkRetractable(tx, id, kind.name);
      const [retracted] = await run(tx, retractStatements[kind.name], {
        id,
        by: curator.displayName,
        key: curator.name,
        reason: why,
      });
      const value = retracted && (await kind.read(tx, retracted.id));
      if (!value) throw invalidArgument('id', `${kind.name} "${id}" was retracted meanwhile`);
      return { value, changed: true };
    },
    (value) => kind.retracted(value),
  );
}
