/**
 * A document's content hash: what one load writes for that document (the
 * document, the relations and stances it is home to, the quotes from it), in
 * a canonical order, hashed. A reload skips a document whose stored hash is
 * the same, so reloading an unchanged corpus costs a read of the hashes.
 */
import { createHash } from 'node:crypto';
import type { DocumentGroup } from './loader';

/** Bump when what the loader writes for the same input changes, so a reload rewrites everything once. */
const FORMAT = 'stancegraph-load-1';

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Keys sorted at every level, so the order a file lists fields in does not matter. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = canonical(v);
  }
  return out;
}

/** The hex SHA-256 of a group that carries its document; groups without one have no hash. */
export function contentHash(group: DocumentGroup): string {
  const hash = createHash('sha256').update(FORMAT);
  hash.update(JSON.stringify(canonical(group.document)));
  for (const part of [group.relations, group.stances, group.evidence] as const) {
    hash.update('\n');
    for (const item of byId<{ id: string }>(part)) hash.update(JSON.stringify(canonical(item)));
  }
  return hash.digest('hex');
}
