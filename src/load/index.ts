/**
 * The load layer's entry points: dataset files in, a LoadReport out. Every
 * file is validated before anything is written (src/dataset); the writes are
 * ./loader.ts's, reached through the streaming path (./stream.ts) or, for a
 * caller that wants the whole plan first, in memory.
 */
import type { Graph } from '../db/graph';
import { readDataset } from '../dataset';
import { existingIn, writePlan, type LoadOptions } from './loader';
import type { LoadReport } from './report';
import { loadStreaming } from './stream';

/**
 * Reads, validates and writes the dataset files under `paths`; throws DatasetError before writing anything if any is bad.
 * Streams (./stream.ts): every file is checked before the first write, but only one is held in memory at a time.
 */
export async function loadDataset(
  graph: Graph,
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  return loadStreaming(graph, paths, options);
}

/** The in-memory path: the whole plan first, then writePlan. For callers that want the plan; loads stream. */
export async function loadDatasetInMemory(
  graph: Graph,
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  const plan = await readDataset(paths, existingIn(graph), options);
  return writePlan(graph, plan, options);
}
