/**
 * What a load tells the API replicas through the shared broker (STANCEGRAPH_PUBSUB,
 * src/broker/redisBroker.ts): a DOCUMENT_ADDED change per document it wrote (up to
 * MOST_DOCUMENTS; a bigger load is one LOADED alone), then LOADED, carrying the graph versions
 * the load committed so that no replica's version poll reports them a second time.
 */
import type { RedisBroker } from '../broker/redisBroker';
import type { Graph } from '../db/graph';
import { documentById, graphVersion, read } from '../store';
import type { DocumentModel } from '../store';

/** A change as subscribers receive it (schema.graphql's GraphChange). */
export interface LoadChange {
  kind: 'DOCUMENT_ADDED' | 'LOADED';
  at: string;
  relation: null;
  stance: null;
  actor: null;
  document: DocumentModel | null;
}

export const MOST_DOCUMENTS = 100;

/** The graph's change counter now (cypher/meta/version.cypher). */
export async function currentVersion(graph: Graph): Promise<number> {
  const [row] = await read(graph, graphVersion, {});
  return Number(row?.version ?? 0);
}

export async function announceLoad(
  graph: Graph,
  broker: RedisBroker<LoadChange>,
  documentIds: readonly string[],
  versions: { after: number; upTo: number },
): Promise<void> {
  if (versions.upTo <= versions.after) return;
  const change = (kind: LoadChange['kind'], document: DocumentModel | null): LoadChange => ({
    kind,
    at: new Date().toISOString(),
    relation: null,
    stance: null,
    actor: null,
    document,
  });
  if (documentIds.length <= MOST_DOCUMENTS) {
    const rows = await read(graph, documentById, { ids: [...documentIds] });
    for (const { document } of rows) await broker.publish(change('DOCUMENT_ADDED', document));
  }
  await broker.publish(change('LOADED', null), versions);
}
