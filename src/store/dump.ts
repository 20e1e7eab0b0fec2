/**
 * A canonical text dump of the whole graph: one sorted JSON line per node and
 * relationship, bookkeeping timestamps left out. Two graphs hold the same data
 * exactly when their dumps are equal, which is how the tests prove that a
 * rejected load wrote nothing and a repeated load changed nothing.
 */
import type { Graph } from '../db/graph';
import { dumpAll } from './admin';
import { read } from './statement';

/** Timestamps, and what a load records about the registry it left (src/load/registryState.ts). */
const BOOKKEEPING = new Set([
  'createdAt',
  'updatedAt',
  'changedAt',
  'loadedRegistry',
  'loadedVersion',
]);

export async function dumpGraph(graph: Graph): Promise<string> {
  const rows = await read(graph, dumpAll, {});
  const lines = rows.map((row) => {
    const props = row.props;
    const sorted = Object.keys(props)
      .filter((k) => !BOOKKEEPING.has(k))
      .sort()
      .map((k) => [k, props[k]]);
    return JSON.stringify([row.kind, [...row.labels].sort(), row.from, row.to, sorted]);
  });
  return lines.sort().join('\n');
}
