/**
 * Bolt parameters from the JSON the benchmark passes between processes: `{ $int: n }` is an
 * Integer, `{ $date: 'YYYY-MM-DD' }` a Date.
 */
import neo4j from 'neo4j-driver';
import { date } from '../../src/db/values';

export function boltParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(convert);
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.$int === 'number') return neo4j.int(o.$int);
      if (typeof o.$date === 'string') return date(o.$date);
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, convert(x)]));
    }
    return v;
  };
  return convert(params) as Record<string, unknown>;
}
