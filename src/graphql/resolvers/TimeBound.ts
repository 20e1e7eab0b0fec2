/**
 * The `TimeBound` scalar: one end of a time window in the forms dashboard tools
 * send. Grafana's Infinity data source substitutes `${__timeFrom}` as epoch
 * milliseconds (a number, or a string when quoted in the query text), and other
 * clients send ISO 8601 dates or date-times; all parse to the UTC calendar date
 * `YYYY-MM-DD`, since relations and stances are dated by day. The text forms are
 * checked by graphql-scalars (LocalDate, DateTime: RFC 3339 with a zone).
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

const FORMS =
  'an ISO 8601 date (2025-02-13), a date-time with a zone (2025-02-13T09:30:00Z) ' +
  'or epoch milliseconds (1739404800000, as a number or a numeric string)';

/** The earliest and latest instants a bound may name: years 1 to 9999, what Neo4j dates hold. */
const MIN_MS = Date.parse('0001-01-01T00:00:00.000Z');
const MAX_MS = Date.parse('9999-12-31T23:59:59.999Z');

function refuse(got: string): never {
  throw new GraphQLError(`a time bound (from, to) must be ${FORMS}; got ${got}`);
}

function fromEpochMs(ms: number, got: string): string {
  if (!Number.isSafeInteger(ms) || ms < MIN_MS || ms > MAX_MS) refuse(got);
  return new Date(ms).toISOString().slice(0, 10);
}

function fromText(text: string): string {
  const got = JSON.stringify(text);
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return fromEpochMs(Number(trimmed), got);
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return String(LocalDateResolver.parseValue(trimmed));
    const instant = DateTimeResolver.parseValue(trimmed);
    return instant.toISOString().slice(0, 10);
  } catch {
    return refuse(got);
  }
}

/** A bound as the UTC calendar date it names, YYYY-MM-DD; a GraphQLError naming the accepted forms otherwise. */
export function parseTimeBound(value: unknown): string {
  if (typeof value === 'number') return fromEpochMs(value, String(value));
  if (typeof value === 'string') return fromText(value);
  return refuse(JSON.stringify(value) ?? String(value));
}

function parseLiteral(ast: ValueNode): string {
  switch (ast.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return parseTimeBound(Number(ast.value));
    case Kind.STRING:
      return parseTimeBound(ast.value);
    default:
      return refuse(`a ${ast.kind.toLowerCase().replace('value', '')} value`);
  }
}

export const TimeBoundScalar = new GraphQLScalarType({
  name: 'TimeBound',
  description:
    'One end of a time window: an ISO 8601 date or date-time with a zone, or epoch milliseconds as a number or a numeric string.',
  parseValue: parseTimeBound,
  parseLiteral,
  serialize: (value) => String(value),
});
