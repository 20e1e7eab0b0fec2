/** The graph's change counter: cypher/meta/. */
import { declare } from './statement';
import type { Int } from './values';

export interface VersionRow {
  /** Null before anything was ever written. */
  version: number | null;
}
/** The counter now. */
export const graphVersion = declare<Record<string, never>, VersionRow>(
  'meta/version',
  [],
  ['version'],
);
/** Advances the counter; run in every write transaction that changed something. */
export const bumpVersion = declare<Record<string, never>, { version: number }>(
  'meta/bump-version',
  [],
  ['version'],
);

export interface LoadStateRow {
  /** The counter now (0 before the first write). */
  version: number;
  /** The registry hash the last load recorded, if any. */
  registryHash: string | null;
  /** The counter that load left; equal to `version` when nothing changed the graph since. */
  loadedVersion: number | null;
  /** The digest of the last load's files (JSON, src/load/corpusState.ts), if it recorded one. */
  corpus: string | null;
}
/** What the last load recorded, beside the counter now. */
export const loadState = declare<Record<string, never>, LoadStateRow>(
  'meta/load-state',
  [],
  ['version', 'registryHash', 'loadedVersion', 'corpus'],
);
/** Records the registry a load left, if the counter is still the one that load produced. */
export const recordLoad = declare<
  { version: Int; registryHash: string | null; corpus: string | null },
  { recorded: number }
>('meta/record-load', ['version', 'registryHash', 'corpus'], ['recorded']);
