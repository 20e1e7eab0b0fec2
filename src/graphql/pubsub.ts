/**
 * Live updates, in process: mutations publish a `GraphChange` after their
 * transaction commits, and every subscription listens to that one stream
 * (`relationAsserted` and `stanceAsserted` filter it).
 *
 * With a shared broker (STANCEGRAPH_PUBSUB=redis://…, src/broker/redisBroker.ts)
 * every change is also sent to the other replicas, which hand it to their own
 * subscribers as it is: a subscriber sees the same event whichever replica
 * took the write. A process's own subscribers are always served in process,
 * so they keep their live updates while the broker is away.
 *
 * Loads run in other processes (the CLI), so `watchGraphVersion` polls the
 * graph's change counter (cypher/meta/version.cypher) and publishes a LOADED
 * change when the counter moved by more than the changes this process made or
 * heard of through the broker.
 */
import { EventEmitter } from 'node:events';
import { PubSub } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { RedisBroker, type ChangeMessage } from '../broker/redisBroker';
import type { Graph } from '../db/graph';
import { graphVersion, read } from '../store';
import type { GraphChangeKind } from './generated/resolvers';
import type { GraphChangeModel } from './model';

export type { GraphChangeKind };

/** The `GraphChange` type of schema.graphql, as published (its subject as a model). */
export type GraphChange = GraphChangeModel;

const CHANGED = 'GRAPH_CHANGED';

/** Whether changes reach this replica's subscribers from every replica (`live`), only from this one (`degraded`), or there is one process (`in-process`). */
export type LiveUpdates = 'in-process' | 'live' | 'degraded';

export class GraphEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly pubsub = new PubSub<{ [CHANGED]: GraphChange }>({ eventEmitter: this.emitter });
  /** Versions this process's own mutations (or others', announced through the broker) committed, not yet accounted for. */
  private readonly ownVersions = new Set<number>();
  /** Mutations of this process between start and commit; the version watcher waits for them. */
  private writing = 0;
  /** Counts mutation starts, so a poll can tell that one began while it was reading. */
  private writesStarted = 0;
  /** The graph version every change up to which has been published; undefined before the first poll. */
  private known: number | undefined;

  private broker: RedisBroker<GraphChange> | undefined;
  /** Moves with every change delivered here, from whatever source (src/graphql/responseCache.ts keys on it). */
  private delivered = 0;

  /** The last graph version the watcher read (loads by other processes move it); undefined before the first poll. */
  get knownVersion(): number | undefined {
    return this.known;
  }

  /** Changes delivered to this process's subscribers so far; moves with every one. */
  get changeCount(): number {
    return this.delivered;
  }

  get liveUpdates(): LiveUpdates {
    if (!this.broker) return 'in-process';
    return this.broker.state === 'live' ? 'live' : 'degraded';
  }

  /**
   * Sends changes to, and takes them from, the other replicas through `broker`. When the
   * broker comes back after a loss, subscribers get a LOADED change: whatever other replicas
   * changed meanwhile never reached them.
   */
  connect(broker: RedisBroker<GraphChange>, logger?: Logger): void {
    this.broker = broker;
    let lost = false;
    broker.onStateChange((state) => {
      if (state === 'down') lost = true;
      else if (lost) {
        lost = false;
        this.deliver(this.complete({ kind: 'LOADED' }));
      }
    });
    broker
      .listen((message) => this.receive(message))
      .catch((err: unknown) => logger?.warn({ err }, 'could not listen on the broker'));
  }

  /**
   * Publishes a change this process made: to its own subscribers, and through the broker
   * (when there is one) to the other replicas'. `version` is the graph version it committed.
   */
  publish(change: Partial<GraphChange> & { kind: GraphChangeKind }, version?: number | null): void {
    const full = this.complete(change);
    this.deliver(full);
    if (!this.broker) return;
    const versions = typeof version === 'number' ? { after: version - 1, upTo: version } : null;
    // A broker that is away loses the change for other replicas; they hear LOADED once it is back.
    this.broker.publish(full, versions).catch(() => undefined);
  }

  private complete(change: Partial<GraphChange> & { kind: GraphChangeKind }): GraphChange {
    return {
      at: new Date().toISOString(),
      relation: null,
      stance: null,
      actor: null,
      document: null,
      ...change,
    };
  }

  /**
   * Takes a change another process published through the broker: its versions count as
   * accounted for (the version poll will not report them as LOADED), and it goes to this
   * process's subscribers as it is.
   */
  receive(message: ChangeMessage<GraphChange>): void {
    const { versions } = message;
    if (versions) {
      for (let v = versions.after + 1; v <= versions.upTo; v++) this.ownVersions.add(v);
    }
    this.deliver(message.change);
  }

  /** Hands a change to this process's subscribers only. */
  deliver(change: GraphChange): void {
    this.delivered++;
    void this.pubsub.publish(CHANGED, change);
  }

  /** Every change published from now on, until the iterator is returned. */
  changes(): AsyncIterableIterator<GraphChange> {
    return this.pubsub.asyncIterableIterator<GraphChange>(CHANGED);
  }

  /** How many subscriptions are listening now. */
  get subscribers(): number {
    return this.emitter.listenerCount(CHANGED);
  }

  /**
   * Call before a mutation's transaction; call the returned function once it
   * has committed (with the version its bump-version returned, if it changed
   * anything) or failed (with nothing).
   */
  beginWrite(): (committedVersion?: number | null) => void {
    this.writing++;
    this.writesStarted++;
    let done = false;
    return (committedVersion) => {
      if (done) return;
      done = true;
      this.writing--;
      if (typeof committedVersion === 'number') this.ownVersions.add(committedVersion);
    };
  }

  /**
   * Takes a version read from the graph: publishes LOADED when it moved past
   * what was known by something other than this process's mutations.
   * Returns false when the reading cannot be trusted (a mutation of this
   * process started or was running meanwhile) and should be retried.
   */
  observeVersion(version: number, writesStartedBeforeRead: number): boolean {
    if (this.writing > 0 || this.writesStarted !== writesStartedBeforeRead) return false;
    if (this.known === undefined || version === this.known) {
      this.known = version;
      this.forgetOwnVersionsUpTo(version);
      return true;
    }
    if (version < this.known) {
      // The counter went back: the graph was emptied (and perhaps reloaded) behind our back.
      this.known = version;
      this.ownVersions.clear();
      this.deliver(this.complete({ kind: 'LOADED' }));
      return true;
    }
    let own = 0;
    for (const v of this.ownVersions) if (v > this.known && v <= version) own++;
    const foreign = version - this.known - own;
    this.known = version;
    this.forgetOwnVersionsUpTo(version);
    if (foreign > 0) this.deliver(this.complete({ kind: 'LOADED' }));
    return true;
  }

  /** For a poll: a snapshot to hand back to `observeVersion`. */
  get writeCounter(): number {
    return this.writesStarted;
  }

  private forgetOwnVersionsUpTo(version: number): void {
    for (const v of this.ownVersions) if (v <= version) this.ownVersions.delete(v);
  }
}

/**
 * The events of a server: in process, or shared through Redis when `pubsubUrl` is set. Waits
 * up to `waitMs` for the broker (a Redis that is away does not hold the start up: the server
 * starts degraded and goes live when it can connect).
 */
export async function startGraphEvents(
  pubsubUrl: string | undefined,
  logger: Logger,
  waitMs = 2_000,
): Promise<{ events: GraphEvents; close: () => Promise<void> }> {
  const events = new GraphEvents();
  if (!pubsubUrl) return { events, close: () => Promise.resolve() };
  const broker = new RedisBroker<GraphChange>(pubsubUrl, logger);
  events.connect(broker, logger);
  if (!(await broker.whenLive(waitMs))) {
    logger.warn(
      { broker: 'redis' },
      'broker not reachable yet: live updates stay on this replica until it is',
    );
  }
  return { events, close: () => broker.close() };
}

export interface VersionWatcher {
  /** Settles once the first poll has taken the starting version (or failed). */
  ready: Promise<void>;
  stop(): void;
}

/** Polls the graph's change counter every `intervalMs` (never overlapping) until stopped. */
export function watchGraphVersion(
  graph: Graph,
  events: GraphEvents,
  options: { intervalMs: number; logger?: Logger },
): VersionWatcher {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let failing = false;
  const poll = async () => {
    const before = events.writeCounter;
    try {
      const [row] = await read(graph, graphVersion, {});
      events.observeVersion(Number(row?.version ?? 0), before);
      if (failing) options.logger?.info('graph version poll works again');
      failing = false;
    } catch (err) {
      if (!failing) options.logger?.warn({ err }, 'graph version poll failed; retrying');
      failing = true;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void poll().finally(schedule);
    }, options.intervalMs);
    timer.unref();
  };
  const ready = poll().finally(schedule);
  return {
    ready,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
