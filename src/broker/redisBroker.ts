/**
 * The shared broker (STANCEGRAPH_PUBSUB=redis://…): one Redis channel that every API replica
 * and every `stancegraph load` publishes the graph's changes to, and every replica listens on.
 * graphql-redis-subscriptions' RedisPubSub does the channel work on two ioredis connections
 * (a subscribed connection can do nothing else); ioredis reconnects and resubscribes by itself
 * after Redis comes back.
 *
 * Publishing never waits for a Redis that is away: the publishing connection has no offline
 * queue, so a publish fails at once and the caller carries on (its own process's subscribers
 * are served in process; see src/graphql/pubsub.ts).
 */
import { randomUUID } from 'node:crypto';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';

export const GRAPH_CHANGED_CHANNEL = 'stancegraph:graph-changed';

/** What travels on the channel. */
export interface ChangeMessage<T> {
  /** The publishing process's broker id: a process ignores its own messages. */
  origin: string;
  change: T;
  /** Graph versions (GraphMeta.version) the change committed, after < v ≤ upTo; null if unknown. */
  versions: { after: number; upTo: number } | null;
}

export type BrokerState = 'live' | 'down';

export interface BrokerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export class RedisBroker<T> {
  readonly id = randomUUID();
  private readonly pubsub: RedisPubSub;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly stateListeners = new Set<(state: BrokerState) => void>();
  private wasLive = false;

  constructor(
    url: string,
    private readonly logger?: BrokerLogger,
  ) {
    // Reconnect every 0.1 s to 1 s, forever: live updates resume soon after Redis returns.
    const retryStrategy = (times: number) => Math.min(100 * times, 1_000);
    this.publisher = new Redis(url, {
      enableOfflineQueue: false,
      retryStrategy,
      lazyConnect: false,
    });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null, retryStrategy });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('ready', () => this.stateChanged());
      client.on('close', () => this.stateChanged());
      // ioredis emits connection errors as events; the state change above is what matters.
      client.on('error', () => undefined);
    }
    this.pubsub = new RedisPubSub({ publisher: this.publisher, subscriber: this.subscriber });
  }

  /** Live when both connections are ready, down otherwise. */
  get state(): BrokerState {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready'
      ? 'live'
      : 'down';
  }

  /** Called whenever the state flips, with the new one. */
  onStateChange(listener: (state: BrokerState) => void): void {
    this.stateListeners.add(listener);
  }

  private stateChanged(): void {
    const live = this.state === 'live';
    if (live === this.wasLive) return;
    this.wasLive = live;
    this.logger?.[live ? 'info' : 'warn'](
      { broker: 'redis' },
      live
        ? 'broker connected: live updates cross replicas'
        : 'broker lost: live updates reach only this replica until it returns',
    );
    for (const listener of this.stateListeners) listener(live ? 'live' : 'down');
  }

  /** Sends a change to every other process; rejects at once when Redis is away. */
  async publish(change: T, versions: ChangeMessage<T>['versions'] = null): Promise<void> {
    const message: ChangeMessage<T> = { origin: this.id, change, versions };
    await this.pubsub.publish(GRAPH_CHANGED_CHANNEL, message);
  }

  /** Calls `onMessage` with every change another process publishes, from now on. */
  async listen(onMessage: (message: ChangeMessage<T>) => void): Promise<void> {
    await this.pubsub.subscribe<ChangeMessage<T>>(GRAPH_CHANGED_CHANNEL, (message) => {
      if (message.origin !== this.id) onMessage(message);
    });
  }

  /** Resolves once both connections are ready, or false after `timeoutMs`. */
  async whenLive(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.state !== 'live') {
      if (Date.now() >= deadline) return false;
      await new Promise((done) => setTimeout(done, 50));
    }
    return true;
  }

  async close(): Promise<void> {
    this.stateListeners.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
    await Promise.resolve();
  }
}
