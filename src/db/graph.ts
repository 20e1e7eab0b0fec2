/**
 * The query runner: named Cypher files in, plain rows out.
 *
 * Reads run as auto-commit transactions in READ sessions (a retriable
 * failure goes on to a managed read, which the driver retries) and writes in
 * managed write transactions, so a cluster serves reads from its secondaries. Every statement carries a
 * transaction timeout.
 *
 * Read-your-writes: every write transaction records its bookmark in the
 * Graph's bookmark manager, and every read after it waits for those writes on
 * whichever cluster member serves it. Reads only read that manager, never add
 * their own bookmarks to it, and until this process has written they pass
 * none at all: the driver's default (every read updating a shared manager)
 * cost about a third of a simple read's throughput on one instance (issue 13). *
 * Across replicas (docs/SCALING.md): `forRequest(bookmarks)` gives a view of
 * the graph for one request whose reads also wait for bookmarks a client
 * brought from another replica's write, and which keeps its own writes'
 * bookmarks (`lastWriteBookmarks`) for the response.
 */
import neo4j, {
  Neo4jError,
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
} from 'neo4j-driver';
import { cypher } from './cypher';
import { toPlain } from './values';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface GraphOptions {
  database: string | undefined;
  queryTimeoutMs: number;
  loadTimeoutMs: number;
}

/** Called once per statement sent; request contexts use it to count round trips. */
export type StatementListener = (name: string) => void;

/** What a graph and its per-request views share. */
class Shared {
  readonly listeners = new Set<StatementListener>();
  /** Bookmarks of this process's write transactions. */
  readonly writes: BookmarkManager = neo4j.bookmarkManager();
  written = false;
  /** Moves when a write starts and when it ends: answers read at one epoch are stale at the next. */
  epoch = 0;
}

export class Graph {
  readonly driver: Driver;
  private readonly options: GraphOptions;
  private readonly shared: Shared;
  /** Bookmarks a client brought for this request (a write it made through another replica). */
  private readonly clientBookmarks: readonly string[];
  /**
   * What reads consult: the client's bookmarks and this process's writes', left as they are;
   * undefined while there are none (the driver then tracks nothing).
   */
  private readonly readBookmarks: BookmarkManager = {
    getBookmarks: async () => [
      ...this.clientBookmarks,
      ...(this.shared.written ? await this.shared.writes.getBookmarks() : []),
    ],
    updateBookmarks: () => Promise.resolve(),
  };
  private writeBookmarks: string[] = [];

  constructor(
    driver: Driver,
    options: GraphOptions,
    shared = new Shared(),
    bookmarks: readonly string[] = [],
  ) {
    this.driver = driver;
    this.options = options;
    this.shared = shared;
    this.clientBookmarks = bookmarks;
  }

  /** This graph for one request whose reads also wait for `bookmarks`; writes, caches and listeners are shared. */
  forRequest(bookmarks: readonly string[]): Graph {
    return new Graph(this.driver, this.options, this.shared, bookmarks);
  }

  /** The bookmarks a client's reads should wait for, when this view has any of its own. */
  get requestBookmarks(): readonly string[] {
    return this.clientBookmarks;
  }

  /** The bookmarks of this view's last committed write transaction; empty before one. */
  get lastWriteBookmarks(): readonly string[] {
    return this.writeBookmarks;
  }

  private get readManager(): BookmarkManager | undefined {
    return this.shared.written || this.clientBookmarks.length > 0 ? this.readBookmarks : undefined;
  }

  /** The timeout of API statements (STANCEGRAPH_QUERY_TIMEOUT_MS); mutations' write transactions use it too. */
  get queryTimeoutMs(): number {
    return this.options.queryTimeoutMs;
  }

  /** Changes whenever a write of this process starts or ends (src/graphql/responseCache.ts keys its answers on it). */
  get writeEpoch(): number {
    return this.shared.epoch;
  }

  onStatement(listener: StatementListener): () => void {
    this.shared.listeners.add(listener);
    return () => this.shared.listeners.delete(listener);
  }

  private sent(name: string): void {
    for (const listener of this.shared.listeners) listener(name);
  }

  /**
   * Runs `cypher/<name>.cypher` as a read, on a reader when clustered, in an auto-commit
   * transaction: one round trip where a managed transaction takes two (BEGIN and RUN, then
   * COMMIT), about 1.5× the reads per second of `executeQuery` on this machine (issue 13). A
   * retriable failure is handed to the driver's managed read, which retries it with backoff.
   * @internal Only src/store calls it (by a declared statement's name); everything else runs `read` of src/store.
   */
  async readNamed(name: string, params: Params = {}): Promise<Row[]> {
    this.sent(name);
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      ...(this.readManager ? { bookmarkManager: this.readManager } : {}),
    });
    try {
      const result = await session.run(cypher(name), params, this.readConfig(name));
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (err) {
      if (!(err instanceof Neo4jError && err.retriable)) throw err;
      return this.managedRead(name, params);
    } finally {
      await session.close();
    }
  }

  private async managedRead(name: string, params: Params): Promise<Row[]> {
    const result = await this.driver.executeQuery(cypher(name), params, {
      routing: neo4j.routing.READ,
      database: this.options.database,
      bookmarkManager: this.readManager ?? null,
      transactionConfig: this.readConfig(name),
    });
    return result.records.map((r) => toPlain(r.toObject()) as Row);
  }

  private readConfig(name: string) {
    return {
      timeout: this.options.queryTimeoutMs,
      metadata: { app: 'stancegraph', query: name },
    };
  }

  /** Runs `work` in one managed write transaction; the driver retries it on transient errors. */
  async writeTransaction<T>(
    work: (tx: WriteTx) => Promise<T>,
    timeoutMs = this.options.loadTimeoutMs,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      // The bookmarks `read` waits for, so a read after this write sees it on every cluster member.
      bookmarkManager: this.shared.writes,
      // A client's write through another replica happened before this one, on every member.
      ...(this.clientBookmarks.length > 0 ? { bookmarks: [...this.clientBookmarks] } : {}),
    });
    this.shared.written = true;
    this.shared.epoch++;
    try {
      const result = await session.executeWrite(
        (tx) => work(new WriteTx(tx, (n) => this.sent(n))),
        {
          timeout: timeoutMs,
          metadata: { app: 'stancegraph' },
        },
      );
      this.writeBookmarks = session.lastBookmarks();
      return result;
    } finally {
      this.shared.epoch++;
      await session.close();
    }
  }

  /**
   * Runs one statement in an auto-commit transaction, as `CALL … IN TRANSACTIONS` requires.
   * @internal Only src/store calls it (`autoCommit`).
   */
  async runAutoCommitNamed(name: string, params: Params = {}): Promise<void> {
    this.sent(name);
    this.shared.epoch++;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      await session.run(cypher(name), params, { timeout: this.options.loadTimeoutMs });
    } finally {
      this.shared.epoch++;
      await session.close();
    }
  }

  /** Runs a script of statements (schema.cypher) one by one, each in its own auto-commit transaction. */
  async runScript(statements: readonly string[]): Promise<void> {
    for (const statement of statements) {
      await this.driver.executeQuery(statement, {}, { database: this.options.database });
    }
  }

  /**
   * True when Neo4j answers `cypher/<name>.cypher` now.
   * @internal Only src/store calls it (`ping`, with cypher/ready.cypher).
   */
  async pingNamed(name: string): Promise<boolean> {
    try {
      await this.driver.executeQuery(
        cypher(name),
        {},
        {
          routing: neo4j.routing.READ,
          database: this.options.database,
          transactionConfig: { timeout: 2_000 },
        },
      );
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** A managed write transaction that runs named Cypher files. */
export class WriteTx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly sent: (name: string) => void,
  ) {}

  /** @internal Only src/store calls it (`write`). */
  async runNamed(name: string, params: Params = {}): Promise<Row[]> {
    this.sent(name);
    const result = await this.tx.run(cypher(name), params);
    return result.records.map((r) => toPlain(r.toObject()) as Row);
  }
}
