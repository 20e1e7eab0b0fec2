/**
 * How the server tells a load by another process (LOADED) from its own
 * mutations, from nothing but the graph's change counter.
 */
import { GraphEvents, type GraphChange } from '../../src/graphql/pubsub';

function recording(): { events: GraphEvents; kinds: string[] } {
  const events = new GraphEvents();
  const kinds: string[] = [];
  // Every change reaches this process's subscribers through `deliver`, whatever its source.
  const original = events.deliver.bind(events);
  events.deliver = (change) => {
    kinds.push(change.kind);
    original(change);
  };
  return { events, kinds };
}

/** A poll that reads `version` with no mutation running meanwhile. */
const poll = (events: GraphEvents, version: number) =>
  events.observeVersion(version, events.writeCounter);

it('takes the first reading as the starting point', () => {
  const { events, kinds } = recording();
  expect(poll(events, 7)).toBe(true);
  expect(poll(events, 7)).toBe(true);
  expect(kinds).toEqual([]);
});

it('publishes LOADED when the counter moved by more than this process’s mutations', () => {
  const { events, kinds } = recording();
  poll(events, 3);
  events.beginWrite()(4);
  events.beginWrite()(5);
  poll(events, 5);
  expect(kinds).toEqual([]);
  events.beginWrite()(6);
  poll(events, 8); // 6 is ours, 7 and 8 are not
  expect(kinds).toEqual(['LOADED']);
  poll(events, 8);
  expect(kinds).toEqual(['LOADED']);
});

it('does not trust a reading taken while a mutation of its own was under way', () => {
  const { events, kinds } = recording();
  poll(events, 1);
  const before = events.writeCounter;
  const done = events.beginWrite();
  expect(events.observeVersion(2, before)).toBe(false);
  done(2);
  expect(events.observeVersion(2, before)).toBe(false); // a write started after the read began
  expect(poll(events, 2)).toBe(true);
  expect(kinds).toEqual([]);
});

it('a failed mutation leaves no version of its own behind', () => {
  const { events, kinds } = recording();
  poll(events, 1);
  events.beginWrite()();
  poll(events, 2);
  expect(kinds).toEqual(['LOADED']);
});

it('publishes LOADED when the counter goes back (the graph was emptied)', () => {
  const { events, kinds } = recording();
  poll(events, 9);
  poll(events, 0);
  poll(events, 2);
  expect(kinds).toEqual(['LOADED', 'LOADED']);
});

it('delivers published changes to every subscriber until it returns', async () => {
  const events = new GraphEvents();
  const a = events.changes();
  const b = events.changes();
  const nextA = a.next();
  const nextB = b.next();
  await new Promise((r) => setImmediate(r));
  expect(events.subscribers).toBe(2);
  events.publish({ kind: 'LOADED' });
  const [ra, rb] = await Promise.all([nextA, nextB]);
  const change = ra.value as GraphChange;
  expect(change).toMatchObject({ kind: 'LOADED', relation: null, actor: null });
  expect(Date.parse(change.at)).not.toBeNaN();
  expect(rb.value).toEqual(change);
  await a.return?.();
  await b.return?.();
  expect(events.subscribers).toBe(0);
});

describe('changes heard through the broker (STANCEGRAPH_PUBSUB)', () => {
  const heard = (kind: GraphChange['kind'], versions: { after: number; upTo: number } | null) => ({
    origin: 'another-replica',
    change: {
      kind,
      at: '2026-12-02T13:00:00.000Z',
      relation: null,
      stance: null,
      actor: null,
      document: null,
    },
    versions,
  });

  it('go to subscribers as they came, and move the change count', () => {
    const { events, kinds } = recording();
    const before = events.changeCount;
    events.receive(heard('RELATION_ASSERTED', { after: 3, upTo: 4 }));
    expect(kinds).toEqual(['RELATION_ASSERTED']);
    expect(events.changeCount).toBe(before + 1);
  });

  it('count as accounted for: the version poll does not report them again as LOADED', () => {
    const { events, kinds } = recording();
    poll(events, 3);
    events.receive(heard('DOCUMENT_ADDED', null));
    events.receive(heard('LOADED', { after: 3, upTo: 6 }));
    poll(events, 6);
    expect(kinds).toEqual(['DOCUMENT_ADDED', 'LOADED']);
    poll(events, 7); // 7 was announced by nobody
    expect(kinds).toEqual(['DOCUMENT_ADDED', 'LOADED', 'LOADED']);
  });

  it('say live updates are in process when there is no broker', () => {
    expect(new GraphEvents().liveUpdates).toBe('in-process');
  });
});
