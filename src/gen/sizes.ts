/**
 * Named corpus sizes, shared by `stancegraph gen --size` and the benchmark
 * (bench/run.ts). About twenty relations per document, as a news article
 * reports a handful of events with quotes; stances are a fifth of relations.
 */
import type { GenOptions } from './generate';

export type SizeName = 'S' | 'M' | 'L';

export const SIZES: Record<SizeName, Pick<GenOptions, 'actors' | 'relations' | 'documents'>> = {
  S: { actors: 1_000, relations: 10_000, documents: 500 },
  M: { actors: 10_000, relations: 100_000, documents: 5_000 },
  L: { actors: 100_000, relations: 1_000_000, documents: 50_000 },
};

export interface SizeSpec {
  /** S, M, L, or a label like `200a-2000r` for explicit counts. */
  label: string;
  actors: number;
  relations: number;
  documents: number;
}

/**
 * `S`, `M`, `L`, or explicit counts `ACTORS/RELATIONS[/DOCUMENTS]` (documents
 * default to relations / 20), e.g. `200/2000`.
 */
export function parseSize(text: string): SizeSpec {
  const upper = text.trim().toUpperCase();
  if (upper === 'S' || upper === 'M' || upper === 'L') return { label: upper, ...SIZES[upper] };
  const match = /^(\d+)\/(\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (!match)
    throw new RangeError(`size must be S, M, L or ACTORS/RELATIONS[/DOCUMENTS]; got "${text}"`);
  const actors = Number(match[1]);
  const relations = Number(match[2]);
  const documents = match[3] ? Number(match[3]) : Math.max(1, Math.round(relations / 20));
  if (actors < 2 || relations < 1 || documents < 1)
    throw new RangeError('a size needs at least 2 actors, 1 relation and 1 document');
  return { label: `${actors}a-${relations}r-${documents}d`, actors, relations, documents };
}
