/**
 * Skipping an unchanged registry. Every load writes the actors and topics it
 * was given (MERGE, one transaction per 10 000), which on a reload of an
 * unchanged corpus was the largest part of its time. At the end of a load the
 * graph records the hash of that registry with the change counter the load
 * left (cypher/meta/record-load.cypher); the next load skips its registry when
 * the hash is the same and the counter has not moved since, i.e. nothing (no
 * mutation, no other load) has changed the graph in between, so MERGE would
 * change nothing. `--force` writes it regardless.
 */
import { createHash } from 'node:crypto';
import type { Graph } from '../db/graph';
import { int } from '../db/values';
import type { ActorInput, TopicInput } from '../dataset/schema';
import { loadState, recordLoad, write } from '../store';
import { canonical } from './hash';
import type { LoadReport } from './report';

/** Bump when what the loader writes for the same registry, or how it is hashed, changes. */
const FORMAT = 'stancegraph-registry-2';

const LANES = 4;

/**
 * The hash of a registry, independent of the order of its items and fields, built one item at a
 * time (a streaming load adds each file's actors and topics as pass 1 validates them, and never
 * holds the registry whole): each item's SHA-256 is added, as four 64-bit lanes, into a sum that
 * no order changes; ids are unique, so no two items are the same.
 */
export class RegistryHasher {
  #sum = new BigUint64Array(LANES);
  #counts = { actors: 0, topics: 0 };

  add(section: 'actors' | 'topics', item: ActorInput | TopicInput): void {
    const digest = createHash('sha256')
      .update(`${section}\n${JSON.stringify(canonical(item))}`)
      .digest();
    for (let lane = 0; lane < LANES; lane++) this.#sum[lane] += digest.readBigUInt64BE(lane * 8); // wraps at 2^64
    this.#counts[section]++;
  }

  get counts(): { actors: number; topics: number } {
    return { ...this.#counts };
  }

  /** The hex SHA-256 of the registry; null when it has no items. */
  digest(): string | null {
    if (this.#counts.actors + this.#counts.topics === 0) return null;
    const hash = createHash('sha256').update(FORMAT);
    hash.update(`\n${this.#counts.actors}\n${this.#counts.topics}\n`);
    hash.update([...this.#sum].map((lane) => lane.toString(16)).join(','));
    return hash.digest('hex');
  }
}

/** The hex SHA-256 of a registry, independent of the order of its items and fields (null when empty). */
export function registryHash(
  actors: readonly ActorInput[],
  topics: readonly TopicInput[],
): string | null {
  const hasher = new RegistryHasher();
  for (const a of actors) hasher.add('actors', a);
  for (const t of topics) hasher.add('topics', t);
  return hasher.digest();
}

export interface RegistryState {
  /** The change counter when the load began. */
  version: number;
  /** The hash of the registry the graph holds as the last load left it, when nothing changed since. */
  loaded: string | null;
  /** The digest of the last load's files (./corpusState.ts), when nothing changed since. */
  corpus?: string | null;
}

/** A registry as a load's registry step sees it: how many items, and their hash. */
export interface RegistrySummary {
  actors: number;
  topics: number;
  hash: string | null;
}

/** Reads what the last load recorded (on the leader: it decides a write). */
export async function readRegistryState(graph: Graph): Promise<RegistryState> {
  const [row] = await graph.writeTransaction((tx) => write(tx, loadState, {}));
  const version = Number(row?.version ?? 0);
  const unchangedSince = row?.loadedVersion != null && Number(row.loadedVersion) === version;
  return {
    version,
    loaded: unchangedSince ? (row?.registryHash ?? null) : null,
    corpus: unchangedSince ? (row?.corpus ?? null) : null,
  };
}

/** Whether the registry with this hash is what the graph holds already. */
export function registryUnchanged(state: RegistryState, hash: string): boolean {
  return state.version > 0 && state.loaded === hash;
}

/** Counts a skipped registry's actors and topics as written and unchanged. */
export function countSkippedRegistry(report: LoadReport, actors: number, topics: number): void {
  report.actors.written += actors;
  report.topics.written += topics;
  report.skipped.registry = true;
}

/**
 * Records the registry the graph holds after a load: `hash` when the load had
 * one, else the one recorded before if it still held at the start; and the
 * digest of the load's files (`corpus`, ./corpusState.ts) or none. Nothing is
 * recorded when another writer changed the graph during the load (its counter
 * is not the one the load's own changes lead to), so the next load writes its
 * registry in full.
 */
export async function recordRegistry(
  graph: Graph,
  state: RegistryState,
  report: LoadReport,
  hash: string | null,
  corpus: string | null = null,
): Promise<void> {
  const version = versionToRecord(state, report);
  if (version === undefined) return;
  const registryHash = hash ?? state.loaded;
  await graph.writeTransaction((tx) =>
    write(tx, recordLoad, { version: int(version), registryHash, corpus }),
  );
}

/** The files a load validated, with the change counter before it began to read them. */
export interface ValidatedCorpus {
  /** What ./corpusState.ts records for them, given the load's report. */
  record(report: LoadReport): string;
  /** The counter before validation; the files are recorded only if it had not moved by the write. */
  version: number;
}

/**
 * The counter a load left, if its own changes alone led there from the counter
 * it began with (consecutive, starting right after it); else undefined.
 */
export function versionToRecord(state: RegistryState, report: LoadReport): number | undefined {
  const versions = report.versions;
  if (!versions) return state.version > 0 ? state.version : undefined;
  if (versions.interleaved) return undefined;
  if (state.version > 0 && versions.first !== state.version + 1) return undefined;
  return versions.last;
}

/**
 * The registry step of a load: skipped when unchanged (see the module
 * comment), else `writeAll`. Returns what to call once every document is
 * written, to record the registry (and the files, when the graph did not
 * change while they were validated) for the next load.
 */
export async function registryStep(
  graph: Graph,
  registry: RegistrySummary,
  report: LoadReport,
  force: boolean,
  writeAll: () => Promise<void>,
): Promise<(corpus?: ValidatedCorpus) => Promise<void>> {
  const state = await readRegistryState(graph);
  const { hash } = registry;
  if (hash !== null && !force && registryUnchanged(state, hash))
    countSkippedRegistry(report, registry.actors, registry.topics);
  else await writeAll();
  return (corpus) =>
    recordRegistry(
      graph,
      state,
      report,
      hash,
      corpus && corpus.version === state.version ? corpus.record(report) : null,
    );
}
