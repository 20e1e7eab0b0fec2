/**
 * Writing documents the graph does not hold yet: plain CREATE statements, no
 * before/after comparison, no "moved" subquery. A new document's quotes cannot
 * exist (an evidence id holds its document's id); its relations and stances are
 * new too, except one the dataset moved here from another document, which is
 * found by one read and handed back to be merged. The effective date of each
 * assertion is its own date or its home document's publication date, computed
 * here. The unique constraints still guard every id in the same transaction.
 */
import type { WriteTx } from '../db/graph';
import {
  assertionsExisting,
  createAssertions,
  createDocuments,
  createEvidence,
  write,
  type CreateRow,
  type Statement,
  type WrittenRow,
  type CreateRowsParams,
} from '../store';
import { date } from '../db/values';
import { eachKind, type AssertionLists } from './kinds';
import type { DocumentGroup } from './loader';
import type { Counts, LoadReport } from './report';
import { documentRow, evidenceRow } from './rows';

/** Assertions of new documents whose ids the graph already holds: the caller merges them. */
export type Moved = AssertionLists;
/** Sends one create statement's batches pipelined and counts every row as created. */
async function created(
  tx: WriteTx,
  s: Statement<CreateRowsParams, WrittenRow>,
  rows: readonly CreateRow[],
  into: Counts,
  batchSize: number,
): Promise<void> {
  const batches: Array<Promise<WrittenRow[]>> = [];
  for (let i = 0; i < rows.length; i += batchSize)
    batches.push(write(tx, s, { rows: rows.slice(i, i + batchSize) }));
  for (const [result] of await Promise.all(batches)) {
    const n = Number(result?.written ?? 0);
    into.written += n;
    into.created += n;
  }
}

/** The effective date an assertion of `group` gets: its own date, else its document's publication date. */
export function withEffectiveDate<R extends { props: Record<string, unknown> }>(
  row: R,
  own: string | undefined,
  group: DocumentGroup,
): R {
  row.props.effectiveDate = date(own ?? group.document?.publishedAt);
  return row;
}

/** Creates `groups` (each with a document absent from the graph); returns the assertions to merge instead. */
export async function createGroups(
  tx: WriteTx,
  groups: readonly DocumentGroup[],
  hashes: ReadonlyMap<string, string>,
  c: LoadReport,
  batchSize: number,
): Promise<Moved> {
  if (groups.length === 0) return { relations: [], stances: [] };
  const [known] = await write(tx, assertionsExisting, {
    relationIds: groups.flatMap((g) => g.relations.map((r) => r.id)),
    stanceIds: groups.flatMap((g) => g.stances.map((s) => s.id)),
  });
  const moved: Moved = { relations: [], stances: [] };
  const assertions = eachKind((kind) => {
    const held = new Set(known?.[`${kind.name}Ids`] ?? []);
    const rows: CreateRow[] = [];
    for (const g of groups) {
      for (const a of kind.of(g)) {
        if (held.has(a.id)) kind.of(moved).push(a);
        else rows.push(withEffectiveDate(kind.row(a), kind.ownDate(a), g));
      }
    }
    return { name: kind.name, section: kind.section, rows };
  });
  const documents = groups.map((g) => documentRow(g.document!, hashes.get(g.id)));
  // Pipelined: Neo4j runs them in this order, documents before the quotes that link to them.
  await Promise.all([
    created(tx, createDocuments, documents, c.documents, batchSize),
    ...assertions.map(({ name, section, rows }) =>
      created(tx, createAssertions[name], rows, c[section], batchSize),
    ),
    created(
      tx,
      createEvidence,
      groups.flatMap((g) => g.evidence.map((e) => evidenceRow(e))),
      c.evidence,
      batchSize,
    ),
  ]);
  return moved;
}
