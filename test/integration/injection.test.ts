/**
 * Hostile text is data, never Cypher: names, aliases, quotes, notes, reasons
 * and search strings holding quotes, backslashes, braces, Cypher keywords,
 * bidirectional-text marks, emoji, combining characters and 100 KB strings
 * round-trip exactly through every write path (the loader and each mutation)
 * and leave the rest of the graph as it was.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import gql from 'graphql-tag';
import { stringify } from 'yaml';
import type { Graph } from '../../src/db/graph';
import { createContext, type Context } from '../../src/graphql/context';
import { createApollo } from '../../src/graphql/server';
import { loadDataset } from '../../src/load';
import { MAX_NAME_LENGTH } from '../../src/dataset/schema';
import { DatasetError } from '../../src/dataset';
import { actorsCount, read } from '../../src/store';
import { silentLogger } from '../harness/api';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import { HOSTILE } from '../harness/hostile';
import { HEADERS, TEST_KEYS, testKeyRing } from '../harness/keys';

let graph: Graph;
let apollo: ApolloServer<Context>;
const keyRing = testKeyRing();
let demoActors = 0;

beforeAll(async () => {
  graph = await openTestGraph();
  apollo = createApollo({ graph, logger: silentLogger(), production: false, apiKeys: TEST_KEYS });
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await graph.close();
});
beforeEach(async () => {
  await clearGraph(graph);
  await loadDemo(graph);
  demoActors = await countActors();
});

async function countActors(): Promise<number> {
  const rows = await read(graph, actorsCount, { kinds: null, search: null });
  return Number(rows[0]?.total);
}

async function send<T>(query: DocumentNode, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await apollo.executeOperation<T>(
    { query, variables },
    {
      contextValue: createContext(graph, 'injection', {
        auth: keyRing.authenticate(HEADERS.valid),
      }),
    },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new Error(JSON.stringify(errors, null, 2));
  return data as T;
}

/** Names and aliases are capped (MAX_NAME_LENGTH); the 100 KB case checks the cap separately. */
const nameSized = (s: string) => s.slice(0, MAX_NAME_LENGTH);

/** A document whose text holds the hostile string, quoted by its own code-point offsets. */
function documentWith(text: string) {
  const full = `Prefix sentence. ${text} Suffix.`;
  const start = [...'Prefix sentence. '].length;
  return { full, quote: text, start, end: start + [...text].length };
}

const ACTOR = gql`
  query HostileActor($id: ID!) {
    actor(id: $id) {
      name
      aliases
      description
      relations {
        note
        details
        evidence {
          quote
          start
          end
          document {
            text
            title
            references
          }
        }
      }
      stances {
        summary
        note
      }
    }
  }
`;

type ActorData = {
  actor: {
    name: string;
    aliases: string[];
    description: string | null;
    relations: Array<{
      note: string | null;
      details: string | null;
      evidence: Array<{
        quote: string;
        start: number;
        end: number;
        document: { text: string; title: string; references: string[] };
      }>;
    }>;
    stances: Array<{ summary: string | null; note: string | null }>;
  } | null;
};

describe.each(HOSTILE)('%s', (_label, hostile) => {
  it('round-trips through the loader', async () => {
    const doc = documentWith(hostile);
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-injection-'));
    const file = join(dir, 'hostile.yaml');
    await writeFile(
      file,
      stringify({
        actors: [
          {
            id: 'hostile',
            name: 'Hostile actor',
            kind: 'GROUP',
            aliases: [nameSized(hostile)],
            description: hostile,
          },
        ],
        topics: [{ id: 'hostile-topic', name: nameSized(hostile), description: hostile }],
        documents: [
          {
            id: 'hostile-doc',
            title: hostile,
            publishedAt: '2025-03-01',
            text: doc.full,
            references: [hostile],
          },
        ],
        relations: [
          {
            id: 'rel-hostile',
            type: 'CRITICIZES',
            source: 'hostile',
            target: 'trump',
            polarity: 'NEGATIVE',
            confidence: 0.5,
            note: hostile,
            details: { said: hostile },
            evidence: [{ quote: doc.quote, start: doc.start, end: doc.end }],
          },
        ],
        stances: [
          {
            id: 'stance-hostile',
            actor: 'hostile',
            topic: 'hostile-topic',
            position: 'OPPOSES',
            polarity: 'NEGATIVE',
            confidence: 0.5,
            summary: hostile,
            note: hostile,
            evidence: [{ quote: doc.quote, start: doc.start, end: doc.end }],
          },
        ],
      }),
    );
    await loadDataset(graph, [file]);
    const { actor } = await send<ActorData>(ACTOR, { id: 'hostile' });
    expect(actor?.aliases).toEqual([nameSized(hostile)]);
    expect(actor?.description).toBe(hostile);
    const relation = actor?.relations[0];
    expect(relation?.note).toBe(hostile);
    expect(JSON.parse(relation?.details ?? '{}')).toEqual({ said: hostile });
    expect(relation?.evidence[0]?.quote).toBe(hostile);
    expect(relation?.evidence[0]?.document.text).toBe(doc.full);
    expect(relation?.evidence[0]?.document.title).toBe(hostile);
    expect(relation?.evidence[0]?.document.references).toEqual([hostile]);
    expect(actor?.stances[0]).toEqual({ summary: hostile, note: hostile });
    expect(await countActors()).toBe(demoActors + 1);
  });

  it('round-trips through every mutation, and search and name lookup take it as text', async () => {
    const doc = documentWith(hostile);
    await send(
      gql`
        mutation HostileUpsertActor($input: ActorInput!) {
          upsertActor(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          id: 'hostile',
          name: 'Hostile actor',
          kind: 'GROUP',
          aliases: [],
          description: hostile,
        },
      },
    );
    await send(
      gql`
        mutation HostileAddAlias($alias: String!) {
          addAlias(actorId: "hostile", alias: $alias) {
            id
          }
        }
      `,
      { alias: nameSized(hostile) },
    );
    await send(
      gql`
        mutation HostileAddDocument($input: DocumentInput!) {
          addDocument(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          id: 'hostile-doc',
          title: hostile,
          publishedAt: '2025-03-01',
          text: doc.full,
          references: [hostile],
        },
      },
    );
    const evidence = [
      { documentId: 'hostile-doc', quote: doc.quote, start: doc.start, end: doc.end },
    ];
    const { assertRelation } = await send<{ assertRelation: { id: string } }>(
      gql`
        mutation HostileAssertRelation($input: RelationInput!) {
          assertRelation(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          type: 'CRITICIZES',
          sourceId: 'hostile',
          targetId: 'trump',
          polarity: 'NEGATIVE',
          confidence: 0.5,
          note: hostile,
          details: JSON.stringify({ said: hostile }),
          evidence,
        },
      },
    );
    await send(
      gql`
        mutation HostileAssertStance($input: StanceInput!) {
          assertStance(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          actorId: 'hostile',
          topicId: 'ending-the-war',
          position: 'OPPOSES',
          polarity: 'NEGATIVE',
          confidence: 0.5,
          summary: hostile,
          note: hostile,
          evidence,
        },
      },
    );
    const { actor } = await send<ActorData>(ACTOR, { id: 'hostile' });
    expect(actor?.description).toBe(hostile);
    expect(actor?.aliases).toEqual([nameSized(hostile)]);
    expect(actor?.relations[0]?.note).toBe(hostile);
    expect(JSON.parse(actor?.relations[0]?.details ?? '{}')).toEqual({ said: hostile });
    expect(actor?.relations[0]?.evidence[0]?.quote).toBe(hostile);
    expect(actor?.relations[0]?.evidence[0]?.document.text).toBe(doc.full);
    expect(actor?.stances[0]).toEqual({ summary: hostile, note: hostile });

    const retracted = await send<{ retractRelation: { retraction: { reason: string } } }>(
      gql`
        mutation HostileRetractRelation($id: ID!, $reason: String!) {
          retractRelation(id: $id, reason: $reason) {
            retraction {
              reason
            }
          }
        }
      `,
      { id: assertRelation.id, reason: hostile.slice(0, 2000) },
    );
    expect(retracted.retractRelation.retraction.reason).toBe(hostile.slice(0, 2000)); // reasons are capped at 2,000 characters

    const byName = await send<{ actor: { id: string } | null }>(
      gql`
        query HostileActorByName($name: String!) {
          actor(name: $name) {
            id
          }
        }
      `,
      { name: nameSized(hostile) },
    );
    expect(byName.actor?.id).toBe('hostile');
    const search = await send<{ search: unknown[] }>(
      gql`
        query HostileSearch($q: String!) {
          search(query: $q, first: 5) {
            score
          }
        }
      `,
      { q: hostile.slice(0, 400) },
    );
    expect(Array.isArray(search.search)).toBe(true);
    expect(await countActors()).toBe(demoActors + 1);
  });
});

describe('names over the cap', () => {
  it('are refused by the loader and by upsertActor, naming the field', async () => {
    const long = 'n'.repeat(MAX_NAME_LENGTH + 1);
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-injection-'));
    const file = join(dir, 'long.yaml');
    await writeFile(file, stringify({ actors: [{ id: 'long', name: long, kind: 'GROUP' }] }));
    const error = await loadDataset(graph, [file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toMatch(
      /actors\[0\]\.name: must be at most 500 characters/,
    );
    const response = await apollo.executeOperation(
      {
        query: gql`
          mutation LongNameUpsertActor($input: ActorInput!) {
            upsertActor(input: $input) {
              id
            }
          }
        `,
        variables: { input: { id: 'long', name: long, kind: 'GROUP' } },
      },
      {
        contextValue: createContext(graph, 'injection', {
          auth: keyRing.authenticate(HEADERS.valid),
        }),
      },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const [problem] = response.body.singleResult.errors ?? [];
    expect(problem?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problem?.message).toMatch(/name/);
    expect(await countActors()).toBe(demoActors);
  });
});
