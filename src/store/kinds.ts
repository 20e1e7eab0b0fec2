/**
 * The assertion kinds as the graph stores them: a relation is
 * (:Actor)-[:RELATION]->(:Actor), a stance (:Actor)-[:STANCE]->(:Topic). The
 * statements that differ only in these names are one Cypher file each, written
 * with `$($assertionType)` and `$($targetLabel)`, and declared here once per kind
 * with the names filled in, so that they are planned on indexes
 * (../db/cypher.ts `fillIn`). Loading, export, curation and subscriptions take
 * the kind's statements from the records below.
 */
import { declareFilled, type Statement } from './statement';

export const ASSERTION_KINDS = ['relation', 'stance'] as const;
/** An assertion kind, as the loader, export and curation name it. */
export type AssertionKindName = (typeof ASSERTION_KINDS)[number];

export interface StoredKind {
  /** Its relationship type. */
  assertionType: 'RELATION' | 'STANCE';
  /** The label of the node it points at (it starts at an Actor). */
  targetLabel: 'Actor' | 'Topic';
}

export const STORED_KINDS: Readonly<Record<AssertionKindName, StoredKind>> = {
  relation: { assertionType: 'RELATION', targetLabel: 'Actor' },
  stance: { assertionType: 'STANCE', targetLabel: 'Topic' },
};

/** Declares `cypher/<file>.cypher` once per assertion kind, as `<file>:relation` and `<file>:stance`. */
export function declarePerKind<P extends object, R extends object = Record<string, never>>(
  file: string,
  params: readonly (keyof P & string)[],
  columns: readonly (keyof R & string)[],
): Readonly<Record<AssertionKindName, Statement<P, R>>> {
  const one = (kind: AssertionKindName) =>
    declareFilled<P, R>(file, kind, { ...STORED_KINDS[kind] }, params, columns);
  return { relation: one('relation'), stance: one('stance') };
}
