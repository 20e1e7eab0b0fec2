/**
 * The typed seam between stancegraph and Neo4j. Each Cypher file under
 * cypher/ is declared once here in src/store as a `Statement<P, R>`: its
 * name, the parameters it takes and the columns it returns. Callers run it
 * through `read`/`write` below and get rows of type R, so a renamed column
 * or statement fails at compile time; test/unit/store.test.ts checks that
 * every declaration agrees with its file (`$parameters` and RETURN columns).
 *
 * Nothing outside src/store names a statement by string or casts a row.
 */
import type { Graph, WriteTx } from '../db/graph';
import { cypher, fillIn } from '../db/cypher';

export interface Statement<P extends object, R extends object> {
  /** The file `cypher/<name>.cypher`, or for a statement filled in from a file `<file>:<instance>`. */
  readonly name: string;
  /** The file it is read from, `cypher/<file>.cypher` (the name, unless it is filled in). */
  readonly file: string;
  /** Every `$parameter` the file uses. */
  readonly params: readonly (keyof P & string)[];
  /** The columns of the file's final RETURN (empty for statements that return nothing). */
  readonly columns: readonly (keyof R & string)[];
}

/** Declares `cypher/<name>.cypher` with its parameter and row types. */
export function statement<P extends object, R extends object = Record<string, never>>(
  name: string,
  params: readonly (keyof P & string)[],
  columns: readonly (keyof R & string)[],
): Statement<P, R> {
  return { name, file: name, params, columns };
}

/** Every declared statement registers itself here, for the agreement check. */
export const declared: Statement<object, object>[] = [];

/** `statement` that also registers the declaration (what store modules use). */
export function declare<P extends object, R extends object = Record<string, never>>(
  name: string,
  params: readonly (keyof P & string)[],
  columns: readonly (keyof R & string)[],
): Statement<P, R> {
  const s = statement<P, R>(name, params, columns);
  declared.push(s as unknown as Statement<object, object>);
  return s;
}

/**
 * Declares `cypher/<file>.cypher` once more, as the statement `<file>:<instance>` with each
 * `$($placeholder)` written as the literal `names[placeholder]` (../db/cypher.ts `fillIn`).
 */
export function declareFilled<P extends object, R extends object = Record<string, never>>(
  file: string,
  instance: string,
  names: Readonly<Record<string, string>>,
  params: readonly (keyof P & string)[],
  columns: readonly (keyof R & string)[],
): Statement<P, R> {
  const name = `${file}:${instance}`;
  fillIn(name, file, names);
  const s: Statement<P, R> = { name, file, params, columns };
  declared.push(s as unknown as Statement<object, object>);
  return s;
}

type Reader = Pick<Graph, 'readNamed'>;

/** Runs a read statement (on a reader when clustered); rows are plain values of type R. */
export async function read<P extends object, R extends object>(
  graph: Reader,
  s: Statement<P, R>,
  params: P,
): Promise<R[]> {
  return (await graph.readNamed(s.name, params as Record<string, unknown>)) as R[];
}

/** Runs a statement inside a managed write transaction. */
export async function write<P extends object, R extends object>(
  tx: Pick<WriteTx, 'runNamed'>,
  s: Statement<P, R>,
  params: P,
): Promise<R[]> {
  return (await tx.runNamed(s.name, params as Record<string, unknown>)) as R[];
}

/** Runs a statement in its own auto-commit transaction, as `CALL … IN TRANSACTIONS` requires. */
export async function autoCommit<P extends object, R extends object>(
  graph: Pick<Graph, 'runAutoCommitNamed'>,
  s: Statement<P, R>,
  params: P,
): Promise<void> {
  await graph.runAutoCommitNamed(s.name, params as Record<string, unknown>);
}

/** The text of a statement (filled in, for one declared by `declareFilled`), for code that sends it itself (benchmarks) or fills it in (export templates). */
export function textOf<P extends object, R extends object>(s: Statement<P, R>): string {
  return cypher(s.name);
}
