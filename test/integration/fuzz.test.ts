/**
 * Fuzzing the running server (issue 4, point 9) with fast-check:
 *
 * - GraphQL operations built from the introspected schema: random selections
 *   (aliases, inline fragments on unions, nested objects), random argument
 *   values inline or as variables — right and wrong types, boundary and huge
 *   numbers, long and unicode strings, lone surrogates, injection-looking text,
 *   bad dates, unknown input fields, missing required arguments, mismatched
 *   variable types — as queries, mutations (with and without a valid key) and
 *   subscriptions sent over HTTP, sometimes with the document cut short.
 * - Random HTTP requests: methods, content types, charsets, encodings, accept
 *   and authorization headers, and bodies from random bytes to random JSON.
 *
 * Every answer must be below 500, come back within a "does not hang" bound and,
 * for GraphQL requests, be a well-formed GraphQL response (JSON with `data`
 * and/or `errors` of the right shapes, every error with a known code and none
 * INTERNAL_SERVER_ERROR, which would mean a defect). The server must stay ready.
 * Runs are bounded and seeded: FUZZ_SEED and FUZZ_RUNS override the defaults,
 * and a failure prints the seed and the shrunk counterexample.
 */
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { Graph } from '../../src/db/graph';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { silentLogger } from '../harness/api';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import { HEADERS, TEST_KEYS } from '../harness/keys';

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** "Does not hang": no single answer may take longer, even on a busy machine. */
const HANG_MS = 15_000;

jest.setTimeout(300_000);

let graph: Graph;
let server: RunningServer;
let schema: GraphQLSchema;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  server = await startServer(
    { graph, logger: silentLogger(), production: false, apiKeys: TEST_KEYS, changePollMs: 0 },
    '127.0.0.1',
    0,
  );
  const introspection = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await introspection.json()) as { data: IntrospectionQuery };
  schema = buildClientSchema(data);
  process.stderr.write(`fuzz: seed ${SEED}, ${RUNS} runs per property (FUZZ_SEED, FUZZ_RUNS)\n`);
});

afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

// ---------------------------------------------------------------- what a good answer looks like

/** Every code a client may see: src/graphql/errors.ts, and Apollo's own for HTTP-level problems. */
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with an answer to a GraphQL request; empty when it is well-formed. */
function problemsOf(status: number, contentType: string, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (!/application\/(graphql-response\+)?json/.test(contentType)) {
    return [
      ...problems,
      `content-type ${contentType || '(none)'}, not JSON: ${text.slice(0, 200)}`,
    ];
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, `body is not JSON: ${text.slice(0, 200)}`];
  }
  if (!isObject(body)) return [...problems, `body is not an object: ${text.slice(0, 200)}`];
  for (const key of Object.keys(body)) {
    if (!['data', 'errors', 'extensions'].includes(key)) problems.push(`unexpected key ${key}`);
  }
  if (!('data' in body) && !('errors' in body)) problems.push('neither data nor errors');
  if ('data' in body && body.data !== null && !isObject(body.data))
    problems.push('data is not an object');
  if ('errors' in body) {
    const errors = body.errors;
    if (!Array.isArray(errors) || errors.length === 0) {
      problems.push('errors is not a non-empty list');
    } else {
      for (const error of errors as unknown[]) {
        if (!isObject(error) || typeof error.message !== 'string') {
          problems.push(`malformed error ${JSON.stringify(error)}`);
          continue;
        }
        const { locations, path, extensions } = error;
        if (
          locations !== undefined &&
          !(
            Array.isArray(locations) &&
            locations.every(
              (l) => isObject(l) && Number.isInteger(l.line) && Number.isInteger(l.column),
            )
          )
        ) {
          problems.push(`malformed locations ${JSON.stringify(locations)}`);
        }
        if (
          path !== undefined &&
          !(Array.isArray(path) && path.every((p) => typeof p === 'string' || Number.isInteger(p)))
        ) {
          problems.push(`malformed path ${JSON.stringify(path)}`);
        }
        const code = isObject(extensions) ? extensions.code : undefined;
        if (typeof code !== 'string' || !KNOWN_CODES.has(code)) {
          problems.push(`error code ${String(code)}: ${error.message.slice(0, 300)}`);
        }
      }
    }
  }
  if (!('data' in body) && status === 200 && !('errors' in body)) problems.push('empty 200');
  return problems;
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send(path: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(new URL(path, server.url), {
    ...init,
    signal: AbortSignal.timeout(HANG_MS),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

async function stillReady(): Promise<void> {
  expect(server.httpServer.listening).toBe(true);
  expect((await send('/health', {})).status).toBe(200);
  expect((await send('/ready', {})).status).toBe(200);
  const answer = await send('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ actors(first: 1) { totalCount } relationTypes { type } }' }),
  });
  expect(answer.status).toBe(200);
  const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data).toBeDefined();
}

// ---------------------------------------------------------------- values

/** An enum value: unquoted in a document, a string in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}
type Value = null | boolean | number | string | EnumValue | Value[] | { [key: string]: Value };

function literal(value: Value): string {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  // JSON string escapes are GraphQL string escapes; lone surrogates come out as \udXXX.
  return JSON.stringify(value);
}

function json(value: Value): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(json);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
  }
  return value;
}

const IDS = [
  'trump',
  'zelensky',
  'putin',
  'hegseth',
  'nato',
  'ukraine-nato-membership',
  'ending-the-war',
  'trump-putin-call-2025-02',
  'rel-trump-called-zelensky',
  'stance-hegseth-ukraine-nato-membership',
  '',
  'no-such-id',
  'TRUMP',
  'Zelenskyy',
  '../../etc/passwd',
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '$param',
  'nato AND (peace OR war)',
  '*',
  'peace~2',
  '"unterminated',
  '\\',
  '\u0000',
  '💥🇺🇦',
  'e\u0301',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const longText = fc
  .tuple(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
    fc.integer({ min: 500, max: 20_000 }),
  )
  .map(([s, n]) => s.repeat(n).slice(0, 60_000));
const manyWords = fc
  .integer({ min: 100, max: 3_000 })
  .map((n) => Array.from({ length: n }, (_, i) => `w${i}`).join(' '));

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...IDS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.string({ maxLength: 5 }), loneSurrogate).map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: longText },
  { weight: 1, arbitrary: manyWords },
);

const int: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 120 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      1,
      -1,
      6,
      7,
      100,
      101,
      500,
      501,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31) - 1,
      Number.MAX_SAFE_INTEGER,
      1e21,
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
);

const float: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 1, 0.5, -0.0001, 1.0001, -1, 1e-300, 1e300, -0) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: int },
);

const date: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '2025-02-13',
    '2025-01-01',
    '1900-01-01',
    '9999-12-31',
    '0000-00-00',
    '2025-02-30',
    '2025-13-01',
    '2025-2-3',
    'yesterday',
    '',
    '2025-02-13T09:30:00Z',
  ),
  fc
    .date({ noInvalidDate: true, min: new Date(-1e14), max: new Date(1e14) })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

const wrong: fc.Arbitrary<Value> = fc.oneof<fc.Arbitrary<Value>[]>(
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.constant<Value>({}),
  fc.constant<Value>([]),
  fc.constant<Value>({ bogus: 1 }),
  fc.constantFrom(new EnumValue('BOGUS'), new EnumValue('true'), new EnumValue('null')),
);

const valueCache = new Map<string, fc.Arbitrary<Value>>();

/** Ids that exist in the demo corpus. */
const REAL_IDS = IDS.slice(0, 10);

/**
 * Scalar values. A "wild" operation gets anything; a sane one gets values a
 * client could mean, so that some operations get through validation and run.
 */
function scalarArb(name: string, wild: boolean): fc.Arbitrary<Value> {
  if (!wild) {
    switch (name) {
      case 'Int':
        return fc.integer({ min: 1, max: 10 });
      case 'Float':
        return fc.double({ min: 0, max: 1, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return fc.constantFrom('2025-01-01', '2025-02-13', '2024-06-30');
      case 'DateTime':
        return fc.constantFrom('2025-02-13T09:30:00.000Z');
      default:
        return fc.oneof(
          fc.constantFrom(...REAL_IDS, 'nato', 'peace talks'),
          fc.string({ maxLength: 8 }),
        );
    }
  }
  switch (name) {
    case 'Int':
      return int;
    case 'Float':
      return float;
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: int });
    case 'Date':
    case 'DateTime':
      return date;
    default:
      return text;
  }
}

/** Values for an input type: the right shape, and for a wild operation sometimes anything at all. */
function valueArb(type: GraphQLInputType, wild: boolean, depth = 0): fc.Arbitrary<Value> {
  if (!wild) return rightValueArb(type, wild, depth);
  return fc.oneof(
    { weight: 9, arbitrary: rightValueArb(type, wild, depth) },
    { weight: 1, arbitrary: wrong },
  );
}

function rightValueArb(type: GraphQLInputType, wild: boolean, depth: number): fc.Arbitrary<Value> {
  if (isNonNullType(type)) return rightValueArb(type.ofType, wild, depth);
  if (isListType(type)) {
    if (depth > 3) return fc.constant([]);
    const item = valueArb(type.ofType, wild, depth + 1);
    // A single value where a list is expected is coerced to a list of one.
    return fc.oneof(fc.array(item, { maxLength: 4 }), item);
  }
  if (isEnumType(type))
    return fc.constantFrom(...type.getValues().map((v) => new EnumValue(v.name)));
  if (isInputObjectType(type)) {
    const key = `${type.name}:${wild}`;
    const cached = valueCache.get(key);
    if (cached) return cached;
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((f) => [f.name, valueArb(f.type, wild, depth + 1)]),
    );
    const required = fields.filter(isRequiredInputField).map((f) => f.name);
    const arb = !wild
      ? fc.record(model, { requiredKeys: required })
      : fc
          .tuple(
            fc.oneof(
              { weight: 4, arbitrary: fc.record(model, { requiredKeys: required }) },
              { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
            ),
            fc.option(fc.constantFrom('bogusField', '__proto__', 'constructor'), { freq: 10 }),
          )
          .map(([record, extra]) => (extra === null ? record : { ...record, [extra]: 1 }) as Value);
    valueCache.set(key, arb);
    return arb;
  }
  return scalarArb(type.name, wild);
}

// ---------------------------------------------------------------- operations

interface Arg {
  name: string;
  type: string;
  value: Value;
  asVariable: boolean;
  /** Declares the variable with this type instead of the argument's. */
  wrongVariableType: string | null;
  /** Declares the variable but sends no value for it. */
  omitValue: boolean;
}

interface Field {
  kind: 'field';
  alias: string | null;
  name: string;
  args: Arg[];
  selection: Selection[] | null;
}

interface Fragment {
  kind: 'fragment';
  on: string;
  selection: Selection[];
}

type Selection = Field | Fragment;

const TYPENAME: Field = {
  kind: 'field',
  alias: null,
  name: '__typename',
  args: [],
  selection: null,
};
const MAX_DEPTH = 4;

function argArb(arg: GraphQLArgument, wild: boolean): fc.Arbitrary<Arg> {
  return fc
    .record({
      value: valueArb(arg.type, wild),
      asVariable: fc.boolean(),
      wrongVariableType: wild
        ? fc.option(fc.constantFrom('String', 'Int!', '[ID]', 'Boolean!', 'Nonsense'), {
            freq: 12,
          })
        : fc.constant(null),
      omitValue: wild ? fc.integer({ min: 0, max: 24 }).map((n) => n === 0) : fc.constant(false),
    })
    .map((r): Arg => ({ name: arg.name, type: String(arg.type), ...r }));
}

function fieldArb(
  field: GraphQLField<unknown, unknown>,
  depth: number,
  wild: boolean,
): fc.Arbitrary<Field> {
  const args = fc.tuple(
    ...field.args.map((a) =>
      !wild && isRequiredArgument(a)
        ? argArb(a, wild)
        : fc.option(argArb(a, wild), { nil: undefined, freq: isRequiredArgument(a) ? 15 : 2 }),
    ),
  );
  const named = getNamedType(field.type);
  const selection: fc.Arbitrary<Selection[] | null> = isLeafType(named)
    ? fc.constant(null)
    : selectionArb(named, depth + 1, wild);
  const alias = wild ? fc.option(fc.constantFrom('a', 'b', 'x1'), { freq: 6 }) : fc.constant(null);
  return fc.tuple(alias, args, selection).map(([alias, chosen, sel]) => ({
    kind: 'field',
    alias,
    name: field.name,
    args: chosen.filter((a): a is Arg => a !== undefined),
    selection: sel,
  }));
}

const selectionCache = new Map<string, fc.Arbitrary<Selection[]>>();

function selectionArb(
  type: GraphQLNamedType,
  depth: number,
  wild: boolean,
): fc.Arbitrary<Selection[]> {
  const key = `${type.name}@${depth}:${wild}`;
  const cached = selectionCache.get(key);
  if (cached) return cached;
  let arb: fc.Arbitrary<Selection[]>;
  if (isUnionType(type)) {
    arb = fc
      .subarray([...type.getTypes()], { minLength: 1 })
      .chain((members) =>
        fc.tuple(
          ...members.map((m) =>
            selectionArb(m, depth + 1, wild).map((selection): Selection => ({
              kind: 'fragment',
              on: m.name,
              selection,
            })),
          ),
        ),
      )
      .map((fragments) => [TYPENAME, ...fragments]);
  } else if (isObjectType(type) || isInterfaceType(type)) {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0);
    if (depth >= MAX_DEPTH) {
      arb =
        leaves.length > 0
          ? fc.subarray(leaves, { minLength: 1, maxLength: Math.min(2, leaves.length) }).map((fs) =>
              fs.map((f): Selection => ({
                kind: 'field',
                alias: null,
                name: f.name,
                args: [],
                selection: null,
              })),
            )
          : fc.constant([TYPENAME]);
    } else {
      arb = fc
        .subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
        .chain((chosen) => fc.tuple(...chosen.map((f) => fieldArb(f, depth, wild))))
        .chain((selected) =>
          fc.boolean().map((typename) => (typename ? [...selected, TYPENAME] : selected)),
        );
    }
  } else {
    arb = fc.constant([TYPENAME]);
  }
  selectionCache.set(key, arb);
  return arb;
}

interface Operation {
  /** Anything goes; otherwise values a client could mean (which may still be refused). */
  wild: boolean;
  kind: 'query' | 'mutation' | 'subscription';
  selection: Selection[];
  /** Cut the document short at this fraction of its length (a parse error), or not. */
  cutAt: number | null;
  authorization: string | null;
  operationName: string | null;
}

type Root = [Operation['kind'], Selection[]];

function rootsArb(wild: boolean): fc.Arbitrary<Root> {
  const roots: Array<{ weight: number; arbitrary: fc.Arbitrary<Root> }> = [];
  const add = (
    kind: Operation['kind'],
    type: GraphQLObjectType | null | undefined,
    weight: number,
  ) => {
    if (type && weight > 0) {
      roots.push({
        weight,
        arbitrary: selectionArb(type, 0, wild).map((s): Root => [kind, s]),
      });
    }
  };
  add('query', schema.getQueryType(), 12);
  add('mutation', schema.getMutationType(), wild ? 4 : 3);
  add('subscription', schema.getSubscriptionType(), wild ? 1 : 0);
  return fc.oneof(...roots);
}

const WILD_AUTHORIZATION = [
  null,
  HEADERS.valid,
  HEADERS.wrong,
  HEADERS.expired,
  HEADERS.malformed,
  'Bearer ',
  'Bearer \u00e9\u00ff',
];

function operationArb(): fc.Arbitrary<Operation> {
  const sane = rootsArb(false).chain(([kind, selection]) =>
    fc.option(fc.constant('Fuzz'), { freq: 3 }).map((operationName): Operation => ({
      wild: false,
      kind,
      selection,
      cutAt: null,
      authorization: kind === 'mutation' ? HEADERS.valid : null,
      operationName,
    })),
  );
  const wild = fc
    .tuple(
      rootsArb(true),
      fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 12 }),
      fc.constantFrom(...WILD_AUTHORIZATION),
      fc.option(fc.constantFrom('Fuzz', 'Other'), { freq: 8 }),
    )
    .map(([[kind, selection], cutAt, authorization, operationName]): Operation => ({
      wild: true,
      kind,
      selection,
      cutAt,
      authorization,
      operationName,
    }));
  return fc.oneof({ weight: 1, arbitrary: sane }, { weight: 1, arbitrary: wild });
}

function render(op: Operation): {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
} {
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  let n = 0;
  const renderArg = (arg: Arg): string => {
    if (!arg.asVariable) return `${arg.name}: ${literal(arg.value)}`;
    const name = `v${n++}`;
    declarations.push(`$${name}: ${arg.wrongVariableType ?? arg.type}`);
    if (!arg.omitValue) variables[name] = json(arg.value);
    return `${arg.name}: $${name}`;
  };
  const renderSelection = (selection: Selection[]): string =>
    `{ ${selection
      .map((s) =>
        s.kind === 'fragment'
          ? `... on ${s.on} ${renderSelection(s.selection)}`
          : `${s.alias ? `${s.alias}: ` : ''}${s.name}${
              s.args.length > 0 ? `(${s.args.map(renderArg).join(', ')})` : ''
            }${s.selection ? ` ${renderSelection(s.selection)}` : ''}`,
      )
      .join(' ')} }`;
  const body = renderSelection(op.selection);
  const header = `${op.kind} Fuzz${declarations.length > 0 ? `(${declarations.join(', ')})` : ''}`;
  let query = `${header} ${body}`;
  if (op.cutAt !== null) query = query.slice(0, Math.floor(query.length * op.cutAt));
  return {
    query,
    variables,
    ...(op.operationName !== null ? { operationName: op.operationName } : {}),
  };
}

// ---------------------------------------------------------------- properties

describe('fuzzing GraphQL operations built from the schema', () => {
  it('never 5xx, never a malformed answer, never INTERNAL_SERVER_ERROR; stays ready', async () => {
    const seen = { data: 0, errors: 0, wild: 0 };
    await fc.assert(
      fc.asyncProperty(operationArb(), fc.boolean(), async (op, strictAccept) => {
        const request = render(op);
        const answer = await send('/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: strictAccept ? 'application/graphql-response+json' : 'application/json',
            ...(op.authorization !== null ? { authorization: op.authorization } : {}),
          },
          body: JSON.stringify(request),
        });
        const problems = problemsOf(answer.status, answer.contentType, answer.text);
        if (problems.length > 0) {
          throw new Error(
            `${problems.join('\n')}\nrequest: ${JSON.stringify(request).slice(0, 2000)}\nanswer: HTTP ${answer.status} ${answer.text.slice(0, 1000)}`,
          );
        }
        const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown };
        if (op.wild) seen.wild++;
        if (body.errors) seen.errors++;
        else seen.data++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    process.stderr.write(
      `fuzz: ${seen.wild} wild and ${RUNS - seen.wild} sane operations; ${seen.data} answered with data only, ${seen.errors} with errors\n`,
    );
    // The generator is not so wild that nothing gets through validation.
    expect(seen.data).toBeGreaterThan(RUNS / 20);
    await stillReady();
  });
});

const METHODS = ['GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=bogus',
  'application/graphql',
  'application/graphql-response+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'garbage',
  '',
];
const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
  '*/*',
  'text/event-stream',
  'multipart/mixed; subscriptionSpec="1.0", application/json',
  'image/png',
  '',
];
const printable = fc
  .string({ unit: 'binary-ascii', maxLength: 60 })
  .map((s) => s.replace(/[^\x20-\x7e]/g, ''));

const bodyArb: fc.Arbitrary<string | Uint8Array | null> = fc.oneof(
  fc.constant(null),
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.json({ maxDepth: 3 }),
  fc
    .record(
      {
        query: fc.oneof(
          fc.constantFrom(
            '{ __typename }',
            '{ actor(id: "trump") { id } }',
            'query Q { topics { id } }',
            '{',
            '',
          ),
          fc.anything({ maxDepth: 2 }),
        ),
        variables: fc.anything({ maxDepth: 2 }),
        operationName: fc.anything({ maxDepth: 1 }),
        extensions: fc.oneof(
          fc.anything({ maxDepth: 2 }),
          fc.constant({ persistedQuery: { version: 1, sha256Hash: 'abc' } }),
        ),
      },
      { requiredKeys: [] },
    )
    .map((r) => JSON.stringify(r) ?? 'null'),
  fc.constant(`{"query":"{ __typename }","pad":"${'x'.repeat(1_100_000)}"}`),
  fc.constant('[{"query":"{ __typename }"},{"query":"{ topics { id } }"}]'),
  fc.constant('{"query":"{ __typename }"'),
);

const pathArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant('/graphql') },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          '{ __typename }',
          'mutation { addAlias(actorId: "trump", alias: "x") { id } }',
          '{',
          '',
        ),
        fc.option(fc.json({ maxDepth: 2 }), { freq: 2 }),
      )
      .map(
        ([query, variables]) =>
          `/graphql?query=${encodeURIComponent(query)}${variables !== null ? `&variables=${encodeURIComponent(variables)}` : ''}`,
      ),
  },
  { weight: 1, arbitrary: printable.map((s) => `/graphql?${encodeURI(s)}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('/graphql/', '/graphql/../ready', '/graphql%00', '/GRAPHQL'),
  },
);

describe('fuzzing HTTP requests to /graphql', () => {
  it('never 5xx, and GraphQL answers are well-formed; stays ready', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHODS),
        pathArb,
        fc.constantFrom(...CONTENT_TYPES),
        fc.constantFrom(...ACCEPTS),
        bodyArb,
        fc.record(
          {
            authorization: fc.oneof(
              printable,
              fc.constantFrom(HEADERS.valid, HEADERS.wrong, 'Bearer', 'Basic x'),
            ),
            'x-request-id': printable,
            'apollo-require-preflight': fc.constant('true'),
            'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'bogus'),
          },
          { requiredKeys: [] },
        ),
        async (method, path, contentType, accept, body, headers) => {
          const withBody = method !== 'GET' && method !== 'HEAD' && body !== null;
          const answer = await send(path, {
            method,
            headers: {
              ...(contentType ? { 'content-type': contentType } : {}),
              ...(accept ? { accept } : {}),
              ...headers,
            },
            ...(withBody ? { body } : {}),
          });
          const request = `${method} ${path.slice(0, 200)} content-type=${contentType} accept=${accept} headers=${JSON.stringify(headers)} body=${
            body === null
              ? 'none'
              : typeof body === 'string'
                ? body.slice(0, 300)
                : `${body.length} bytes`
          }`;
          if (answer.status >= 500) {
            throw new Error(`HTTP ${answer.status} for ${request}\n${answer.text.slice(0, 1000)}`);
          }
          // GET and POST on /graphql answer in GraphQL's shape (HEAD and OPTIONS carry no body;
          // other methods and paths are refused by Apollo or Express with a 4xx).
          const graphqlPath = /^\/graphql(\?|$)/.test(path);
          if (graphqlPath && (method === 'POST' || method === 'GET')) {
            const problems = problemsOf(answer.status, answer.contentType, answer.text);
            if (problems.length > 0) {
              throw new Error(
                `${problems.join('\n')}\nfor ${request}\nanswer: HTTP ${answer.status} ${answer.text.slice(0, 500)}`,
              );
            }
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    await stillReady();
  });
});
