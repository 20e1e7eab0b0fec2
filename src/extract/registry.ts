/**
 * The actor and topic registry the extractor resolves names against: one or
 * more dataset files (data/actors.yaml by default), read with the dataset
 * reader so that a bad registry is reported as the loader would report it.
 */
import { resolve } from 'node:path';
import { DatasetError } from '../dataset';
import { readDatasetFile } from '../dataset/read';
import type { ActorInput, TopicInput } from '../dataset/schema';

export const DEFAULT_REGISTRY = resolve(__dirname, '..', '..', 'data', 'actors.yaml');

export interface Registry {
  /** The files it was read from, as given. */
  files: string[];
  actors: ActorInput[];
  topics: TopicInput[];
}

export async function readRegistry(
  files: readonly string[] = [DEFAULT_REGISTRY],
): Promise<Registry> {
  const registry: Registry = { files: [...files], actors: [], topics: [] };
  const seenActors = new Set<string>();
  const seenTopics = new Set<string>();
  for (const file of files) {
    const result = await readDatasetFile(file);
    if (!result.ok) throw new DatasetError(result.problems);
    for (const a of result.parsed.data.actors) {
      if (seenActors.has(a.id)) continue;
      seenActors.add(a.id);
      registry.actors.push(a);
    }
    for (const t of result.parsed.data.topics) {
      if (seenTopics.has(t.id)) continue;
      seenTopics.add(t.id);
      registry.topics.push(t);
    }
  }
  return registry;
}

/** An empty registry: everything the extractor finds is proposed as new. */
export const EMPTY_REGISTRY: Registry = { files: [], actors: [], topics: [] };
