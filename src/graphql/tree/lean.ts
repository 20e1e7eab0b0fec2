/**
 * Whether a request may read relations lean: every field the whole operation selects on
 * `Relation` (through fragments, unions and interfaces too) is one the lean projection of
 * cypher/tree/ carries (or is answered from those). Relations read lean go into the request's
 * loaders, so the test is over the operation, not only the field being resolved: nothing else
 * in the request can then ask a relation for a property the lean row left out.
 */
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** What a lean relation row holds (id, type, polarity, confidence and its ends' ids), and what needs no more. */
const LEAN_RELATION_FIELDS = new Set([
  'id',
  'type',
  'polarity',
  'confidence',
  'source',
  'target',
  'evidence',
  '__typename',
]);

/** The fields the operation selects on each object type (a field selected on an abstract type counts for each of its types). */
function fieldsByType(info: GraphQLResolveInfo): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const note = (type: GraphQLNamedType, field: string) => {
    const types = isAbstractType(type) ? info.schema.getPossibleTypes(type) : [type];
    for (const t of types) out.set(t.name, (out.get(t.name) ?? new Set()).add(field));
  };
  const walk = (type: GraphQLCompositeType, set: SelectionSetNode): void => {
    for (const node of set.selections) {
      if (node.kind === Kind.FIELD) {
        note(type, node.name.value);
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
        const def = fields[node.name.value];
        const child = def && getNamedType(def.type);
        if (node.selectionSet && child && isCompositeType(child)) walk(child, node.selectionSet);
        continue;
      }
      const fragment = node.kind === Kind.INLINE_FRAGMENT ? node : info.fragments[node.name.value];
      if (!fragment) continue;
      const key = node.kind === Kind.FRAGMENT_SPREAD ? `${node.name.value}@${type.name}` : '';
      if (key && seen.has(key)) continue;
      if (key) seen.add(key);
      const on = fragment.typeCondition
        ? info.schema.getType(fragment.typeCondition.name.value)
        : type;
      if (on && isCompositeType(on)) walk(on, fragment.selectionSet);
    }
  };
  const root = info.schema.getRootType(info.operation.operation);
  if (root) walk(root, info.operation.selectionSet);
  return out;
}

/** Whether relations may be read lean for this request (see the module comment). */
export function leanRelations(info: GraphQLResolveInfo): boolean {
  const selected = fieldsByType(info).get('Relation') ?? new Set<string>();
  return [...selected].every((f) => LEAN_RELATION_FIELDS.has(f));
}
