/**
 * `Relation.retraction`, `Stance.retraction` and the `DateTime` scalar.
 * Retracted relations and stances keep their data; the retraction is three
 * relationship properties (cypher/mutation/retract-*.cypher), which reads that
 * return `r {.*}` carry along.
 */
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const base = DateTimeResolver.toConfig();

/**
 * graphql-scalars' DateTime: ISO 8601 with a zone offset, checked both ways,
 * and printed as a UTC string with milliseconds (graphql-scalars hands out a
 * JavaScript Date, which only JSON turns into that string).
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...base,
  serialize(value: unknown): string {
    const serialized: unknown = base.serialize?.(value);
    return serialized instanceof Date ? serialized.toISOString() : String(serialized);
  },
  name: 'DateTime',
  description:
    'An instant written as an ISO 8601 date-time with a zone offset, e.g. 2025-02-13T09:30:00.000Z.',
});

export interface Retractable {
  /** A Neo4j DateTime, made an ISO string by src/db/values.ts. */
  retractedAt?: string | null;
  retractedBy?: string | null;
  retractionReason?: string | null;
}

export function retraction(assertion: Retractable) {
  if (assertion.retractedAt === null || assertion.retractedAt === undefined) return null;
  return {
    at: assertion.retractedAt,
    by: assertion.retractedBy ?? '',
    reason: assertion.retractionReason ?? '',
  };
}

export const RelationRetraction = { retraction };
export const StanceRetraction = { retraction };
