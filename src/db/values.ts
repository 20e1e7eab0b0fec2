/**
 * The one place where Neo4j's value types meet plain JavaScript.
 *
 * Outgoing: the driver sends a JS number as a Float, so integer parameters
 * (offsets, limits) go through `int`, and dates through `date`.
 * Incoming: `toPlain` turns Integers into numbers and temporal values into
 * ISO strings, so resolvers only ever see plain data.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isTime,
} from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';

export function int(value: number): Integer {
  return neo4j.int(value);
}

/** A `YYYY-MM-DD` string as a Neo4j Date, or null. */
export function date(iso: string | undefined | null): InstanceType<typeof neo4j.types.Date> | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    const n = value;
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
