/**
 * The `Date` scalar: graphql-scalars' LocalDate (a `YYYY-MM-DD` string, checked
 * both ways), published under the shorter name the schema uses.
 */
import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD (ISO 8601), with no time of day or zone.',
});
