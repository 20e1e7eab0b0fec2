/**
 * `__resolveType` for the schema's unions. The models are plain rows from
 * cypher/ (src/graphql/model.ts), so their GraphQL type is told apart by the
 * fields only that type has; a value tagged with `__typename` keeps its tag.
 */
import { GraphQLError } from 'graphql';

type UnionMember = 'Actor' | 'Topic' | 'Document' | 'Evidence' | 'Relation' | 'Stance';

/** The GraphQL type of a model object, from the fields that tell the models apart. */
export function typeOfModel(value: unknown): UnionMember {
  if (typeof value !== 'object' || value === null) {
    throw new GraphQLError(`cannot tell the GraphQL type of ${String(value)}`);
  }
  const v = value as Record<string, unknown>;
  if (typeof v.__typename === 'string') return v.__typename as UnionMember;
  if ('quote' in v && 'start' in v) return 'Evidence';
  if ('position' in v && 'topic' in v) return 'Stance';
  if ('type' in v && 'source' in v && 'target' in v) return 'Relation';
  if ('publishedAt' in v && 'title' in v) return 'Document';
  if ('kind' in v && 'name' in v) return 'Actor';
  if ('name' in v && 'id' in v) return 'Topic';
  throw new GraphQLError(
    `cannot tell the GraphQL type of an object with fields ${Object.keys(v).join(', ')}`,
  );
}

function union<const T extends UnionMember>(name: string, members: readonly T[]) {
  return {
    __resolveType(value: unknown): T {
      const type = typeOfModel(value);
      if (!(members as readonly string[]).includes(type)) {
        throw new GraphQLError(`a ${type} is not a member of the union ${name}`);
      }
      return type as T;
    },
  };
}

export const TimelineItem = union('TimelineItem', ['Relation', 'Stance', 'Document']);
export const SearchItem = union('SearchItem', ['Actor', 'Topic', 'Evidence']);
