/**
 * How the curation service writes: one managed write transaction under the
 * graph's query timeout, which also advances the graph's change counter
 * (cypher/meta/bump-version.cypher) when it changed anything. A refused or
 * failed transaction changes nothing. The caller's session hears of each
 * write (to track versions for read-your-writes) and of each commit (to
 * refresh its caches and publish the change), never before the commit.
 */
import type { Graph, WriteTx } from '../db/graph';
import { bumpVersion, write as run, type UpsertRow } from '../store';
import type { ActorModel, DocumentModel, RelationModel, StanceModel } from '../store/rows';

/** What a committed write changed, as subscribers hear of it. */
export type CurationChange =
  | { kind: 'ACTOR_UPSERTED'; actor: ActorModel }
  | { kind: 'DOCUMENT_ADDED'; document: DocumentModel }
  | { kind: 'RELATION_ASSERTED' | 'RELATION_RETRACTED'; relation: RelationModel }
  | { kind: 'STANCE_ASSERTED' | 'STANCE_RETRACTED'; stance: StanceModel };

export interface CurationSession {
  graph: Graph;
  /** Called before each write; what it returns is called when the write ends, with the version it committed (null when none). */
  beginWrite?: () => ((version: number | null) => void) | undefined;
  /** Called after each commit, with what changed (null when the write changed nothing). */
  committed?: (change: CurationChange | null, version: number | null) => void;
}

export interface Outcome<T> {
  value: T;
  /** Whether the transaction changed the graph (and so bumps its version). */
  changed: boolean;
}

/** Counts returned by the cypher/load/ upserts. */
export function touched(rows: readonly UpsertRow[]): number {
  const [row] = rows;
  return Number(row?.created ?? 0) + Number(row?.updated ?? 0);
}

/** Runs `work` in one write transaction, bumps the version when it changed something, then tells the session. */
export async function writeWith<T>(
  session: CurationSession,
  work: (tx: WriteTx) => Promise<Outcome<T>>,
  change: (value: T) => CurationChange,
): Promise<T> {
  const { graph } = session;
  const done = session.beginWrite?.();
  let version: number | null = null;
  try {
    const outcome = await graph.writeTransaction(async (tx) => {
      const result = await work(tx);
      let bumped: number | null = null;
      if (result.changed) {
        const [row] = await run(tx, bumpVersion, {});
        bumped = Number(row?.version);
      }
      return { ...result, version: bumped };
    }, graph.queryTimeoutMs);
    version = outcome.version;
    session.committed?.(outcome.changed ? change(outcome.value) : null, outcome.version);
    return outcome.value;
  } finally {
    done?.(version);
  }
}

/** The time a retraction was made, as an ISO instant. */
export function instant(value: unknown): string {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}
