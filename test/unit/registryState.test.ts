/**
 * When a load may skip its registry (src/load/registryState.ts): the hash
 * ignores order (and may be built one item at a time), and a load records the
 * counter only if no other writer changed the graph while it ran; a streaming
 * load's registry comes back from its spool whole, in transaction-sized chunks
 * (src/load/registrySpool.ts).
 */
import { REGISTRY_TRANSACTION_ROWS } from '../../src/load/loader';
import { registrySpool } from '../../src/load/registrySpool';
import { openSpool } from '../../src/load/spool';
import {
  RegistryHasher,
  registryHash,
  registryUnchanged,
  versionToRecord,
  type RegistryState,
} from '../../src/load/registryState';
import { emptyReport, type LoadReport } from '../../src/load/report';
import type { ActorInput, TopicInput } from '../../src/dataset/schema';

const putin = { id: 'putin', name: 'Vladimir Putin', kind: 'PERSON' } as ActorInput;
const nato = {
  id: 'nato',
  name: 'NATO',
  kind: 'ORGANIZATION',
  aliases: ['the alliance'],
} as ActorInput;
const ceasefire = { id: 'ceasefire', name: 'Ceasefire' } as TopicInput;

function withVersions(first: number, last: number, interleaved = false): LoadReport {
  return { ...emptyReport([]), versions: { first, last, interleaved } };
}

describe('registryHash', () => {
  it('is the same whatever the order of items and fields', () => {
    const reordered = {
      aliases: ['the alliance'],
      kind: 'ORGANIZATION',
      name: 'NATO',
      id: 'nato',
    } as ActorInput;
    expect(registryHash([putin, nato], [ceasefire])).toBe(
      registryHash([reordered, putin], [ceasefire]),
    );
  });

  it('changes when a field changes or an item moves between actors and topics', () => {
    const base = registryHash([putin, nato], [ceasefire]);
    expect(registryHash([putin, { ...nato, aliases: ['NATO alliance'] }], [ceasefire])).not.toBe(
      base,
    );
    expect(registryHash([putin, nato], [])).not.toBe(base);
  });
});

describe('registryUnchanged', () => {
  const state = (version: number, loaded: string | null): RegistryState => ({ version, loaded });

  it('holds only for the recorded hash on a graph that has been written', () => {
    expect(registryUnchanged(state(7, 'abc'), 'abc')).toBe(true);
    expect(registryUnchanged(state(7, 'abc'), 'abd')).toBe(false);
    expect(registryUnchanged(state(7, null), 'abc')).toBe(false);
    expect(registryUnchanged(state(0, 'abc'), 'abc')).toBe(false);
  });
});

describe('versionToRecord', () => {
  it('records the last counter when the load changes follow on from where it began', () => {
    expect(versionToRecord({ version: 10, loaded: null }, withVersions(11, 14))).toBe(14);
  });

  it('records the counter it began with when the load changed nothing', () => {
    expect(versionToRecord({ version: 10, loaded: 'x' }, emptyReport([]))).toBe(10);
    expect(versionToRecord({ version: 0, loaded: null }, emptyReport([]))).toBeUndefined();
  });

  it('records nothing when another writer changed the graph before or during the load', () => {
    expect(versionToRecord({ version: 10, loaded: null }, withVersions(12, 14))).toBeUndefined();
    expect(
      versionToRecord({ version: 10, loaded: null }, withVersions(11, 14, true)),
    ).toBeUndefined();
  });

  it('records the first load of a new graph, whose counter starts at the clock', () => {
    expect(
      versionToRecord(
        { version: 0, loaded: null },
        withVersions(1_733_000_000_001, 1_733_000_000_003),
      ),
    ).toBe(1_733_000_000_003);
  });
});

describe('RegistryHasher', () => {
  it('gives the hash registryHash gives, whatever the order items are added in', () => {
    const hasher = new RegistryHasher();
    hasher.add('topics', ceasefire);
    hasher.add('actors', nato);
    hasher.add('actors', putin);
    expect(hasher.digest()).toBe(registryHash([putin, nato], [ceasefire]));
    expect(hasher.counts).toEqual({ actors: 2, topics: 1 });
  });

  it('is null for an empty registry', () => {
    expect(new RegistryHasher().digest()).toBeNull();
    expect(registryHash([], [])).toBeNull();
  });
});

describe('registrySpool', () => {
  it('hands back every actor and topic kept, file after file, in chunks of at most REGISTRY_TRANSACTION_ROWS', async () => {
    const spool = await openSpool();
    try {
      const registry = registrySpool(spool);
      const actor = (file: number, i: number) =>
        ({ id: `a-${file}-${i}`, name: `A ${file} ${i}`, kind: 'PERSON' }) as ActorInput;
      const sizes = [REGISTRY_TRANSACTION_ROWS * 2 + 500, 3, REGISTRY_TRANSACTION_ROWS + 1];
      const all: ActorInput[] = [];
      for (const [file, size] of sizes.entries()) {
        const actors = Array.from({ length: size }, (_, i) => actor(file, i));
        all.push(...actors);
        await registry.keep(file, { actors, topics: file === 1 ? [ceasefire] : [] });
      }
      const done = registry.done();
      const chunks: ActorInput[][] = [];
      await done.eachActors((chunk) => Promise.resolve(void chunks.push(chunk)));
      const topics: TopicInput[][] = [];
      await done.eachTopics((chunk) => Promise.resolve(void topics.push(chunk)));
      expect(chunks.map((c) => c.length)).toEqual([
        REGISTRY_TRANSACTION_ROWS,
        REGISTRY_TRANSACTION_ROWS,
        REGISTRY_TRANSACTION_ROWS,
        504,
      ]);
      expect(chunks.flat().map((a) => a.id)).toEqual(all.map((a) => a.id));
      expect(topics).toEqual([[ceasefire]]);
      expect([done.actors, done.topics, done.hash]).toEqual([
        all.length,
        1,
        registryHash(all, [ceasefire]),
      ]);
    } finally {
      await spool.close();
    }
  });
});
