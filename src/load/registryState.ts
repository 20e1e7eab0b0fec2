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

/** Bump when what the loader writes for the same registry changes. */
const FORMAT = 'stancegraph-registry-1';

export interface RegistryState {
  /** The change counter when the load began. */
  version: number;
  /** The hash of the registry the graph holds as the last load left it, when nothing changed since. */
  loaded: string | null;
  /** The digest of the last load's files (./corpusState.ts), when nothing changed since. */
  corpus?: string | null;
}

/** The hex SHA-256 of a registry, independent of the order of its items and fields. */
export function registryHash(actors: readonly ActorInput[], topics: readonly TopicInput[]): string {
  const hash = createHash('sha256').update(FORMAT);
  for (const part of [actors, topics]) {
    hash.update('\n');
    const sorted = [...part].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const item of sorted) hash.update(JSON.stringify(canonical(item)));
  }
  return hash.digest('hex');
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
  registry: { actors: readonly ActorInput[]; topics: readonly TopicInput[] },
  report: LoadReport,
  force: boolean,
  writeAll: () => Promise<void>,
): Promise<(corpus?: ValidatedCorpus) => Promise<void>> {
  const state = await readRegistryState(graph);
  const { actors, topics } = registry;
  const hash = actors.length + topics.length > 0 ? registryHash(actors, topics) : null;
  if (hash !== null && !force && registryUnchanged(state, hash))
    countSkippedRegistry(report, actors.length, topics.length);
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
