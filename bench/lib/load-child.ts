/**
 * A loading contender in a process of its own (so its memory is its own and
 * the API server's process stays at rest): `project` runs stancegraph's
 * loader (src/load/loader.ts) on the corpus folder; `raw` sends the prepared
 * rows as batched UNWIND … CREATE (the floor); `naive` sends one MERGE per
 * row, stopping after a time budget. Reports over IPC: time, rows, peak RSS.
 *
 * Usage (by bench/run.ts and bench/loading.ts): node --import tsx load-child.ts <mode> <path> [budgetMs]
 * (modes: project, project-force, bulk (load --bulk into a Neo4j of its own), raw, parse-raw (the floor
 * parsing the YAML itself), naive)
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver, LOAD_RETRY_MS } from '../../src/db/driver';
import { Graph, WriteTx } from '../../src/db/graph';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applySchema } from '../../src/db/connect';
import { startLocalNeo4j } from '../../src/db/localNeo4j';
import { loadDataset } from '../../src/load';
import { bulkLoad } from '../../src/load/bulk';
import { type WrittenCounts, writtenCounts } from '../../src/load/report';
import { benchCypher, procMemory } from './util';
import { parsedCorpus } from './parse-floor';

type Row = { id: string; props: Record<string, unknown>; [k: string]: unknown };
interface DocumentRows {
  document: Row;
  relations: Row[];
  stances: Row[];
  evidence: Row[];
}
interface Registry {
  actors: Array<Row & { names: string[] }>;
  topics: Row[];
}

export interface LoadResult {
  mode: string;
  ms: number;
  /** Rows written, by kind. */
  rows: WrittenCounts;
  statements: number;
  transactions: number;
  peakRssMb: number;
  /** RSS of the child before it read anything (Node, tsx and the modules loaded). */
  startRssMb: number;
  /** For naive: true when it stopped at its time budget before the end of the corpus. */
  partial: boolean;
  report?: unknown;
  /** stancegraph's loader: how long validating everything took before the first write, the registry, the documents. */
  phases?: {
    validateMs: number;
    registryMs: number;
    documentsMs: number;
    documents: number;
    totalDocuments: number;
    /** With a budget: the whole load's time, extrapolated from the documents written. */
    extrapolatedMs?: number;
    /** The highest RSS seen in each phase (sampled every 50 ms), in MiB: where the peak comes from. */
    peakRssMb?: { validate: number; registry: number; documents: number };
  };
  /** Time waiting on each statement, by name (the rest is reading, validating and committing). */
  timings: Record<string, { ms: number; count: number }>;
}

/** Milliseconds spent waiting on each statement, by name: where the load's time goes. */
const timings: Record<string, { ms: number; count: number }> = {};
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    const t = (timings[name] ??= { ms: 0, count: 0 });
    t.ms += performance.now() - t0;
    t.count++;
  }
}

// The project's loader runs its statements through the store, which sends them by WriteTx.runNamed: time them there.
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its `this` below
const run = WriteTx.prototype.runNamed;
WriteTx.prototype.runNamed = function (
  this: WriteTx,
  name: string,
  params?: Record<string, unknown>,
) {
  return timed(name, () => run.call(this, name, params));
};

const target = () => ({
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  database: process.env.NEO4J_DATABASE,
});

function date(v: unknown) {
  if (typeof v !== 'string') return v ?? null;
  const [y, m, d] = v.split('-').map(Number);
  return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
}

/** JSON rows back to the types the loader sends (dates as Date, offsets as Integer). */
function hydrate(doc: DocumentRows): DocumentRows {
  const published = doc.document.props.publishedAt as string;
  doc.document.props.publishedAt = date(published);
  for (const r of doc.relations) {
    for (const k of ['date', 'validFrom', 'validTo']) r.props[k] = date(r.props[k]);
    r.props.effectiveDate = r.props.date ?? date(published);
  }
  for (const s of doc.stances) {
    for (const k of ['validFrom', 'validTo']) s.props[k] = date(s.props[k]);
    s.props.effectiveDate = date(published);
  }
  for (const e of doc.evidence) {
    e.props.start = neo4j.int(e.props.start as number);
    e.props.end = neo4j.int(e.props.end as number);
  }
  return doc;
}

async function* documents(rowsFile: string): AsyncGenerator<Registry | DocumentRows> {
  const lines = createInterface({ input: createReadStream(rowsFile), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (line === '') continue;
    const value = JSON.parse(line) as Registry | DocumentRows;
    yield first ? value : hydrate(value as DocumentRows);
    first = false;
  }
}

/** Items parsed from YAML, typed as the floor sends them (the first is the registry). */
async function* hydrated(items: AsyncIterable<Registry | DocumentRows>) {
  let first = true;
  for await (const item of items) {
    yield first ? item : hydrate(item as DocumentRows);
    first = false;
  }
}

const zero = () => ({ actors: 0, topics: 0, documents: 0, relations: 0, stances: 0, evidence: 0 });

const RAW_BATCH = 5_000;
/** One load transaction may take this long before the benchmark gives up on it (an hour). */
const BENCH_LOAD_TIMEOUT_MS = 3_600_000;

/** The registry as the floor writes it: batched CREATE; returns the statements sent. */
async function rawRegistry(driver: Driver, item: Registry): Promise<number> {
  let statements = 0;
  const send = async (name: string, batch: unknown[]) => {
    if (batch.length === 0) return;
    await timed(name, () =>
      driver.executeQuery(benchCypher(name), { rows: batch }, { database: target().database }),
    );
    statements++;
  };
  for (let i = 0; i < item.actors.length; i += RAW_BATCH)
    await send('load/raw-create-actors', item.actors.slice(i, i + RAW_BATCH));
  const names = new Map<string, string[]>();
  for (const a of item.actors)
    for (const key of a.names) names.set(key, [...(names.get(key) ?? []), a.id]);
  const nameRows = [...names].map(([key, actorIds]) => ({ key, actorIds }));
  for (let i = 0; i < nameRows.length; i += RAW_BATCH)
    await send('load/raw-create-names', nameRows.slice(i, i + RAW_BATCH));
  await send('load/raw-create-topics', item.topics);
  return statements;
}

/**
 * The floor: batched UNWIND … CREATE, RAW_BATCH rows per statement, one transaction per statement.
 * `parse-raw` reads the corpus folder's YAML (./parse-floor.ts) instead of the prepared rows.
 */
async function raw(
  driver: Driver,
  path: string,
  mode: 'raw' | 'parse-raw',
): Promise<Omit<LoadResult, 'startRssMb' | 'timings'>> {
  const rows = zero();
  let statements = 0;
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    database: target().database,
  });
  const send = async (name: string, batch: unknown[]) => {
    if (batch.length === 0) return;
    await timed(name, () =>
      session.executeWrite((tx) => tx.run(benchCypher(name), { rows: batch })),
    );
    statements++;
  };
  const pending: Record<'documents' | 'relations' | 'stances' | 'evidence', Row[]> = {
    documents: [],
    relations: [],
    stances: [],
    evidence: [],
  };
  // Documents must exist before their quotes are linked: flush in that order.
  const flush = async (all: boolean) => {
    for (const kind of ['documents', 'relations', 'stances', 'evidence'] as const) {
      if (all || pending[kind].length >= RAW_BATCH) {
        if (kind === 'evidence' && pending.documents.length > 0) await flushKind('documents');
        await flushKind(kind);
      }
    }
  };
  const flushKind = async (kind: keyof typeof pending) => {
    await send(`load/raw-create-${kind}`, pending[kind]);
    pending[kind] = [];
  };
  const started = performance.now();
  try {
    const items =
      mode === 'raw' ? documents(path) : hydrated(parsedCorpus(path) as AsyncIterable<Registry>);
    for await (const item of items) {
      if ('actors' in item) {
        statements += await rawRegistry(driver, item);
        rows.actors += item.actors.length;
        rows.topics += item.topics.length;
        continue;
      }
      pending.documents.push(item.document);
      pending.relations.push(...item.relations);
      pending.stances.push(...item.stances);
      pending.evidence.push(...item.evidence);
      rows.documents++;
      rows.relations += item.relations.length;
      rows.stances += item.stances.length;
      rows.evidence += item.evidence.length;
      await flush(false);
    }
    await flush(true);
  } finally {
    await session.close();
  }
  const ms = performance.now() - started;
  return {
    mode,
    ms,
    rows,
    statements,
    transactions: statements,
    peakRssMb: procMemory().peakMb,
    partial: false,
  };
}

/**
 * The naive loader: one MERGE statement per row, each in its own transaction,
 * until `budgetMs` runs out. The registry is written first with the floor's
 * batched CREATE and not timed: the naive figure is its document phase.
 */
async function naive(
  driver: Driver,
  rowsFile: string,
  budgetMs: number,
): Promise<Omit<LoadResult, 'startRssMb' | 'timings'>> {
  const rows = zero();
  let statements = 0;
  const run = async (name: string, row: unknown) => {
    await timed(name, () =>
      driver.executeQuery(benchCypher(name), { row }, { database: target().database }),
    );
    statements++;
  };
  let started = performance.now();
  let partial = false;
  for await (const item of documents(rowsFile)) {
    if ('actors' in item) {
      await rawRegistry(driver, item);
      started = performance.now();
      continue;
    }
    if (performance.now() - started > budgetMs) {
      partial = true;
      break;
    }
    await run('load/naive-merge-document', item.document);
    for (const r of item.relations) await run('load/naive-merge-relation', r);
    for (const s of item.stances) await run('load/naive-merge-stance', s);
    for (const e of item.evidence) await run('load/naive-merge-evidence', e);
    rows.documents++;
    rows.relations += item.relations.length;
    rows.stances += item.stances.length;
    rows.evidence += item.evidence.length;
  }
  const ms = performance.now() - started;
  return {
    mode: 'naive',
    ms,
    rows,
    statements,
    transactions: statements,
    peakRssMb: procMemory().peakMb,
    partial,
  };
}

/** stancegraph's own loader, as `stancegraph load` runs it. */
class BudgetReached extends Error {}

/**
 * Transaction and statement sizes other than the loader's defaults, to size them by measurement:
 * BENCH_DOCUMENT_TRANSACTION_ROWS and BENCH_BATCH_SIZE (bench/loading.ts passes its environment on).
 */
function sizes(): { documentTransactionRows?: number; batchSize?: number } {
  const n = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  return {
    documentTransactionRows: n('BENCH_DOCUMENT_TRANSACTION_ROWS'),
    batchSize: n('BENCH_BATCH_SIZE'),
  };
}

/**
 * stancegraph's own loader, as `stancegraph load` runs it. With `budgetMs`, the
 * write pass stops after that long (once the whole corpus has been validated
 * and the registry written), and the full time is extrapolated from the
 * documents written: validation + registry + documents × time per document.
 */
async function project(
  dir: string,
  budgetMs: number | undefined,
  options: { force: boolean } = { force: false },
): Promise<Omit<LoadResult, 'startRssMb' | 'timings'>> {
  const t = target();
  const graph = new Graph(createDriver(t, { retryMs: LOAD_RETRY_MS }), {
    database: t.database,
    queryTimeoutMs: 60_000,
    // A benchmark measures; it does not guard. At L on a busy machine one load
    // transaction outlasted 600 s and the whole run was lost with it.
    loadTimeoutMs: BENCH_LOAD_TIMEOUT_MS,
  });
  let statements = 0;
  graph.onStatement(() => statements++);
  const started = performance.now();
  let firstDocumentAt: number | undefined;
  let firstWriteAt: number | undefined;
  let done = 0;
  let total = 0;
  let documentsFrom: number | undefined;
  const peaks = phasePeaks(() =>
    documentsFrom !== undefined
      ? 'documents'
      : firstWriteAt !== undefined
        ? 'registry'
        : 'validate',
  );
  graph.onStatement((name) => {
    if (firstWriteAt === undefined && name.startsWith('load/')) firstWriteAt = performance.now();
    // The documents' phase begins when their stored hashes are read, after the registry.
    if (documentsFrom === undefined && name === 'load/document-hashes')
      documentsFrom = performance.now();
  });
  try {
    const report = await loadDataset(graph, [dir], {
      force: options.force,
      ...sizes(),
      onProgress: (p) => {
        done = p.done;
        total = p.total;
        firstDocumentAt ??= performance.now();
        if (budgetMs !== undefined && performance.now() - (firstDocumentAt ?? started) > budgetMs)
          throw new BudgetReached();
      },
    });
    const ms = performance.now() - started;
    return {
      mode: 'project',
      ms,
      rows: writtenCounts(report),
      statements,
      transactions: report.transactions,
      peakRssMb: procMemory().peakMb,
      partial: false,
      report,
      phases: {
        validateMs: (firstWriteAt ?? started) - started,
        registryMs: (documentsFrom ?? firstDocumentAt ?? started) - (firstWriteAt ?? started),
        documentsMs: performance.now() - (documentsFrom ?? firstDocumentAt ?? started),
        documents: done,
        totalDocuments: total,
        peakRssMb: peaks.stop(),
      },
    };
  } catch (err) {
    if (!(err instanceof BudgetReached)) throw err;
    const now = performance.now();
    const first = firstDocumentAt ?? now;
    const perDocument = done > 1 ? (now - first) / (done - 1) : now - first;
    const validateMs = (firstWriteAt ?? started) - started;
    const registryMs = first - (firstWriteAt ?? started);
    return {
      mode: 'project',
      ms: now - started,
      rows: { actors: 0, topics: 0, documents: done, relations: 0, stances: 0, evidence: 0 },
      statements,
      transactions: done,
      peakRssMb: procMemory().peakMb,
      partial: true,
      phases: {
        validateMs,
        registryMs,
        documentsMs: now - first,
        documents: done,
        totalDocuments: total,
        extrapolatedMs: validateMs + registryMs + perDocument * total,
        peakRssMb: peaks.stop(),
      },
    };
  } finally {
    peaks.stop();
    await graph.close();
  }
}

type LoadPhase = 'validate' | 'registry' | 'documents';

/** Samples this process's RSS every 50 ms and keeps the highest seen in each phase of a load. */
function phasePeaks(phase: () => LoadPhase): { stop(): Record<LoadPhase, number> } {
  const peak: Record<LoadPhase, number> = { validate: 0, registry: 0, documents: 0 };
  const sample = () => {
    const p = phase();
    peak[p] = Math.max(peak[p], process.memoryUsage.rss() / 1024 / 1024);
  };
  const timer = setInterval(sample, 50);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { ...peak };
    },
  };
}

/**
 * `stancegraph load --bulk` into an empty local Neo4j of its own (a temporary folder): validation,
 * CSV, the offline importer, then Neo4j started with its constraints and indexes built. The time is
 * until the graph is queryable. Peak RSS is this process's; the importer's JVM is another process.
 */
async function bulk(path: string): Promise<Omit<LoadResult, 'startRssMb' | 'timings'>> {
  const home = await mkdtemp(join(tmpdir(), 'stancegraph-bench-bulk-'));
  const open = async () => {
    const local = await startLocalNeo4j({ home });
    const graph = new Graph(
      createDriver({
        uri: local.uri,
        user: local.user,
        password: local.password,
        database: undefined,
      }),
      { database: undefined, queryTimeoutMs: 600_000, loadTimeoutMs: BENCH_LOAD_TIMEOUT_MS },
    );
    await applySchema(graph);
    return {
      graph,
      close: async () => {
        await graph.close();
        await local.stop();
      },
    };
  };
  try {
    const started = performance.now();
    const report = await bulkLoad([path], {
      home,
      open,
      projectRoot: PROJECT_ROOT,
      log: () => undefined,
    });
    const ms = performance.now() - started;
    const rows = writtenCounts(report);
    return {
      mode: 'bulk',
      ms,
      rows,
      statements: 0,
      transactions: 1,
      peakRssMb: procMemory().peakMb,
      partial: false,
      report,
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

const PROJECT_ROOT = resolve(__dirname, '..', '..');
const startRssMb = procMemory().rssMb;

async function main(): Promise<void> {
  const [mode, path, budget] = process.argv.slice(2);
  if (!mode || !path)
    throw new Error(
      'usage: load-child <project|project-force|bulk|raw|parse-raw|naive> <path> [budgetMs]',
    );
  let result: Omit<LoadResult, 'startRssMb' | 'timings'>;
  if (mode === 'bulk') result = await bulk(path);
  else if (mode === 'project' || mode === 'project-force')
    result = await project(path, budget === undefined ? undefined : Number(budget), {
      force: mode === 'project-force',
    });
  else {
    const t = target();
    const driver = createDriver(t, { retryMs: LOAD_RETRY_MS });
    try {
      result =
        mode === 'raw' || mode === 'parse-raw'
          ? await raw(driver, path, mode)
          : await naive(driver, path, Number(budget ?? 60_000));
    } finally {
      await driver.close();
    }
  }
  await answer({ ok: true, result: { ...result, startRssMb, timings } });
}

/** Sends the one answer and resolves once it has left, so exiting right after cannot drop it. */
function answer(message: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });
}

main().then(
  () => process.exit(0),
  async (err: unknown) => {
    await answer({
      ok: false,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    process.exit(1);
  },
);
