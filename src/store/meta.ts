/** The graph's change counter: cypher/meta/. */
import { declare } from './statement';

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
