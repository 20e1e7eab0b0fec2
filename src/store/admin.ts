/** Whole-graph maintenance: cypher/admin/. */
import { declare } from './statement';

/** Deletes every node and relationship (tests; run in auto-commit, it batches itself). */
export const clearGraph = declare<Record<string, never>>('admin/clear', [], []);

export interface DumpRow {
  kind: 'node' | 'relationship';
  labels: string[];
  props: Record<string, unknown>;
  from: string | null;
  to: string | null;
}
/** Every node and relationship with its properties (see ./dump.ts). */
export const dumpAll = declare<Record<string, never>, DumpRow>(
  'admin/dump',
  [],
  ['kind', 'labels', 'props', 'from', 'to'],
);
/** How many nodes hold data (GraphMeta left out). */
export const countNodes = declare<Record<string, never>, { nodes: number }>(
  'admin/count-nodes',
  [],
  ['nodes'],
);
