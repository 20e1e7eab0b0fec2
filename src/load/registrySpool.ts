/**
 * A streaming load's registry (every actor and topic its files define), kept
 * in the spool in chunks as pass 1 validates each file and hashed as it goes,
 * so pass 2 writes it (./loader.ts `writeRegistry`) or exports it (./bulk) a
 * chunk at a time: a registry of 100 000 actors is never held whole.
 */
import type { ActorInput, TopicInput } from '../dataset/schema';
import type { DatasetPlan } from '../dataset/plan';
import { REGISTRY_TRANSACTION_ROWS, type RegistrySource } from './loader';
import { RegistryHasher } from './registryState';
import type { Spool } from './spool';

type Section = 'actors' | 'topics';

export interface SpooledRegistry extends RegistrySource {
  /** The registry's hash (./registryState.ts), null when the load defines no actor or topic. */
  hash: string | null;
}

export function registrySpool(spool: Spool) {
  const hasher = new RegistryHasher();
  const keys: Record<Section, string[]> = { actors: [], topics: [] };

  /** Each spooled chunk of `section` in turn, gathered into chunks of REGISTRY_TRANSACTION_ROWS. */
  async function each<T>(section: Section, emit: (chunk: T[]) => Promise<void>): Promise<void> {
    let pending: T[] = [];
    for (const key of keys[section]) {
      pending.push(...((await spool.get<T[]>(key)) ?? []));
      while (pending.length >= REGISTRY_TRANSACTION_ROWS) {
        await emit(pending.slice(0, REGISTRY_TRANSACTION_ROWS));
        pending = pending.slice(REGISTRY_TRANSACTION_ROWS);
      }
    }
    if (pending.length > 0) await emit(pending);
  }

  return {
    /** Hashes and spools a valid file's actors and topics. */
    async keep(file: number, plan: Pick<DatasetPlan, 'actors' | 'topics'>): Promise<void> {
      for (const section of ['actors', 'topics'] as const) {
        const items: ReadonlyArray<ActorInput | TopicInput> = plan[section];
        for (const item of items) hasher.add(section, item);
        for (let k = 0; k < items.length; k += REGISTRY_TRANSACTION_ROWS) {
          const key = `${section}-${file}-${k}`;
          await spool.put(key, items.slice(k, k + REGISTRY_TRANSACTION_ROWS));
          keys[section].push(key);
        }
      }
    },
    /** The whole registry, once every file is kept. */
    done(): SpooledRegistry {
      const { actors, topics } = hasher.counts;
      return {
        actors,
        topics,
        hash: hasher.digest(),
        eachActors: (emit) => each<ActorInput>('actors', emit),
        eachTopics: (emit) => each<TopicInput>('topics', emit),
      };
    },
  };
}
