/**
 * What the loader needs of each assertion kind (src/store/kinds.ts), written
 * once: where a document group keeps it, how the report counts it, the row it
 * is written with and its own date. The loader visits both kinds through
 * `eachKind` and writes each with the same code.
 */
import type { PlannedRelation, PlannedStance } from '../dataset/plan';
import type { AssertionKindName, AssertionWrite } from '../store';
import { relationRow, stanceRow } from './rows';

/** Relations and stances, as a document group and the assertions moved to new documents hold them. */
export interface AssertionLists {
  relations: PlannedRelation[];
  stances: PlannedStance[];
}

export interface LoadKind<A extends { id: string }> {
  name: AssertionKindName;
  /** Its list in a group and its counts in the report. */
  section: keyof AssertionLists;
  of(lists: AssertionLists): A[];
  row(planned: A): AssertionWrite & { props: Record<string, unknown> };
  /** Its own date, which its effective date is before its document's publication date. */
  ownDate(planned: A): string | undefined;
}

const RELATION: LoadKind<PlannedRelation> = {
  name: 'relation',
  section: 'relations',
  of: (lists) => lists.relations,
  row: (r) => relationRow(r),
  ownDate: (r) => r.date,
};

const STANCE: LoadKind<PlannedStance> = {
  name: 'stance',
  section: 'stances',
  of: (lists) => lists.stances,
  row: (s) => stanceRow(s),
  ownDate: () => undefined,
};

/** `visit` applied to each kind, relations first (the order the loader writes them in). */
export function eachKind<T>(visit: <A extends { id: string }>(kind: LoadKind<A>) => T): T[] {
  return [visit(RELATION), visit(STANCE)];
}
