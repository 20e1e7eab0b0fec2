/**
 * Live updates, in process: mutations publish a `GraphChange` after their
 * transaction commits, and every subscription listens to that one stream
 * (`relationAsserted` and `stanceAsserted` filter it).
 *
 * Loads run in other processes (the CLI), so `watchGraphVersion` polls the
 * graph's change counter (cypher/meta/version.cypher) and publishes a LOADED
 * change when the counter moved by more than this process's own mutations.
 */
import { EventEmitter } from 'node:events';
import { PubSub } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import type { Graph } from '../db/graph';
import { graphVersion, read } from '../store';
import type { GraphChangeKind } from './generated/resolvers';
import type { GraphChangeModel } from './model';

export type { GraphChangeKind };

/** The `GraphChange` type of schema.graphql, as published (its subject as a model). */
export type GraphChange = GraphChangeModel;

const CHANGED = 'GRAPH_CHANGED';

export class GraphEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly pubsub = new PubSub<{ [CHANGED]: GraphChange }>({ eventEmitter: this.emitter });
  /** Versions this process's own mutations committed and has not yet accounted for. */
  private readonly ownVersions = new Set<number>();
  /** Mutations of this process between start and commit; the version watcher waits for them. */
  private writing = 0;
  /** Counts mutation starts, so a poll can tell that one began while it was reading. */
  private writesStarted = 0;
  /** The graph version every change up to which has been published; undefined before the first poll. */
  private known: number | undefined;

  /** The last graph version the watcher read (loads by other processes move it); undefined before the first poll. */
  get knownVersion(): number | undefined {
    return this.known;
  }

  publish(change: Partial<GraphChange> & { kind: GraphChangeKind }): void {
    void this.pubsub.publish(CHANGED, {
      at: new Date().toISOString(),
      relation: null,
      stance: null,
      actor: null,
      document: null,
      ...change,
    });
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
      this.publish({ kind: 'LOADED' });
      return true;
    }
    let own = 0;
    for (const v of this.ownVersions) if (v > this.known && v <= version) own++;
    const foreign = version - this.known - own;
    this.known = version;
    this.forgetOwnVersionsUpTo(version);
    if (foreign > 0) this.publish({ kind: 'LOADED' });
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
