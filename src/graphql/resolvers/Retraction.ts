/**
 * `Relation.retraction`, `Stance.retraction` and the `DateTime` scalar.
 * Retracted relations and stances keep their data; the retraction is three
 * relationship properties (cypher/mutation/retract-*.cypher), which reads that
 * return `r {.*}` carry along.
 */
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { RelationResolvers, Retraction, StanceResolvers } from '../generated/resolvers';
import type { RelationModel, StanceModel } from '../model';

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

export function retraction(assertion: RelationModel | StanceModel): Retraction | null {
  if (assertion.retractedAt === null || assertion.retractedAt === undefined) return null;
  return {
    at: assertion.retractedAt,
    by: assertion.retractedBy ?? '',
    reason: assertion.retractionReason ?? '',
  };
}

export const RelationRetraction: RelationResolvers = { retraction };
export const StanceRetraction: StanceResolvers = { retraction };
