/**
 * How the server tells a load by another process (LOADED) from its own
 * mutations, from nothing but the graph's change counter.
 */
import { GraphEvents, type GraphChange } from '../../src/graphql/pubsub';

function recording(): { events: GraphEvents; kinds: string[] } {
  const events = new GraphEvents();
  const kinds: string[] = [];
  const original = events.publish.bind(events);
  events.publish = (change) => {
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
