/**
 * schema.graphql and src/vocabulary publish the same closed
 * vocabularies; the dataset validator checks files against one and the API
 * answers with the other, so a value in only one of them is a value that can
 * be loaded but not served, or asked for but never stored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import {
  ACTOR_KINDS,
  ASSERTION_METHODS,
  POLARITIES,
  RELATION_TYPES,
  STANCE_POSITIONS,
} from '../../src/vocabulary';

const SCHEMA_PATH = resolve(__dirname, '..', '..', 'schema.graphql');
const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`schema.graphql has no enum ${name}`);
  return type.getValues().map((v) => v.name);
}

/** The types schema.graphql itself declares: not graphql-js's introspection types or built-in scalars. */
function declaredTypes(): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t),
  );
}

function fieldsOf(type: GraphQLNamedType): Array<{ name: string; description?: string | null }> {
  if (isObjectType(type) || isInterfaceType(type)) return Object.values(type.getFields());
  if (isInputObjectType(type)) return Object.values(type.getFields());
  return [];
}

const isDescribed = (description: string | null | undefined): boolean =>
  typeof description === 'string' && description.trim() !== '';

describe('schema.graphql enums match src/dataset/vocabulary.ts', () => {
  it.each([
    ['ActorKind', ACTOR_KINDS],
    ['RelationType', RELATION_TYPES],
    ['Polarity', POLARITIES],
    ['StancePosition', STANCE_POSITIONS],
    ['AssertionMethod', ASSERTION_METHODS],
  ] as Array<[string, readonly string[]]>)('%s', (name, vocabulary) => {
    expect([...enumValues(name)].sort()).toEqual([...vocabulary].sort());
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
  });
});

describe('schema.graphql documents itself', () => {
  it('declares the types this test walks', () => {
    expect(declaredTypes().map((t) => t.name)).toEqual(
      expect.arrayContaining(['Query', 'Actor', 'Relation', 'Stance', 'Evidence', 'Date']),
    );
  });

  it('describes every type', () => {
    const undescribed = declaredTypes()
      .filter((t) => !isDescribed(t.description))
      .map((t) => t.name);
    expect(undescribed).toEqual([]);
  });

  it('describes every field', () => {
    const undescribed = declaredTypes().flatMap((t) =>
      fieldsOf(t)
        .filter((f) => !isDescribed(f.description))
        .map((f) => `${t.name}.${f.name}`),
    );
    expect(undescribed).toEqual([]);
  });
});
