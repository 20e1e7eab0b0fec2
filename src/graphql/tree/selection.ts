/**
 * What a root field's selection asks for, read from graphql-js's `info`: the
 * fields under it by name (fragments flattened, aliases merged) with their
 * argument values, so a root resolver can decide which parts of its tree one
 * statement should read. Selecting more than is read only costs the nested
 * resolvers their own statements (the loaders), never a wrong answer.
 */
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

export interface Selected {
  /** Argument values of each occurrence of the field (defaults applied), in document order. */
  args: Array<Record<string, unknown>>;
  /** What is selected under it, all occurrences merged. */
  fields: Selection;
}
export type Selection = Map<string, Selected>;

function collect(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  into: Selection,
): void {
  for (const node of set.selections) {
    if (node.kind === Kind.FIELD) {
      const def = type.getFields()[node.name.value];
      if (!def) continue; // __typename
      const entry: Selected = into.get(node.name.value) ?? { args: [], fields: new Map() };
      entry.args.push(getArgumentValues(def, node, info.variableValues));
      const child = getNamedType(def.type);
      if (node.selectionSet && isObjectType(child))
        collect(info, child, node.selectionSet, entry.fields);
      into.set(node.name.value, entry);
    } else {
      const fragment = node.kind === Kind.INLINE_FRAGMENT ? node : info.fragments[node.name.value];
      const on = fragment?.typeCondition?.name.value;
      if (fragment && (!on || on === type.name)) collect(info, type, fragment.selectionSet, into);
    }
  }
}

/** The selection under the field being resolved (every node of it, as when it is repeated). */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const into: Selection = new Map();
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return into;
  for (const node of info.fieldNodes)
    if (node.selectionSet) collect(info, type, node.selectionSet, into);
  return into;
}

const EMPTY: Selection = new Map();

/** The selection under `path` (e.g. `under(s, 'relations', 'evidence')`); empty when not selected. */
export function under(selection: Selection, ...path: string[]): Selection {
  let at = selection;
  for (const name of path) at = at.get(name)?.fields ?? EMPTY;
  return at;
}

/** Whether any field of this name is selected anywhere in the request under this field. */
export function mentions(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name || walk(s.selectionSet);
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
