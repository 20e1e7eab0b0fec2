/** What every resolver receives: the graph and this request's loaders. */
import type { Graph } from '../db/graph';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  graph: Graph;
  loaders: Loaders;
  requestId: string;
}

export function createContext(graph: Graph, requestId: string): Context {
  return { graph, loaders: createLoaders(graph), requestId };
}
