/** What each analyst format implements: pages of nodes, then pages of edges, then the end. */
import type { ExportEdge, ExportNode } from './model';

export interface GraphWriter {
  nodes(page: readonly ExportNode[]): Promise<void>;
  /** Every node has been written before the first edge. */
  edges(page: readonly ExportEdge[]): Promise<void>;
  end(): Promise<void>;
}
