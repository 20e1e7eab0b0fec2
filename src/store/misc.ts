/** File-level statements: cypher/ready.cypher (cypher/schema.cypher is a script src/db/connect.ts applies). */
import type { Graph } from '../db/graph';
import { declare } from './statement';

/** The readiness probe behind GET /ready. */
export const ready = declare<Record<string, never>, { ready: number }>('ready', [], ['ready']);

/** True when Neo4j answers the readiness probe now (within two seconds). */
export function ping(graph: Pick<Graph, 'pingNamed'>): Promise<boolean> {
  return graph.pingNamed(ready.name);
}
