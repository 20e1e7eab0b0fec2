/**
 * The loader: validate everything, then write. The registry (actors, topics)
 * goes in one transaction, then the documents with the relations, stances and
 * evidence each carries, several whole documents to a transaction, in batched
 * `UNWIND … MERGE` statements. A failure leaves no half-written document, and
 * loading the same files again changes nothing.
 *
 * Its entry points, loadDataset and loadDatasetInMemory, are in ./index.ts; the
 * streaming path (./stream.ts) and the in-memory one both write through here.
 */
import type { Graph, WriteTx } from '../db/graph';
import {
  bumpVersion,
  loadActorRoles,
  loadActors,
  documentHashes,
  loadDocuments,
  loadEvidence,
  loadExisting,
  loadAssertions,
  pruneAssertions,
  loadTopics,
  pruneEvidence,
  read,
  write,
  type PruneParams,
  type PruneRow,
  type RowsParams,
  type Statement,
  type UpsertRow,
} from '../store';
import type { DatasetPlan, ExistingGraphLookup, ReadDatasetOptions } from '../dataset';
import type { PlannedEvidence, PlannedRelation, PlannedStance } from '../dataset/plan';
import type { ActorInput, TopicInput } from '../dataset/schema';
import { actorRow, documentRow, evidenceRow, roleRow, topicRow } from './rows';
import { emptyReport, type Counts, type LoadReport } from './report';
import { contentHash } from './hash';
import { createGroups, type Moved } from './create';
import { eachKind } from './kinds';
import { registryHash, registryStep } from './registryState';

export interface LoadOptions extends ReadDatasetOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Rewrite documents whose content hash says they are unchanged (`stancegraph load --force`). */
  force?: boolean;
  /** Documents share a transaction up to about this many rows (DOCUMENT_TRANSACTION_ROWS); 1 gives each its own. */
  documentTransactionRows?: number;
  onProgress?: (event: { done: number; total: number; documentId: string }) => void;
}

/**
 * Rows per statement: as the raw CREATE floor sends. 1000 sent 127 statements for a first load at
 * S; 5000 (with DOCUMENT_TRANSACTION_ROWS 10 000) sends 31 (docs/BENCHMARKS.md).
 */
export const DEFAULT_BATCH_SIZE = 5000;

export function existingIn(graph: Graph): ExistingGraphLookup {
  return async ({ actorIds, topicIds, documentIds }) => {
    if (actorIds.length + topicIds.length + documentIds.length === 0) {
      return { actorIds: new Set(), topicIds: new Set(), documentTexts: new Map() };
    }
    const [row] = await read(graph, loadExisting, { actorIds, topicIds, documentIds });
    const documents = row?.documents ?? [];
    return {
      actorIds: new Set(row?.actorIds ?? []),
      topicIds: new Set(row?.topicIds ?? []),
      documentTexts: new Map(documents.map((d) => [d.id, d.text])),
    };
  };
}

export async function writePlan(
  graph: Graph,
  plan: DatasetPlan,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const report = emptyReport(plan.files);
  const registry = registryInMemory(plan);
  const summary = { ...registry, hash: registryHash(plan.actors, plan.topics) };
  const recordRegistry = await registryStep(graph, summary, report, options.force ?? false, () =>
    writeRegistry(graph, plan.files, registry, report, options),
  );
  const groups = groupByDocument(plan);
  const stored = await storedHashes(
    graph,
    plan.documents.map((d) => d.id),
    options,
  );
  const writer = documentWriter(graph, plan.files, report, options, () => groups.length, stored);
  for (const group of groups) await writer.add(group);
  await writer.flush();
  await recordRegistry();
  return report;
}

/**
 * Sends a statement's batches without waiting for each answer: the driver pipelines statements
 * sent in one transaction, and Neo4j runs them in order, so a document costs one round trip per
 * step instead of one per statement.
 */
export function upserter(batchSize: number) {
  /** Adds the statement's counts to `into` and returns each batch's result row. */
  return async <Row, R extends Partial<UpsertRow>>(
    tx: WriteTx,
    statement: Statement<RowsParams<Row>, R>,
    rows: readonly Row[],
    into: Counts,
  ): Promise<Array<Partial<R>>> => {
    const batches: Array<Promise<R[]>> = [];
    for (let i = 0; i < rows.length; i += batchSize) {
      batches.push(write(tx, statement, { rows: rows.slice(i, i + batchSize) }));
    }
    const results = (await Promise.all(batches)).map(([result]): Partial<R> => result ?? {});
    for (const result of results) {
      into.written += Number(result.written ?? 0);
      into.created += Number(result.created ?? 0);
      into.updated += Number(result.updated ?? 0);
    }
    return results;
  };
}

/**
 * A registry larger than this many actors and topics is written in transactions of this many
 * (actors first, then roles, then topics): Neo4j caps one transaction's memory (512 MiB on the
 * local Neo4j), and 100 000 actors with their names in one transaction exceed it.
 */
export const REGISTRY_TRANSACTION_ROWS = 10_000;

/**
 * The actors and topics of a load, handed over in chunks of at most REGISTRY_TRANSACTION_ROWS (a
 * streaming load reads them back from its spool, so a registry of any size is never held whole).
 */
export interface RegistrySource {
  actors: number;
  topics: number;
  eachActors(each: (chunk: ActorInput[]) => Promise<void>): Promise<void>;
  eachTopics(each: (chunk: TopicInput[]) => Promise<void>): Promise<void>;
}

/** A registry held in memory, as a RegistrySource. */
export function registryInMemory(plan: Pick<DatasetPlan, 'actors' | 'topics'>): RegistrySource {
  const chunks = async <T>(items: readonly T[], each: (chunk: T[]) => Promise<void>) => {
    for (let i = 0; i < items.length; i += REGISTRY_TRANSACTION_ROWS)
      await each(items.slice(i, i + REGISTRY_TRANSACTION_ROWS));
  };
  return {
    actors: plan.actors.length,
    topics: plan.topics.length,
    eachActors: (each) => chunks(plan.actors, each),
    eachTopics: (each) => chunks(plan.topics, each),
  };
}

interface RegistryPart {
  actors: readonly ActorInput[];
  roles: readonly ActorInput[];
  topics: readonly TopicInput[];
}

/**
 * Writes every actor and topic of a load, adding to `report`: in one transaction (roles and
 * concerns after all actors), or for a registry over REGISTRY_TRANSACTION_ROWS, in transactions
 * of that many rows, roles and topics after every actor.
 */
export async function writeRegistry(
  graph: Graph,
  files: string[],
  registry: RegistrySource,
  report: LoadReport,
  options: LoadOptions = {},
): Promise<void> {
  if (registry.actors + registry.topics === 0) return;
  const part = (p: RegistryPart) => writeRegistryPart(graph, files, p, report, options);
  if (registry.actors + registry.topics <= REGISTRY_TRANSACTION_ROWS) {
    const actors: ActorInput[] = [];
    const topics: TopicInput[] = [];
    await registry.eachActors((chunk) => Promise.resolve(void actors.push(...chunk)));
    await registry.eachTopics((chunk) => Promise.resolve(void topics.push(...chunk)));
    return part({ actors, roles: actors, topics });
  }
  await registry.eachActors((actors) => part({ actors, roles: [], topics: [] }));
  await registry.eachActors((roles) => part({ actors: [], roles, topics: [] }));
  await registry.eachTopics((topics) => part({ actors: [], roles: [], topics }));
}

/** One registry transaction: actors, then their roles, then topics with what they concern. */
async function writeRegistryPart(
  graph: Graph,
  files: string[],
  part: RegistryPart,
  report: LoadReport,
  options: LoadOptions,
): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const upsert = upserter(batchSize);
  // Counts are taken from a copy so a retried transaction does not count twice.
  const counts = await graph.writeTransaction(async (tx) => {
    const c = emptyReport(files);
    await upsert(tx, loadActors, part.actors.map(actorRow), c.actors);
    const withRoles = part.roles.map(roleRow);
    for (let i = 0; i < withRoles.length; i += batchSize) {
      await write(tx, loadActorRoles, { rows: withRoles.slice(i, i + batchSize) });
    }
    await upsert(tx, loadTopics, part.topics.map(topicRow), c.topics);
    await bumpVersionIfChanged(tx, c);
    return c;
  });
  addCounts(report.actors, counts.actors);
  addCounts(report.topics, counts.topics);
  addVersion(report, counts);
  report.transactions++;
}

/**
 * Documents are written several to a transaction, up to about this many rows (a document, its
 * relations, stances and quotes), so the cost of a commit is shared: a transaction that writes
 * quotes updates their full-text index as it commits. A group is never split, so a failure still
 * leaves each document whole or absent. 10 000 rows: 4 transactions at S instead of 16, each
 * holding a few MiB of state, far below the 512 MiB a transaction may use.
 */
export const DOCUMENT_TRANSACTION_ROWS = 10_000;

const groupRows = (g: DocumentGroup) =>
  (g.document ? 1 : 0) + g.relations.length + g.stances.length + g.evidence.length;

/**
 * Collects document groups into transactions of about DOCUMENT_TRANSACTION_ROWS rows and writes
 * each when full (and what is left on `flush`), reporting progress per document once it commits.
 * One transaction is in flight while the next is gathered (the next plan read back, hashed and
 * turned into rows), so Node's work overlaps Neo4j's; the next is sent only after the one before
 * it committed, so a failure still leaves every earlier document written and no later one.
 */
export function documentWriter(
  graph: Graph,
  files: string[],
  report: LoadReport,
  options: LoadOptions,
  total: () => number,
  stored: ReadonlyMap<string, string> = new Map(),
): { add(group: DocumentGroup): Promise<void>; flush(): Promise<void> } {
  const limit = options.documentTransactionRows ?? DOCUMENT_TRANSACTION_ROWS;
  let pending: DocumentGroup[] = [];
  let rows = 0;
  let done = 0;
  let inFlight: Promise<void> = Promise.resolve();
  const send = async () => {
    await inFlight;
    if (pending.length === 0) return;
    const groups = pending;
    pending = [];
    rows = 0;
    inFlight = writeDocumentGroups(graph, files, groups, report, options).then(() => {
      for (const g of groups)
        options.onProgress?.({ done: ++done, total: total(), documentId: g.id });
    });
    inFlight.catch(() => undefined); // awaited by the next send or by flush
  };
  return {
    async add(group) {
      // Unchanged since the last load (hashes read before the first write): no transaction at all.
      if (!options.force && group.document && stored.get(group.id) === contentHash(group)) {
        await inFlight; // progress stays in order
        skip(group, report);
        options.onProgress?.({ done: ++done, total: total(), documentId: group.id });
        return;
      }
      if (pending.length > 0 && rows + groupRows(group) > limit) await send();
      pending.push(group);
      rows += groupRows(group);
    },
    async flush() {
      await send();
      await inFlight;
    },
  };
}

/** Content hashes are read this many documents to a statement. */
const HASH_READ_IDS = 10_000;

/**
 * The content hash each of these documents was last loaded with, read from the leader before
 * anything is written, so a reload can pass over unchanged documents without a transaction each.
 * Empty with `force`. The write transaction reads the hashes of what it writes again.
 */
export async function storedHashes(
  graph: Graph,
  ids: readonly string[],
  options: LoadOptions,
): Promise<Map<string, string>> {
  const stored = new Map<string, string>();
  if (options.force) return stored;
  for (let i = 0; i < ids.length; i += HASH_READ_IDS) {
    const chunk = ids.slice(i, i + HASH_READ_IDS);
    const rows = await graph.writeTransaction((tx) => write(tx, documentHashes, { ids: chunk }));
    for (const r of rows) if (r.contentHash) stored.set(r.id, r.contentHash);
  }
  return stored;
}

/**
 * Writes documents with what they carry in one transaction, adding to `report`. The transaction
 * first reads the documents' content hashes: a document whose hash is unchanged is skipped (unless
 * `force`), one absent from the graph is written with CREATE statements (./create.ts), and the rest
 * are merged and pruned as the dataset says (./merge.ts).
 */
export async function writeDocumentGroups(
  graph: Graph,
  files: string[],
  groups: readonly DocumentGroup[],
  report: LoadReport,
  options: LoadOptions = {},
): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const hashes = new Map(groups.flatMap((g) => (g.document ? [[g.id, contentHash(g)]] : [])));
  const counts = await graph.writeTransaction(async (tx) => {
    const c = emptyReport(files);
    const known = new Map(
      (await write(tx, documentHashes, { ids: [...hashes.keys()] })).map((r) => [
        r.id,
        r.contentHash,
      ]),
    );
    const fresh: DocumentGroup[] = [];
    const changed: DocumentGroup[] = [];
    for (const g of groups) {
      if (!g.document || known.has(g.id)) {
        if (g.document && !options.force && known.get(g.id) === hashes.get(g.id)) skip(g, c);
        else changed.push(g);
      } else fresh.push(g);
    }
    const moved = await createGroups(tx, fresh, hashes, c, batchSize);
    await mergeGroups(tx, changed, moved, hashes, c, batchSize);
    await bumpVersionIfChanged(tx, c);
    return c;
  });
  for (const key of ['documents', 'relations', 'stances', 'evidence'] as const)
    addCounts(report[key], counts[key]);
  report.removed.relations += counts.removed.relations;
  report.removed.stances += counts.removed.stances;
  report.removed.evidence += counts.removed.evidence;
  report.skipped.documents += counts.skipped.documents;
  addVersion(report, counts);
  report.transactions++;
}

/** Counts an unchanged document's rows as written and unchanged, without sending them. */
function skip(g: DocumentGroup, c: LoadReport): void {
  c.documents.written++;
  c.relations.written += g.relations.length;
  c.stances.written += g.stances.length;
  c.evidence.written += g.evidence.length;
  c.skipped.documents++;
}

/** Merges documents the graph holds (or groups without a document), pruning what their dataset no longer lists. */
async function mergeGroups(
  tx: WriteTx,
  groups: readonly DocumentGroup[],
  moved: Moved,
  hashes: ReadonlyMap<string, string>,
  c: LoadReport,
  batchSize: number,
): Promise<void> {
  const upsert = upserter(batchSize);
  const steps: Array<Promise<unknown>> = [];
  const withDocument = groups.filter((g) => g.document);
  await upsert(
    tx,
    loadDocuments,
    withDocument.map((g) => documentRow(g.document!, hashes.get(g.id))),
    c.documents,
  );
  // The dataset is the truth for the documents it defines: drop what it no longer lists.
  for (const group of withDocument) {
    const pruned = async (statement: Statement<PruneParams, PruneRow>, keep: string[]) =>
      Number((await write(tx, statement, { documentId: group.id, keep }))[0]?.removed ?? 0);
    steps.push(
      ...eachKind((kind) =>
        pruned(
          pruneAssertions[kind.name],
          kind.of(group).map((a) => a.id),
        ).then((n) => void (c.removed[kind.section] += n)),
      ),
      pruned(
        pruneEvidence,
        group.evidence.map((e) => e.id),
      ).then((n) => void (c.removed.evidence += n)),
    );
  }
  // Pipelined after the documents (and the pruning): Neo4j runs them in this order.
  steps.push(
    ...eachKind((kind) =>
      upsert(
        tx,
        loadAssertions[kind.name],
        [...groups.flatMap((g) => kind.of(g)), ...kind.of(moved)].map((a) => kind.row(a)),
        c[kind.section],
      ),
    ),
    upsert(
      tx,
      loadEvidence,
      groups.flatMap((g) => g.evidence.map((e) => evidenceRow(e))),
      c.evidence,
    ),
  );
  await Promise.all(steps);
}

export interface DocumentGroup {
  id: string;
  document: DatasetPlan['documents'][number] | undefined;
  relations: PlannedRelation[];
  stances: PlannedStance[];
  evidence: PlannedEvidence[];
}

/** One group per document: the document itself, the assertions whose first quote it holds, and every quote from it. */
function groupByDocument(plan: DatasetPlan): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  const group = (id: string): DocumentGroup => {
    let g = groups.get(id);
    if (!g) {
      g = { id, document: undefined, relations: [], stances: [], evidence: [] };
      groups.set(id, g);
    }
    return g;
  };
  for (const d of plan.documents) group(d.id).document = d;
  for (const r of plan.relations) {
    group(r.homeDocumentId).relations.push(r);
    for (const e of r.evidence) group(e.documentId).evidence.push(e);
  }
  for (const s of plan.stances) {
    group(s.homeDocumentId).stances.push(s);
    for (const e of s.evidence) group(e.documentId).evidence.push(e);
  }
  return [...groups.values()];
}

/** Advances the graph's change counter (cypher/meta/bump-version.cypher) when the transaction changed anything. */
export async function bumpVersionIfChanged(tx: WriteTx, c: LoadReport): Promise<void> {
  const kinds = ['actors', 'topics', 'documents', 'relations', 'stances', 'evidence'] as const;
  const changed =
    kinds.some((k) => c[k].created + c[k].updated > 0) ||
    c.removed.relations + c.removed.stances + c.removed.evidence > 0;
  if (!changed) return;
  const [row] = await write(tx, bumpVersion, {});
  if (row) {
    const version = Number(row.version);
    c.versions = { first: version, last: version, interleaved: false };
  }
}

/** Adds a committed transaction's counter to the load's, noting a gap (another writer's change). */
function addVersion(report: LoadReport, counts: LoadReport): void {
  const next = counts.versions?.last;
  if (next === undefined) return;
  const seen = report.versions;
  report.versions = seen
    ? { first: seen.first, last: next, interleaved: seen.interleaved || next !== seen.last + 1 }
    : { first: next, last: next, interleaved: false };
}

function addCounts(into: Counts, from: Counts): void {
  into.written += from.written;
  into.created += from.created;
  into.updated += from.updated;
}
