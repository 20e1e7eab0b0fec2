/**
 * The answer's cache policy read from the operation, once per document, instead
 * of per resolved field (issue 13, item 4).
 *
 * Apollo's own cache control plugin asks every field, as it resolves, for its
 * `@cacheControl` hint; to do so Apollo wraps every resolver of the schema and
 * calls the plugin once per field of the answer. On a large answer (a depth-2
 * neighbourhood is thousands of fields) that is most of the GraphQL layer's
 * time. Nothing in stancegraph sets a hint at run time (`info.cacheControl` is
 * never used), so the policy depends on the operation alone: this plugin walks
 * the selection set once, applies the same rule to each field Apollo applies
 * to each resolved one, and keeps the result on the operation's node (Apollo
 * reuses the parsed document of a repeated query). Fields the operation
 * selects but the answer never reaches (under a null, inside a fragment on
 * another type, behind `@skip`) still count: the policy can only be stricter
 * than Apollo's, never looser. test/unit/operationCachePolicy.test.ts holds the
 * two to the same headers.
 *
 * The rule, per field: the hint of the type it returns (composite types),
 * then the field's own hint (an `inheritMaxAge` field keeps the type's age
 * only); a root field, or a field returning a composite type that does not
 * inherit, without an age gets the default age; the answer's policy is the
 * lowest age and the narrowest scope of all its fields. Only then, as Apollo
 * does, `Cache-Control` is written: `max-age=N, public|private` for a
 * cacheable answer without errors, else `no-store`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { CacheHint } from '../responseCache';

/** A `@cacheControl` hint as written in the schema. */
interface Annotation extends CacheHint {
  inheritMaxAge?: boolean;
}

function annotationOf(
  directives: readonly ConstDirectiveNode[] | undefined,
): Annotation | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive) return undefined;
  const arg = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const scopeArg = arg('scope');
  const scopeName = scopeArg?.kind === Kind.ENUM ? scopeArg.value : undefined;
  const scope = scopeName === 'PUBLIC' || scopeName === 'PRIVATE' ? scopeName : undefined;
  const inherit = arg('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = arg('maxAge');
  return { maxAge: maxAge?.kind === Kind.INT ? Number(maxAge.value) : undefined, scope };
}

function typeAnnotation(type: GraphQLNamedType): Annotation {
  for (const node of [type.astNode, ...(type.extensionASTNodes ?? [])]) {
    const found = annotationOf(node?.directives);
    if (found) return found;
  }
  return {};
}

const fieldAnnotation = (field: GraphQLField<unknown, unknown>): Annotation =>
  annotationOf(field.astNode?.directives) ?? {};

/** Sets what `hint` defines (Apollo's `replace`). */
function replace(into: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined) into.maxAge = hint.maxAge;
  if (hint.scope !== undefined) into.scope = hint.scope;
}

/** The lower age and the narrower scope (Apollo's `restrict`). */
function restrict(into: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined && (into.maxAge === undefined || hint.maxAge < into.maxAge)) {
    into.maxAge = hint.maxAge;
  }
  if (hint.scope !== undefined && into.scope !== 'PRIVATE') into.scope = hint.scope;
}

/** One field's policy, as Apollo's plugin computes it for a resolved field. */
function fieldPolicy(
  field: GraphQLField<unknown, unknown>,
  root: boolean,
  defaultMaxAge: number,
): CacheHint {
  const policy: CacheHint = {};
  const target = getNamedType(field.type);
  let inherit = false;
  if (isCompositeType(target)) {
    const fromType = typeAnnotation(target);
    replace(policy, fromType);
    inherit = fromType.inheritMaxAge === true;
  }
  const own = fieldAnnotation(field);
  if (own.inheritMaxAge && policy.maxAge === undefined) {
    inherit = true;
    if (own.scope) replace(policy, { scope: own.scope });
  } else {
    replace(policy, own);
  }
  if (policy.maxAge === undefined && ((isCompositeType(target) && !inherit) || root)) {
    restrict(policy, { maxAge: defaultMaxAge });
  }
  return policy;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  defaultMaxAge: number;
  policy: CacheHint;
  /** Fragments being walked (a cycle is a validation error; never loop on one). */
  open: Set<string>;
}

/** The object types a selection on `type` may meet: itself, or every type that implements it. */
const objectTypesOf = (schema: GraphQLSchema, type: GraphQLCompositeType) =>
  isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];

function walk(w: Walk, type: GraphQLCompositeType, set: SelectionSetNode, root: boolean): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue; // meta fields resolve without the schema's resolvers
      for (const object of objectTypesOf(w.schema, type)) {
        const field = object.getFields()[name];
        if (!field) continue;
        restrict(w.policy, fieldPolicy(field, root, w.defaultMaxAge));
        const target = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(target)) {
          walk(w, target, selection.selectionSet, false);
        }
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition && w.schema.getType(selection.typeCondition.name.value);
      const inner = on && isCompositeType(on) ? on : type;
      walk(w, inner, selection.selectionSet, root);
    } else {
      const name = selection.name.value;
      const fragment = w.fragments.get(name);
      if (!fragment || w.open.has(name)) continue;
      const on = w.schema.getType(fragment.typeCondition.name.value);
      if (!on || !isCompositeType(on)) continue;
      w.open.add(name);
      walk(w, on, fragment.selectionSet, root);
      w.open.delete(name);
    }
  }
}

/** The policy of an operation's answer, from its selections alone. */
export function operationCachePolicy(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  defaultMaxAge: number,
): CacheHint {
  const root = schema.getRootType(operation.operation);
  const w: Walk = { schema, fragments, defaultMaxAge, policy: {}, open: new Set() };
  if (root) walk(w, root, operation.selectionSet, true);
  return w.policy;
}

const isRestricted = (p: CacheHint) => p.maxAge !== undefined || p.scope !== undefined;

/** A `Cache-Control` value Apollo's plugin would keep: `max-age=N, public|private`, or `no-store`. */
function existingHint(header: string | undefined): CacheHint | 'uncacheable' | 'unreadable' | null {
  if (!header) return null;
  if (header === 'no-store') return 'uncacheable';
  const match = /^max-age=(\d+), (public|private)$/.exec(header);
  if (!match) return 'unreadable';
  return { maxAge: Number(match[1]), scope: match[2] === 'public' ? 'PUBLIC' : 'PRIVATE' };
}

/** Writes `Cache-Control` from the request's final policy, as Apollo's plugin does. */
function writeHeader(
  headers: { get(name: string): string | undefined; set(name: string, value: string): unknown },
  overall: CacheHint,
  hasErrors: boolean,
  single: boolean,
): void {
  const existing = existingHint(headers.get('cache-control'));
  if (existing === 'unreadable') return;
  const policy: CacheHint = {};
  replace(policy, overall);
  if (existing !== null && existing !== 'uncacheable') restrict(policy, existing);
  const cacheable = policy.maxAge !== undefined && policy.maxAge > 0 && existing !== 'uncacheable';
  if (cacheable && single && !hasErrors) {
    headers.set(
      'cache-control',
      `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}`,
    );
  } else {
    headers.set('cache-control', 'no-store');
  }
}

/**
 * Apollo's cache control, computed per operation (see the module comment). Pair it with
 * `ApolloServerPluginCacheControlDisabled()`, or Apollo adds its own per-field plugin.
 */
export function operationCachePolicyPlugin<T extends object>(options: {
  defaultMaxAge: number;
}): ApolloServerPlugin<T> {
  const kept = new WeakMap<OperationDefinitionNode, CacheHint>();
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart({ schema, operation, document, overallCachePolicy }) {
          // As Apollo's plugin: a policy some plugin fixed before execution is left as it is.
          if (isRestricted(overallCachePolicy)) return Promise.resolve();
          let policy = kept.get(operation);
          if (!policy) {
            const fragments = new Map<string, FragmentDefinitionNode>();
            for (const d of document.definitions)
              if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
            policy = operationCachePolicy(schema, operation, fragments, options.defaultMaxAge);
            kept.set(operation, policy);
          }
          overallCachePolicy.restrict(policy);
          return Promise.resolve();
        },
        willSendResponse({ response, overallCachePolicy }) {
          const single = response.body.kind === 'single';
          const errors =
            single &&
            (response.body as { singleResult: { errors?: unknown[] } }).singleResult.errors;
          writeHeader(response.http.headers, overallCachePolicy, !!errors, single);
          return Promise.resolve();
        },
      });
    },
  };
}
