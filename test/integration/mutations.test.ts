/**
 * Curation mutations through the real request path, in process: the Apollo
 * server the app builds, with each operation's context built as the server
 * builds it from an Authorization header, against the demo corpus in a real
 * Neo4j. Every mutation needs a valid key, is validated by the loader's rules,
 * and leaves the graph exactly as it was when it is refused. Inputs refused
 * before any Cypher runs are in test/unit/mutations.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { dumpGraph, graphVersion, read } from '../../src/store';
import { createContext, type Context } from '../../src/graphql/context';
import { createApollo } from '../../src/graphql/server';
import { silentLogger, type Result, type Variables } from '../harness/api';
import { clearGraph, DEMO_DATA, loadDemo, openTestGraph } from '../harness/graph';
import { CAROL_DISPLAY_NAME, EXPIRED_ON, HEADERS, TEST_KEYS, testKeyRing } from '../harness/keys';

const DOC = 'trump-putin-call-2025-02';
const TEXT = readFileSync(join(DEMO_DATA, 'documents', `${DOC}.txt`), 'utf8');
/** Occurs once in the demo text, at code points 181–240. */
const QUOTE = 'Both leaders agreed to initiate negotiations without delay.';
const QUOTE_AT = { start: 181, end: 240 };

let graph: Graph;
let apollo: ApolloServer<Context>;
const keyRing = testKeyRing();
let requests = 0;

beforeAll(async () => {
  graph = await openTestGraph();
  apollo = createApollo({ graph, logger: silentLogger(), production: false, apiKeys: TEST_KEYS });
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await graph?.close();
});
beforeEach(async () => {
  await clearGraph(graph);
  await loadDemo(graph);
});

/** One operation as one HTTP request with this Authorization header. */
async function send<T = Record<string, unknown>>(
  query: DocumentNode,
  variables: Variables = {},
  /** null: no Authorization header at all. */
  authorization: string | null = HEADERS.valid,
  server: ApolloServer<Context> = apollo,
): Promise<Result<T>> {
  const response = await server.executeOperation<T>(
    { query, variables },
    {
      contextValue: createContext(graph, `mutation-test-${++requests}`, {
        auth: keyRing.authenticate(authorization),
      }),
    },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  // As a client sees it: JSON (so DateTime values are strings).
  const { data, errors } = JSON.parse(JSON.stringify(response.body.singleResult)) as Result<T>;
  return { data, errors };
}

function ok<T>(result: Result<T>): T {
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.data as T;
}

function failed<T>(result: Result<T>, code: string): GraphQLFormattedError {
  const error = result.errors?.find((e) => e.extensions?.code === code);
  if (!error) throw new Error(`expected ${code}, got ${JSON.stringify(result, null, 2)}`);
  return error;
}

async function version(): Promise<number> {
  const [row] = await read(graph, graphVersion, {});
  return Number(row?.version ?? 0);
}

// ---------------------------------------------------------------- operations

const UPSERT_ACTOR = gql`
  mutation UpsertActor($input: ActorInput!) {
    upsertActor(input: $input) {
      id
      name
      kind
      aliases
      wikidataId
    }
  }
`;
const ADD_ALIAS = gql`
  mutation AddAlias($actorId: ID!, $alias: String!) {
    addAlias(actorId: $actorId, alias: $alias) {
      id
      aliases
    }
  }
`;
const ADD_DOCUMENT = gql`
  mutation AddDocument($input: DocumentInput!) {
    addDocument(input: $input) {
      id
      title
      publishedAt
      text
    }
  }
`;
const ASSERT_RELATION = gql`
  mutation AssertRelation($input: RelationInput!) {
    assertRelation(input: $input) {
      id
      type
      polarity
      confidence
      method
      details
      source {
        id
      }
      target {
        id
      }
      evidence {
        quote
        start
        end
        document {
          id
        }
      }
      retraction {
        at
      }
    }
  }
`;
const ASSERT_STANCE = gql`
  mutation AssertStance($input: StanceInput!) {
    assertStance(input: $input) {
      id
      position
      actor {
        id
      }
      topic {
        id
      }
      evidence {
        quote
        start
        end
      }
    }
  }
`;
const RETRACT_RELATION = gql`
  mutation RetractRelation($id: ID!, $reason: String!) {
    retractRelation(id: $id, reason: $reason) {
      id
      retraction {
        at
        by
        reason
      }
    }
  }
`;
const RETRACT_STANCE = gql`
  mutation RetractStance($id: ID!, $reason: String!) {
    retractStance(id: $id, reason: $reason) {
      id
      retraction {
        at
        by
        reason
      }
    }
  }
`;

// The same three mutations with `input` (the conventional form) or the deprecated flat arguments.
const ADD_ALIAS_ANY_FORM = gql`
  mutation AddAliasAnyForm($input: AddAliasInput, $actorId: ID, $alias: String) {
    addAlias(input: $input, actorId: $actorId, alias: $alias) {
      id
      aliases
    }
  }
`;
const RETRACT_RELATION_ANY_FORM = gql`
  mutation RetractRelationAnyForm($input: RetractInput, $id: ID, $reason: String) {
    retractRelation(input: $input, id: $id, reason: $reason) {
      id
      retraction {
        by
        reason
      }
    }
  }
`;
const RETRACT_STANCE_ANY_FORM = gql`
  mutation RetractStanceAnyForm($input: RetractInput, $id: ID, $reason: String) {
    retractStance(input: $input, id: $id, reason: $reason) {
      id
      retraction {
        by
        reason
      }
    }
  }
`;

const RELATIONS_OF = gql`
  query RelationsOf($id: ID!) {
    actor(id: $id) {
      relations {
        id
      }
      stances {
        id
      }
    }
  }
`;
const RELATION_BY_ID = gql`
  query RelationById($id: ID!) {
    relation(id: $id) {
      id
      effectiveDate
      retraction {
        at
        by
        reason
      }
    }
  }
`;
const STANCE_BY_ID = gql`
  query StanceById($id: ID!) {
    stance(id: $id) {
      id
      retraction {
        at
        by
        reason
      }
    }
  }
`;

async function idsAround(actorId: string): Promise<{ relations: string[]; stances: string[] }> {
  const data = ok(
    await send<{ actor: { relations: { id: string }[]; stances: { id: string }[] } }>(
      RELATIONS_OF,
      { id: actorId },
      null,
    ),
  );
  return {
    relations: data.actor.relations.map((r) => r.id),
    stances: data.actor.stances.map((s) => s.id),
  };
}

const relationInput = (overrides: Record<string, unknown> = {}) => ({
  type: 'AGREES_WITH',
  sourceId: 'putin',
  targetId: 'zelensky',
  polarity: 'POSITIVE',
  confidence: 0.5,
  evidence: [{ documentId: DOC, quote: QUOTE, ...QUOTE_AT }],
  ...overrides,
});

const stanceInput = (overrides: Record<string, unknown> = {}) => ({
  actorId: 'vance',
  topicId: 'ending-the-war',
  position: 'SUPPORTS',
  polarity: 'POSITIVE',
  confidence: 0.6,
  evidence: [{ documentId: DOC, quote: QUOTE }],
  ...overrides,
});

interface MutationCase {
  name: string;
  query: DocumentNode;
  variables: Variables;
  /** Checks, with a following query, that the write is visible. */
  visible(data: Record<string, { id: string }>): Promise<void>;
}

const MUTATIONS: MutationCase[] = [
  {
    name: 'upsertActor',
    query: UPSERT_ACTOR,
    variables: {
      input: { id: 'macron', name: 'Emmanuel Macron', kind: 'PERSON', aliases: ['Macron'] },
    },
    async visible() {
      const found = ok(
        await send<{ actor: { id: string } | null }>(
          gql`
            query MacronByName {
              actor(name: "macron") {
                id
              }
            }
          `,
          {},
          null,
        ),
      );
      expect(found.actor?.id).toBe('macron');
    },
  },
  {
    name: 'addAlias',
    query: ADD_ALIAS,
    variables: { actorId: 'trump', alias: 'The Donald' },
    async visible() {
      const found = ok(
        await send<{ actor: { id: string; aliases: string[] } | null }>(
          gql`
            query TheDonaldByName {
              actor(name: "the donald") {
                id
                aliases
              }
            }
          `,
          {},
          null,
        ),
      );
      expect(found.actor?.id).toBe('trump');
      expect(found.actor?.aliases).toContain('The Donald');
    },
  },
  {
    name: 'addDocument',
    query: ADD_DOCUMENT,
    variables: {
      input: {
        id: 'follow-up-2025-02-14',
        title: 'A follow-up',
        publishedAt: '2025-02-14',
        text: 'Putin praised Trump again.',
      },
    },
    async visible() {
      const found = ok(
        await send<{ document: { title: string } | null }>(
          gql`
            query FollowUpDocument {
              document(id: "follow-up-2025-02-14") {
                title
              }
            }
          `,
          {},
          null,
        ),
      );
      expect(found.document?.title).toBe('A follow-up');
    },
  },
  {
    name: 'assertRelation',
    query: ASSERT_RELATION,
    variables: { input: relationInput() },
    async visible(data) {
      const id = data.assertRelation?.id ?? '';
      expect((await idsAround('zelensky')).relations).toContain(id);
    },
  },
  {
    name: 'assertStance',
    query: ASSERT_STANCE,
    variables: { input: stanceInput() },
    async visible(data) {
      const id = data.assertStance?.id ?? '';
      expect((await idsAround('vance')).stances).toContain(id);
    },
  },
  {
    name: 'retractRelation',
    query: RETRACT_RELATION,
    variables: { id: 'rel-trump-called-zelensky', reason: 'the call is reported second-hand' },
    async visible() {
      expect((await idsAround('trump')).relations).not.toContain('rel-trump-called-zelensky');
    },
  },
  {
    name: 'retractStance',
    query: RETRACT_STANCE,
    variables: { id: 'stance-hegseth-ukraine-nato-membership', reason: 'hedged' },
    async visible() {
      expect((await idsAround('hegseth')).stances).not.toContain(
        'stance-hegseth-ukraine-nato-membership',
      );
    },
  },
  {
    name: 'addAlias(input:)',
    query: ADD_ALIAS_ANY_FORM,
    variables: { input: { actorId: 'trump', alias: 'The Donald' } },
    async visible() {
      const found = ok(
        await send<{ actor: { id: string } | null }>(
          gql`
            query TheDonaldAgainByName {
              actor(name: "the donald") {
                id
              }
            }
          `,
          {},
          null,
        ),
      );
      expect(found.actor?.id).toBe('trump');
    },
  },
  {
    name: 'retractRelation(input:)',
    query: RETRACT_RELATION_ANY_FORM,
    variables: { input: { id: 'rel-trump-called-zelensky', reason: 'second-hand' } },
    async visible() {
      expect((await idsAround('trump')).relations).not.toContain('rel-trump-called-zelensky');
    },
  },
  {
    name: 'retractStance(input:)',
    query: RETRACT_STANCE_ANY_FORM,
    variables: { input: { id: 'stance-hegseth-ukraine-nato-membership', reason: 'hedged' } },
    async visible() {
      expect((await idsAround('hegseth')).stances).not.toContain(
        'stance-hegseth-ukraine-nato-membership',
      );
    },
  },
];

// ---------------------------------------------------------------- keys

describe.each(MUTATIONS)('$name', (mutation) => {
  const { query, variables } = mutation;
  it.each([
    ['no key', 'MISSING', null, 'send Authorization: Bearer <key>'],
    ['a wrong key', 'UNKNOWN', HEADERS.wrong, 'key not recognised'],
    ['an expired key', 'EXPIRED', HEADERS.expired, EXPIRED_ON],
    ['a malformed header', 'MALFORMED', HEADERS.malformed, 'Bearer <key>'],
  ])('with %s: UNAUTHENTICATED (%s), nothing written', async (_, reason, header, says) => {
    const before = await dumpGraph(graph);
    const result = await send(query, variables, header);
    const error = failed(result, 'UNAUTHENTICATED');
    expect(error.extensions?.reason).toBe(reason);
    expect(error.message).toContain(says);
    expect(JSON.stringify(result)).not.toContain('test-key');
    expect(result.data ?? null).toBeNull();
    expect(await dumpGraph(graph)).toBe(before);
  });

  it('with a valid key: written, visible to a following query, and the version moves', async () => {
    const before = await version();
    const data = ok(await send<Record<string, { id: string }>>(query, variables));
    await mutation.visible(data);
    expect(await version()).toBe(before + 1);
  });
});

// ---------------------------------------------------------------- validation

describe('assertRelation is validated by the loader’s rules, and a refusal writes nothing', () => {
  const evidence = (e: Record<string, unknown>) => [{ documentId: DOC, quote: QUOTE, ...e }];
  const cases: Array<[string, Record<string, unknown>, string, ...(string | RegExp)[]]> = [
    [
      'an unknown actor',
      { targetId: 'zelenskyy' },
      'input.targetId',
      'unknown actor "zelenskyy"',
      'upsertActor',
    ],
    [
      'a quote that is not in the text',
      { evidence: evidence({ quote: 'Both leaders agreed to talk.', start: 181, end: 209 }) },
      'input.evidence[0].quote',
      'not found verbatim',
    ],
    [
      'a quote at the wrong offsets (the right ones are suggested)',
      { evidence: evidence({ start: 180, end: 239 }) },
      'input.evidence[0].start',
      'set start: 181, end: 240',
    ],
    [
      'a quote given without offsets that occurs more than once',
      { evidence: [{ documentId: DOC, quote: 'Putin' }] },
      'input.evidence[0].quote',
      'occurs 4 times',
      /start: \d+, end: \d+; start: \d+, end: \d+/,
      'give start and end',
    ],
    [
      'a quote given without offsets that is not in the text',
      { evidence: [{ documentId: DOC, quote: 'Putin called Zelensky.' }] },
      'input.evidence[0].quote',
      'not found verbatim',
    ],
    [
      'start without end',
      { evidence: [{ documentId: DOC, quote: QUOTE, start: 181 }] },
      'input.evidence[0].end',
      'give start and end together',
    ],
    [
      'an unknown document',
      { evidence: [{ documentId: 'no-such-document', quote: QUOTE }] },
      'input.evidence[0].documentId',
      'unknown document "no-such-document"',
      'addDocument',
    ],
    ['a confidence above 1', { confidence: 1.5 }, 'input.confidence', 'between 0 and 1'],
    ['details that are not JSON', { details: '{duration: 90' }, 'input.details', 'not valid JSON'],
    ['details that are not an object', { details: '[90]' }, 'input.details', 'expected record'],
    [
      'a detailsObject holding an object',
      { detailsObject: { venue: { city: 'Riyadh' } } },
      'input.detailsObject.venue',
    ],
    [
      'details given both ways',
      { details: '{"durationMinutes": 90}', detailsObject: { durationMinutes: 90 } },
      'input.details',
      'is deprecated and `input.detailsObject` replaces it',
    ],
    ['one actor at both ends', { targetId: 'putin' }, 'input.targetId', 'two different actors'],
    ['an id that is not a slug', { id: 'Not A Slug' }, 'input.id', 'must be a slug'],
    ['no evidence', { evidence: [] }, 'input.evidence', 'at least one evidence quote'],
  ];

  it.each(cases)('refuses %s', async (_, overrides, path, ...says) => {
    const before = await dumpGraph(graph);
    const versionBefore = await version();
    const result = await send(ASSERT_RELATION, { input: relationInput(overrides) });
    const error = failed(result, 'BAD_USER_INPUT');
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    for (const part of says) {
      if (typeof part === 'string') expect(error.message).toContain(part);
      else expect(error.message).toMatch(part);
    }
    const problems = error.extensions?.problems as Array<{ path: string; message: string }>;
    expect(problems.map((p) => p.path)).toContain(path);
    expect(await dumpGraph(graph)).toBe(before);
    expect(await version()).toBe(versionBefore);
  });

  it('lists every problem of one pass in extensions.problems (shapes before references, as the loader)', async () => {
    const result = await send(ASSERT_RELATION, {
      input: relationInput({
        sourceId: 'nobody',
        confidence: -1,
        evidence: [{ documentId: DOC, quote: 'not in the text at all' }],
      }),
    });
    const problems = failed(result, 'BAD_USER_INPUT').extensions?.problems as Array<{
      path: string;
    }>;
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['input.confidence', 'input.evidence[0].quote'].sort(),
    );
  });

  it('finds left-out offsets where the quote occurs once, counting code points', async () => {
    const data = ok(
      await send<{ assertRelation: { evidence: Array<{ start: number; end: number }> } }>(
        ASSERT_RELATION,
        { input: relationInput({ evidence: [{ documentId: DOC, quote: QUOTE }] }) },
      ),
    );
    expect(data.assertRelation.evidence).toEqual([
      expect.objectContaining({ quote: QUOTE, ...QUOTE_AT }),
    ]);

    // After a flag (two code points, four UTF-16 units), offsets count code points.
    const text = '🇺🇦 Zelensky thanked Trump. Zelensky thanked Trump again.';
    ok(
      await send(ADD_DOCUMENT, {
        input: { id: 'flag', title: 'Flag', publishedAt: '2025-02-14', text },
      }),
    );
    const quote = 'thanked Trump again';
    const flagged = ok(
      await send<{ assertRelation: { evidence: Array<{ start: number; end: number }> } }>(
        ASSERT_RELATION,
        {
          input: relationInput({
            sourceId: 'zelensky',
            targetId: 'trump',
            evidence: [{ documentId: 'flag', quote }],
          }),
        },
      ),
    );
    const start = [...text.slice(0, text.indexOf(quote))].length;
    expect(start).toBe(text.indexOf(quote) - 2);
    expect(flagged.assertRelation.evidence).toEqual([
      expect.objectContaining({ start, end: start + quote.length }),
    ]);
    expect([...text].slice(start, start + quote.length).join('')).toBe(quote);
  });

  it('refuses a stance on an unknown topic, naming input.topicId', async () => {
    const before = await dumpGraph(graph);
    const error = failed(
      await send(ASSERT_STANCE, { input: stanceInput({ topicId: 'world-peace' }) }),
      'BAD_USER_INPUT',
    );
    expect(error.message).toContain('input.topicId: unknown topic "world-peace"');
    expect(await dumpGraph(graph)).toBe(before);
  });

  it('refuses an id that belongs to a dataset relation or to a stance', async () => {
    const before = await dumpGraph(graph);
    const fromDataset = failed(
      await send(ASSERT_RELATION, { input: relationInput({ id: 'rel-trump-called-zelensky' }) }),
      'BAD_USER_INPUT',
    );
    expect(fromDataset.message).toContain('was loaded from a dataset file');
    const stanceId = failed(
      await send(ASSERT_RELATION, {
        input: relationInput({ id: 'stance-hegseth-ukraine-nato-membership' }),
      }),
      'BAD_USER_INPUT',
    );
    expect(stanceId.message).toContain('is already the id of a stance');
    expect(await dumpGraph(graph)).toBe(before);
  });
});

// ---------------------------------------------------------------- assertions

describe('asserting', () => {
  it('writes the relation as the input says, with origin api, and makes an id from it', async () => {
    const data = ok(
      await send<{ assertRelation: Record<string, unknown> }>(ASSERT_RELATION, {
        input: relationInput({ details: '{"durationMinutes": 90}', method: 'EXTRACTED' }),
      }),
    );
    expect(data.assertRelation).toMatchObject({
      type: 'AGREES_WITH',
      polarity: 'POSITIVE',
      confidence: 0.5,
      method: 'EXTRACTED',
      details: '{"durationMinutes":90}',
      source: { id: 'putin' },
      target: { id: 'zelensky' },
      evidence: [{ quote: QUOTE, ...QUOTE_AT, document: { id: DOC } }],
      retraction: null,
    });
    expect(data.assertRelation.id).toMatch(/^rel-putin-agrees-with-zelensky-[0-9a-f]{10}$/);
    const dump = await dumpGraph(graph);
    const line = dump.split('\n').find((l) => l.includes(String(data.assertRelation.id)));
    expect(line).toContain('["origin","api"]');
  });

  it('takes details as a JSON object too, and answers both forms the same', async () => {
    const asText = ok(
      await send<{ assertRelation: Record<string, unknown> }>(ASSERT_RELATION, {
        input: relationInput({ details: '{"durationMinutes": 90, "secret": false}' }),
      }),
    );
    await clearGraph(graph);
    await loadDemo(graph);
    const asObject = ok(
      await send<{ assertRelation: Record<string, unknown> }>(ASSERT_RELATION, {
        input: relationInput({ detailsObject: { durationMinutes: 90, secret: false } }),
      }),
    );
    expect(asObject).toEqual(asText);
    expect(asObject.assertRelation.details).toBe('{"durationMinutes":90,"secret":false}');
    const read = ok(
      await send<{ relation: { detailsObject: unknown } | null }>(
        gql`
          query DetailsObjectById($id: ID!) {
            relation(id: $id) {
              detailsObject
            }
          }
        `,
        { id: String(asObject.assertRelation.id) },
        null,
      ),
    );
    expect(read.relation?.detailsObject).toEqual({ durationMinutes: 90, secret: false });
  });

  it('refuses a detailsObject that is not an object before any write', async () => {
    const before = await dumpGraph(graph);
    const result = await send(ASSERT_RELATION, { input: relationInput({ detailsObject: '[90]' }) });
    expect(failed(result, 'BAD_USER_INPUT').message).toContain('detailsObject');
    expect(await dumpGraph(graph)).toBe(before);
  });

  it('is idempotent: asserting the same relation again gives the same id and changes nothing', async () => {
    const first = ok(
      await send<{ assertRelation: { id: string } }>(ASSERT_RELATION, {
        input: relationInput({ evidence: [{ documentId: DOC, quote: QUOTE }] }),
      }),
    );
    const before = await dumpGraph(graph);
    const versionBefore = await version();
    const again = ok(
      await send<{ assertRelation: { id: string } }>(ASSERT_RELATION, { input: relationInput() }),
    );
    expect(again.assertRelation.id).toBe(first.assertRelation.id);
    expect(await dumpGraph(graph)).toBe(before);
    expect(await version()).toBe(versionBefore);
  });

  it('replaces the quotes of a relation asserted again under its id with other quotes', async () => {
    const other = 'Trump called Ukrainian President Volodymyr Zelensky';
    await send(ASSERT_RELATION, { input: relationInput({ id: 'rel-api-test' }) });
    const data = ok(
      await send<{ assertRelation: { evidence: Array<{ quote: string }> } }>(ASSERT_RELATION, {
        input: relationInput({
          id: 'rel-api-test',
          evidence: [{ documentId: DOC, quote: other }],
        }),
      }),
    );
    expect(data.assertRelation.evidence.map((e) => e.quote)).toEqual([other]);
    expect(await dumpGraph(graph)).not.toContain('rel-api-test@trump-putin-call-2025-02:181-240');
  });

  it('is not pruned by a reload of the dataset file of the document it quotes', async () => {
    const relation = ok(
      await send<{ assertRelation: { id: string } }>(ASSERT_RELATION, { input: relationInput() }),
    );
    const stance = ok(
      await send<{ assertStance: { id: string } }>(ASSERT_STANCE, { input: stanceInput() }),
    );
    const before = await dumpGraph(graph);
    const report = await loadDemo(graph);
    expect(report.removed).toEqual({ relations: 0, stances: 0, evidence: 0 });
    expect(await dumpGraph(graph)).toBe(before);
    expect((await idsAround('zelensky')).relations).toContain(relation.assertRelation.id);
    expect((await idsAround('vance')).stances).toContain(stance.assertStance.id);
  });

  it('asserts a stance with offsets found in the text', async () => {
    const data = ok(
      await send<{ assertStance: Record<string, unknown> }>(ASSERT_STANCE, {
        input: stanceInput(),
      }),
    );
    expect(data.assertStance).toMatchObject({
      position: 'SUPPORTS',
      actor: { id: 'vance' },
      topic: { id: 'ending-the-war' },
      evidence: [{ quote: QUOTE, ...QUOTE_AT }],
    });
    expect(data.assertStance.id).toMatch(/^stance-vance-ending-the-war-[0-9a-f]{10}$/);
  });
});

// ---------------------------------------------------------------- retraction

describe('retracting', () => {
  const ID = 'rel-trump-called-zelensky';
  const REASON = 'The article reports the call second-hand.';

  it('keeps the relation, out of reads but returned by id with who, when and why', async () => {
    const startedAt = Date.now();
    const data = ok(
      await send<{ retractRelation: { retraction: { at: string; by: string; reason: string } } }>(
        RETRACT_RELATION,
        { id: ID, reason: `  ${REASON} ` },
      ),
    );
    const { retraction } = data.retractRelation;
    // alice's key has no displayName: readers see `analyst`, never the key's name.
    expect(retraction).toMatchObject({ by: 'analyst', reason: REASON });
    expect(retraction.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(retraction.at)).toBeGreaterThanOrEqual(startedAt - 1000);

    expect((await idsAround('zelensky')).relations).not.toContain(ID);
    expect((await idsAround('trump')).relations).not.toContain(ID);

    const listed = async (includeRetracted: boolean) =>
      ok(
        await send<{ relations: { edges: Array<{ node: { id: string } }> } }>(
          gql`
            query ZelenskyRelations($include: Boolean) {
              relations(
                filter: { actorIds: ["zelensky"], includeRetracted: $include }
                first: 100
              ) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          `,
          { include: includeRetracted },
          null,
        ),
      ).relations.edges.map((e) => e.node.id);
    expect(await listed(false)).not.toContain(ID);
    expect(await listed(true)).toContain(ID);

    const byId = ok(
      await send<{ relation: { id: string; retraction: unknown } | null }>(
        RELATION_BY_ID,
        { id: ID },
        null,
      ),
    );
    expect(byId.relation).toMatchObject({ id: ID, retraction });
  });

  it('refuses to retract twice, saying when it was retracted', async () => {
    ok(await send(RETRACT_RELATION, { id: ID, reason: REASON }));
    const before = await dumpGraph(graph);
    const error = failed(
      await send(RETRACT_RELATION, { id: ID, reason: 'again' }),
      'BAD_USER_INPUT',
    );
    expect(error.message).toMatch(
      /^id: relation "rel-trump-called-zelensky" is already retracted at \d{4}-\d{2}-\d{2}T[\d:.]+Z by analyst/,
    );
    expect(await dumpGraph(graph)).toBe(before);
  });

  it('answers NOT_FOUND for an unknown id, or for the id of the other kind', async () => {
    const before = await dumpGraph(graph);
    expect(
      failed(await send(RETRACT_RELATION, { id: 'rel-nope', reason: 'x' }), 'NOT_FOUND').message,
    ).toBe('id: no relation has id "rel-nope"');
    expect(
      failed(
        await send(RETRACT_RELATION, { id: 'stance-hegseth-ukraine-nato-membership', reason: 'x' }),
        'NOT_FOUND',
      ).message,
    ).toContain('use retractStance');
    expect(
      failed(await send(RETRACT_STANCE, { id: ID, reason: 'x' }), 'NOT_FOUND').message,
    ).toContain('use retractRelation');
    expect(await dumpGraph(graph)).toBe(before);
  });

  it('retracts a stance, which leaves the actor’s stances but is returned by id', async () => {
    const id = 'stance-hegseth-ukraine-nato-membership';
    ok(await send(RETRACT_STANCE, { id, reason: 'hedged' }));
    expect((await idsAround('hegseth')).stances).not.toContain(id);
    const byId = ok(
      await send<{ stance: { retraction: { by: string; reason: string } } | null }>(
        STANCE_BY_ID,
        { id },
        null,
      ),
    );
    expect(byId.stance?.retraction).toMatchObject({ by: 'analyst', reason: 'hedged' });
  });

  it('shows the display name the key holder chose, and keeps the key name only for the audit', async () => {
    const id = 'stance-hegseth-ukraine-nato-membership';
    ok(await send(RETRACT_STANCE, { id, reason: 'hedged' }, HEADERS.carol));
    const byId = ok(
      await send<{ stance: { retraction: { by: string } } | null }>(STANCE_BY_ID, { id }, null),
    );
    expect(byId.stance?.retraction.by).toBe(CAROL_DISPLAY_NAME);
    const dump = await dumpGraph(graph);
    expect(dump).toContain('"retractedByKey","carol"');
    expect(dump).not.toContain('"retractedBy","carol"');
  });

  it('survives a reload of the dataset, and the relation cannot be asserted again under its id', async () => {
    const id = ok(
      await send<{ assertRelation: { id: string } }>(ASSERT_RELATION, { input: relationInput() }),
    ).assertRelation.id;
    ok(await send(RETRACT_RELATION, { id, reason: 'wrong reading' }));
    ok(await send(RETRACT_RELATION, { id: ID, reason: REASON }));
    await loadDemo(graph);
    const retracted = ok(
      await send<{ relation: { retraction: { by: string } | null } }>(
        RELATION_BY_ID,
        { id: ID },
        null,
      ),
    );
    expect(retracted.relation.retraction?.by).toBe('analyst');
    const error = failed(await send(ASSERT_RELATION, { input: relationInput() }), 'BAD_USER_INPUT');
    expect(error.message).toContain('was retracted at');
    expect(error.message).toContain('give it a new id');
  });
});

// ---------------------------------------------------------------- actors and documents

describe('actors and documents', () => {
  it('upsertActor replaces an existing actor’s fields, names and all', async () => {
    const data = ok(
      await send<{ upsertActor: Record<string, unknown> }>(UPSERT_ACTOR, {
        input: { id: 'vance', name: 'JD Vance', kind: 'PERSON', aliases: ['Vance'] },
      }),
    );
    expect(data.upsertActor).toEqual({
      id: 'vance',
      name: 'JD Vance',
      kind: 'PERSON',
      aliases: ['Vance'],
      wikidataId: null,
    });
    const byName = ok(
      await send<{ actor: { id: string } | null }>(
        gql`
          query VanceByName {
            actor(name: "jd vance") {
              id
            }
          }
        `,
        {},
        null,
      ),
    );
    expect(byName.actor?.id).toBe('vance');
  });

  it('upsertActor refuses what the dataset format refuses', async () => {
    const before = await dumpGraph(graph);
    const error = failed(
      await send(UPSERT_ACTOR, {
        input: { id: 'Emmanuel Macron', name: ' ', kind: 'PERSON', wikidataId: 'macron' },
      }),
      'BAD_USER_INPUT',
    );
    const paths = (error.extensions?.problems as Array<{ path: string }>).map((p) => p.path);
    expect(paths.sort()).toEqual(['input.id', 'input.name', 'input.wikidataId']);
    expect(await dumpGraph(graph)).toBe(before);
  });

  it('addAlias: NOT_FOUND for an unknown actor; an alias it already has changes nothing', async () => {
    const before = await dumpGraph(graph);
    const error = failed(await send(ADD_ALIAS, { actorId: 'nobody', alias: 'X' }), 'NOT_FOUND');
    expect(error.message).toBe('actorId: no actor has id "nobody"');
    const same = ok(
      await send<{ addAlias: { aliases: string[] } }>(ADD_ALIAS, {
        actorId: 'trump',
        alias: 'president trump',
      }),
    );
    expect(same.addAlias.aliases).toContain('President Trump');
    expect(await dumpGraph(graph)).toBe(before);
    const empty = failed(await send(ADD_ALIAS, { actorId: 'trump', alias: ' ' }), 'BAD_USER_INPUT');
    expect(empty.message).toBe('alias: must not be empty');
  });

  it('addDocument refuses to replace a document’s text, but updates its other fields', async () => {
    const before = await dumpGraph(graph);
    const input = { id: DOC, title: 'Renamed', publishedAt: '2025-02-14', text: `${TEXT} More.` };
    const error = failed(await send(ADD_DOCUMENT, { input }), 'BAD_USER_INPUT');
    expect(error.message).toContain('input.text: document "trump-putin-call-2025-02"');
    expect(error.message).toContain('add the new text under a new id');
    expect(await dumpGraph(graph)).toBe(before);

    const data = ok(
      await send<{ addDocument: { title: string; publishedAt: string } }>(ADD_DOCUMENT, {
        input: { ...input, text: TEXT },
      }),
    );
    expect(data.addDocument).toMatchObject({ title: 'Renamed', publishedAt: '2025-02-14' });
    // Relations without an event date are dated by their home document.
    const relation = ok(
      await send<{ relation: { effectiveDate: string } }>(
        RELATION_BY_ID,
        { id: 'rel-trump-called-zelensky' },
        null,
      ),
    );
    expect(relation.relation.effectiveDate).toBe('2025-02-14');
  });
});

// ---------------------------------------------------------------- reads

describe('reads', () => {
  const QUERY = gql`
    query TrumpById {
      actor(id: "trump") {
        id
      }
    }
  `;

  it('stay open without a key, but a request with a key that is not valid is refused', async () => {
    expect(ok(await send<{ actor: { id: string } }>(QUERY, {}, null)).actor.id).toBe('trump');
    expect(ok(await send<{ actor: { id: string } }>(QUERY, {}, HEADERS.valid)).actor.id).toBe(
      'trump',
    );
    const error = failed(await send(QUERY, {}, HEADERS.expired), 'UNAUTHENTICATED');
    expect(error.extensions?.reason).toBe('EXPIRED');
  });

  it('need a key with requireKeyForReads', async () => {
    const closed = createApollo({
      graph,
      logger: silentLogger(),
      production: false,
      apiKeys: TEST_KEYS,
      requireKeyForReads: true,
    });
    await closed.start();
    try {
      const error = failed(await send(QUERY, {}, null, closed), 'UNAUTHENTICATED');
      expect(error.message).toContain('send Authorization: Bearer <key>');
      const data = ok(await send<{ actor: { id: string } }>(QUERY, {}, HEADERS.valid, closed));
      expect(data.actor.id).toBe('trump');
    } finally {
      await closed.stop();
    }
  });
});

// ---------------------------------------------------------------- input objects

describe('addAlias and the retractions take `input`; the deprecated flat arguments answer the same', () => {
  const FORMS = [
    ['addAlias', ADD_ALIAS_ANY_FORM, { actorId: 'trump', alias: 'The Donald' }],
    [
      'retractRelation',
      RETRACT_RELATION_ANY_FORM,
      { id: 'rel-trump-called-zelensky', reason: 'x' },
    ],
    [
      'retractStance',
      RETRACT_STANCE_ANY_FORM,
      { id: 'stance-hegseth-ukraine-nato-membership', reason: 'hedged' },
    ],
  ] as const;

  it.each(FORMS)('%s: the same answer either way', async (name, query, fields) => {
    const flat = ok(await send<Record<string, unknown>>(query, fields));
    await clearGraph(graph);
    await loadDemo(graph);
    expect(ok(await send<Record<string, unknown>>(query, { input: fields }))).toEqual(flat);
    expect(flat[name]).toMatchObject({ id: 'id' in fields ? fields.id : fields.actorId });
  });

  it.each([
    [
      ADD_ALIAS_ANY_FORM,
      { actorId: 'nobody', alias: 'X' },
      'NOT_FOUND',
      'actorId: no actor has id "nobody"',
    ],
    [
      ADD_ALIAS_ANY_FORM,
      { actorId: 'trump', alias: ' ' },
      'BAD_USER_INPUT',
      'alias: must not be empty',
    ],
    [
      RETRACT_RELATION_ANY_FORM,
      { id: 'rel-nope', reason: 'x' },
      'NOT_FOUND',
      'id: no relation has id "rel-nope"',
    ],
    [
      RETRACT_RELATION_ANY_FORM,
      { id: 'rel-trump-called-zelensky', reason: ' ' },
      'BAD_USER_INPUT',
      'reason: must not be empty: say why the relation is retracted',
    ],
    [
      RETRACT_STANCE_ANY_FORM,
      { id: 'rel-trump-called-zelensky', reason: 'x' },
      'NOT_FOUND',
      'use retractRelation',
    ],
  ] as const)(
    'refuses %#: the same error, named under `input` for the input',
    async (query, fields, code, says) => {
      const before = await dumpGraph(graph);
      const flat = failed(await send(query, fields), code);
      const input = failed(await send(query, { input: fields }), code);
      expect(flat.message).toContain(says);
      expect(input.message).toBe(`input.${flat.message}`);
      // A listed refusal names the input as a whole (its problems say where), as the other inputs do.
      expect([`input.${String(flat.extensions?.argumentName)}`, 'input']).toContain(
        input.extensions?.argumentName,
      );
      expect(await dumpGraph(graph)).toBe(before);
    },
  );

  it.each([
    [
      'both forms, naming the deprecated argument',
      ADD_ALIAS_ANY_FORM,
      { input: { actorId: 'trump', alias: 'A' }, alias: 'A' },
      'alias',
    ],
    [
      'both forms, naming the deprecated argument',
      RETRACT_RELATION_ANY_FORM,
      { input: { id: 'rel-trump-called-zelensky', reason: 'x' }, id: 'rel-trump-called-zelensky' },
      'id',
    ],
    ['neither form, naming `input`', RETRACT_STANCE_ANY_FORM, {}, 'input'],
    [
      'a flat argument without the other, naming the missing one',
      ADD_ALIAS_ANY_FORM,
      { actorId: 'trump' },
      'alias',
    ],
    [
      'a flat argument without the other, naming the missing one',
      RETRACT_STANCE_ANY_FORM,
      { reason: 'x' },
      'id',
    ],
  ] as const)(
    'refuses %s (%#) with BAD_USER_INPUT, writing nothing',
    async (_case, query, variables, argument) => {
      const before = await dumpGraph(graph);
      const error = failed(await send(query, variables), 'BAD_USER_INPUT');
      expect(error.extensions?.argumentName).toBe(argument);
      expect(error.message).toMatch(new RegExp(`^${argument}: `));
      expect(await dumpGraph(graph)).toBe(before);
    },
  );
});
