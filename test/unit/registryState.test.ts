/**
 * When a load may skip its registry (src/load/registryState.ts): the hash
 * ignores order, and a load records the counter only if no other writer
 * changed the graph while it ran.
 */
import {
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
