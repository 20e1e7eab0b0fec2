/**
 * The public GraphQL contract, answered from the demo article loaded into a
 * real Neo4j. Expectations are read from the demo corpus itself
 * (data/actors.yaml and data/documents/*), so they say what the graph must
 * hold, not what it happened to hold when the test was written. Arguments
 * refused before any Cypher runs are in test/unit/arguments.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import { parse } from 'yaml';
import type { Graph } from '../../src/db/graph';
import { expectData, openTestApi, type TestApi } from '../harness/api';
import { clearGraph, DEMO_DATA, loadDemo, openTestGraph } from '../harness/graph';
import type {
  ActorByIdQuery,
  ActorLookupQuery,
  ActorLookupQueryVariables,
  ActorRelationsQuery,
  ActorRelationsQueryVariables,
  ActorsQuery,
  ActorsQueryVariables,
  DetailsBothFormsQuery,
  DetailsQuery,
  DocumentsQuery,
  EvidenceOfEverythingQuery,
  EvidenceWithTextFragment,
  RelationDirection,
  RelationType,
  RelationsOfEveryActorQuery,
  TopicsQuery,
} from '../generated/operations';

// ---------------------------------------------------------------- the demo corpus

interface RegistryActor {
  id: string;
  name: string;
  kind: string;
  aliases?: string[];
  wikidataId?: string;
  description?: string;
  roles?: Array<{ title: string; organization: string }>;
}
interface RegistryTopic {
  id: string;
  name: string;
  concerns?: string[];
}
interface DemoEvidence {
  quote: string;
  start: number;
  end: number;
}
interface DemoRelation {
  id: string;
  type: string;
  source: string;
  target: string;
  details?: Record<string, unknown>;
  evidence: DemoEvidence[];
}
interface DemoStance {
  id: string;
  actor: string;
  topic: string;
  position: string;
  polarity: string;
  evidence: DemoEvidence[];
}
interface DemoDocument {
  id: string;
  title: string;
  publishedAt: string;
  textFile: string;
  references: string[];
}

const DOCUMENTS_DIR = join(DEMO_DATA, 'documents');
const registry = parse(readFileSync(join(DEMO_DATA, 'actors.yaml'), 'utf8')) as {
  actors: RegistryActor[];
  topics: RegistryTopic[];
};
const article = parse(
  readFileSync(join(DOCUMENTS_DIR, 'trump-putin-call-2025-02.yaml'), 'utf8'),
) as { documents: DemoDocument[]; relations: DemoRelation[]; stances: DemoStance[] };
const [demoDocument] = article.documents as [DemoDocument];
const demoTextBytes = readFileSync(join(DOCUMENTS_DIR, demoDocument.textFile));

const actorNamed = (id: string): RegistryActor => {
  const actor = registry.actors.find((a) => a.id === id);
  if (!actor) throw new Error(`data/actors.yaml has no actor "${id}"`);
  return actor;
};

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The connection's documented order: by name, then id. */
function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return compareStrings(a.name, b.name) || compareStrings(a.id, b.id);
}

const sorted = (values: Iterable<string>): string[] => [...values].sort(compareStrings);

/** The registry's actors whose name or an alias contains `needle`, ignoring case. */
function actorsMatching(needle: string): RegistryActor[] {
  const n = needle.trim().toLowerCase();
  return registry.actors.filter((a) =>
    [a.name, ...(a.aliases ?? [])].some((name) => name.toLowerCase().includes(n)),
  );
}

type Direction = RelationDirection;

function expectedRelationIds(actorId: string, direction: Direction): string[] {
  return sorted(
    article.relations
      .filter(
        (r) =>
          (direction !== 'IN' && r.source === actorId) ||
          (direction !== 'OUT' && r.target === actorId),
      )
      .map((r) => r.id),
  );
}

/** `[...text].slice(start, end)`: offsets are Unicode code points, not UTF-16 units. */
function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---------------------------------------------------------------- operations and their shapes

// The result types are generated from these operations (test/generated/operations.ts, `npm run codegen`).
type ActorsPage = ActorsQuery['actors'];
type RelationSummary = NonNullable<ActorRelationsQuery['actor']>['relations'][number];

const ACTOR_BY_ID = gql`
  query ActorById($id: ID!) {
    actor(id: $id) {
      id
      name
      kind
      aliases
      wikidataId
      description
      roles {
        title
        organization {
          id
          name
        }
      }
    }
  }
`;

const ACTOR_LOOKUP: TypedDocumentNode<ActorLookupQuery, ActorLookupQueryVariables> = gql`
  query ActorLookup($id: ID, $name: String) {
    actor(id: $id, name: $name) {
      id
    }
  }
`;

const ACTORS: TypedDocumentNode<ActorsQuery, ActorsQueryVariables> = gql`
  query Actors(
    $first: Int
    $after: String
    $filter: ActorFilter
    $kind: ActorKind
    $search: String
  ) {
    actors(first: $first, after: $after, filter: $filter, kind: $kind, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          kind
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

const RELATIONS: TypedDocumentNode<ActorRelationsQuery, ActorRelationsQueryVariables> = gql`
  query ActorRelations($id: ID!, $direction: RelationDirection, $types: [RelationType!]) {
    actor(id: $id) {
      relations(direction: $direction, types: $types) {
        id
        type
        confidence
        details
        source {
          id
        }
        target {
          id
        }
      }
    }
  }
`;

const RELATIONS_OF_EVERY_ACTOR = gql`
  query RelationsOfEveryActor {
    actors(first: 100) {
      edges {
        node {
          id
          out: relations(direction: OUT) {
            id
          }
          in: relations(direction: IN) {
            id
          }
          both: relations {
            id
          }
          called: relations(direction: BOTH, types: [CALLED]) {
            id
          }
        }
      }
    }
  }
`;

const EVIDENCE_OF_EVERYTHING = gql`
  fragment EvidenceWithText on Evidence {
    quote
    start
    end
    document {
      id
      title
      publishedAt
      text
    }
  }
  query EvidenceOfEverything {
    actors(first: 100) {
      edges {
        node {
          relations {
            id
            evidence {
              ...EvidenceWithText
            }
          }
          stances {
            id
            evidence {
              ...EvidenceWithText
            }
          }
        }
      }
    }
  }
`;

const TOPICS: TypedDocumentNode<TopicsQuery> = gql`
  query Topics {
    topics {
      id
      name
      concerns {
        id
        name
      }
      stances {
        actor {
          id
        }
        topic {
          id
        }
        position
        polarity
        evidence {
          quote
        }
      }
    }
  }
`;

const TOPIC = gql`
  query Topic($id: ID!) {
    topic(id: $id) {
      id
      name
    }
  }
`;

const DOCUMENTS: TypedDocumentNode<DocumentsQuery> = gql`
  query Documents {
    documents {
      id
      title
      publishedAt
      text
      references
    }
  }
`;

const DOCUMENT = gql`
  query Document($id: ID!) {
    document(id: $id) {
      id
      title
      publishedAt
    }
  }
`;

// ---------------------------------------------------------------- setup

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  api = await openTestApi(graph);
});

afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

async function lookup(variables: ActorLookupQueryVariables) {
  return api.query(ACTOR_LOOKUP, variables);
}

async function actorsPage(variables: ActorsQueryVariables): Promise<ActorsPage> {
  return expectData(await api.query(ACTORS, variables)).actors;
}

/** Follows `endCursor` until `hasNextPage` is false; fails rather than loop for ever. */
async function walkActors(
  variables: Pick<ActorsQueryVariables, 'kind' | 'search' | 'filter'>,
  first: number,
): Promise<ActorsPage[]> {
  const pages: ActorsPage[] = [];
  let after: string | undefined;
  for (let i = 0; i <= registry.actors.length; i++) {
    const page = await actorsPage({ ...variables, first, ...(after ? { after } : {}) });
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    expect(page.pageInfo.endCursor).toEqual(expect.any(String));
    after = page.pageInfo.endCursor ?? undefined;
  }
  throw new Error(`actors paging did not end after ${pages.length} pages`);
}

async function relationsOf(
  id: string,
  direction?: Direction,
  types?: RelationType[],
): Promise<RelationSummary[]> {
  const data = expectData(await api.query(RELATIONS, { id, direction, types }));
  expect(data.actor).not.toBeNull();
  return data.actor?.relations ?? [];
}

// ---------------------------------------------------------------- actor

describe('actor(id:)', () => {
  it('returns Trump with his name, kind, aliases, Wikidata id and roles', async () => {
    const trump = actorNamed('trump');
    const data = expectData(await api.query<ActorByIdQuery>(ACTOR_BY_ID, { id: 'trump' }));
    expect(data.actor).toEqual({
      id: 'trump',
      name: 'Donald Trump',
      kind: 'PERSON',
      aliases: trump.aliases,
      wikidataId: 'Q22686',
      description: trump.description,
      roles: [
        {
          title: 'President of the United States',
          organization: { id: 'united-states', name: 'United States' },
        },
      ],
    });
  });

  it('returns null for an id nothing has', async () => {
    const data = expectData(await lookup({ id: 'no-such-actor' }));
    expect(data.actor).toBeNull();
  });
});

describe('actor(name:)', () => {
  it.each([
    ['Zelensky', 'zelensky'],
    ['zelenskyy', 'zelensky'],
    ['Volodymyr Zelensky', 'zelensky'],
    ['VOLODYMYR ZELENSKYY', 'zelensky'],
    ['  PRESIDENT TRUMP ', 'trump'],
    ['Donald J. Trump', 'trump'],
    ['Donald Trump', 'trump'],
    ['Moscow', 'russia'],
    ['washington', 'united-states'],
    ['U.S.', 'united-states'],
    ['the kremlin', 'kremlin'],
    ['north atlantic treaty organization', 'nato'],
  ])('finds %j as %s', async (name, id) => {
    const data = expectData(await lookup({ name }));
    expect(data.actor).toEqual({ id });
  });

  it('returns null for a name nobody goes by', async () => {
    const data = expectData(await lookup({ name: 'Boris Johnson' }));
    expect(data.actor).toBeNull();
  });

  it('matches whole names only, not parts of them', async () => {
    const data = expectData(await lookup({ name: 'Zelen' }));
    expect(data.actor).toBeNull();
  });
});

// ---------------------------------------------------------------- actors

describe('actors', () => {
  const everyActorInOrder = [...registry.actors].sort(byNameThenId).map((a) => a.id);

  it('visits every actor exactly once, in (name, id) order, three at a time', async () => {
    const pages = await walkActors({}, 3);
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(ids).toEqual(everyActorInOrder);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toHaveLength(Math.ceil(registry.actors.length / 3));
    pages.forEach((page, i) => {
      const last = i === pages.length - 1;
      expect({ page: i, totalCount: page.totalCount }).toEqual({
        page: i,
        totalCount: registry.actors.length,
      });
      expect({ page: i, hasNextPage: page.pageInfo.hasNextPage }).toEqual({
        page: i,
        hasNextPage: !last,
      });
      expect({ page: i, hasPreviousPage: page.pageInfo.hasPreviousPage }).toEqual({
        page: i,
        hasPreviousPage: i > 0,
      });
      expect(page.edges.length).toBe(last ? registry.actors.length - 3 * i : 3);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor);
    });
  });

  it('returns every actor on one page when the page is large enough', async () => {
    const page = await actorsPage({ first: 100 });
    expect(page.edges.map((e) => e.node.id)).toEqual(everyActorInOrder);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.totalCount).toBe(registry.actors.length);
  });

  it('defaults `first` to 20', async () => {
    const page = await actorsPage({});
    expect(page.edges).toHaveLength(Math.min(20, registry.actors.length));
  });

  it('returns exactly the COUNTRY actors for kind: COUNTRY', async () => {
    const countries = registry.actors.filter((a) => a.kind === 'COUNTRY').sort(byNameThenId);
    const page = await actorsPage({ kind: 'COUNTRY', first: 100 });
    expect(page.edges.map((e) => e.node.id)).toEqual(countries.map((a) => a.id));
    expect(page.edges.every((e) => e.node.kind === 'COUNTRY')).toBe(true);
    expect(page.totalCount).toBe(countries.length);
  });

  it('answers an empty page, without cursors, when nothing matches', async () => {
    expect(registry.actors.some((a) => a.kind === 'MEDIA')).toBe(false);
    const page = await actorsPage({ kind: 'MEDIA' });
    expect(page).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it.each(['pres', 'PRES', '  Pres '])(
    'search: %j matches actors by name or alias substring, ignoring case',
    async (search) => {
      const expected = actorsMatching('pres').sort(byNameThenId);
      // Sanity: the needle must reach actors through aliases, not only canonical names.
      expect(expected.map((a) => a.id)).toEqual(expect.arrayContaining(['trump', 'vance']));
      const page = await actorsPage({ search, first: 100 });
      expect(page.edges.map((e) => e.node.id)).toEqual(expected.map((a) => a.id));
      expect(page.totalCount).toBe(expected.length);
    },
  );

  it('combines kind and search', async () => {
    const expected = actorsMatching('trump').filter((a) => a.kind === 'PERSON');
    expect(expected.map((a) => a.id)).toEqual(['trump']);
    const page = await actorsPage({ search: 'trump', kind: 'PERSON' });
    expect(page.edges.map((e) => e.node.id)).toEqual(['trump']);
    expect(page.totalCount).toBe(1);
  });

  it.each([
    [{ kind: 'COUNTRY' }, { filter: { kinds: ['COUNTRY'] } }],
    [{ kind: 'MEDIA' }, { filter: { kinds: ['MEDIA'] } }],
    [{ search: '  Pres ' }, { filter: { search: '  Pres ' } }],
    [{ search: 'trump', kind: 'PERSON' }, { filter: { search: 'trump', kinds: ['PERSON'] } }],
    [{ search: '   ' }, { filter: { search: '   ' } }],
  ] satisfies Array<[ActorsQueryVariables, ActorsQueryVariables]>)(
    'the deprecated %j answers exactly as %j',
    async (deprecated, current) => {
      const old = await actorsPage({ ...deprecated, first: 100 });
      expect(await actorsPage({ ...current, first: 100 })).toEqual(old);
      // A deprecated argument and the filter's other condition combine too.
      if (!('kind' in deprecated) && 'search' in deprecated) {
        expect(
          await actorsPage({ search: deprecated.search, filter: { kinds: null }, first: 100 }),
        ).toEqual(old);
      }
    },
  );

  it('filter.kinds returns the actors of any of the kinds, in (name, id) order', async () => {
    const wanted = ['COUNTRY', 'PERSON'] as const;
    const expected = registry.actors
      .filter((a) => (wanted as readonly string[]).includes(a.kind))
      .sort(byNameThenId);
    expect(new Set(expected.map((a) => a.kind)).size).toBe(2);
    const pages = await walkActors({ filter: { kinds: [...wanted] } }, 4);
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(expected.map((a) => a.id));
    expect(pages[0]?.totalCount).toBe(expected.length);
  });

  it('pages through a search one actor at a time', async () => {
    const expected = actorsMatching('pres').sort(byNameThenId);
    const pages = await walkActors({ search: 'pres' }, 1);
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(expected.map((a) => a.id));
    expect(pages.every((p) => p.totalCount === expected.length)).toBe(true);
  });
});

// ---------------------------------------------------------------- relations

describe('Actor.relations', () => {
  it("includes Trump's call to Zelensky among his OUT relations", async () => {
    const out = await relationsOf('trump', 'OUT');
    expect(out).toContainEqual(
      expect.objectContaining({
        id: 'rel-trump-called-zelensky',
        type: 'CALLED',
        source: { id: 'trump' },
        target: { id: 'zelensky' },
      }),
    );
  });

  it("includes the same call among Zelensky's IN relations", async () => {
    const into = await relationsOf('zelensky', 'IN');
    expect(into).toContainEqual(
      expect.objectContaining({
        id: 'rel-trump-called-zelensky',
        type: 'CALLED',
        source: { id: 'trump' },
        target: { id: 'zelensky' },
      }),
    );
  });

  it.each([
    ['trump', 'OUT', ['CALLED'], ['rel-trump-called-zelensky']],
    ['zelensky', 'IN', ['CALLED'], ['rel-trump-called-zelensky']],
    ['zelensky', 'OUT', ['CALLED'], []],
    [
      'trump',
      'OUT',
      ['CALLED', 'SUPPORTS'],
      ['rel-trump-called-zelensky', 'rel-trump-supports-zelensky'],
    ],
    [
      'zelensky',
      'BOTH',
      ['TRUSTS', 'WILL_MEET'],
      [
        'rel-zelensky-trusts-rubio',
        'rel-zelensky-trusts-vance',
        'rel-zelensky-will-meet-rubio',
        'rel-zelensky-will-meet-vance',
      ],
    ],
  ] as Array<[string, Direction, RelationType[], string[]]>)(
    '%s %s types: %j gives exactly those relations',
    async (actor, direction, types, expected) => {
      const relations = await relationsOf(actor, direction, types);
      expect(sorted(relations.map((r) => r.id))).toEqual(expected);
      expect(relations.every((r) => types.includes(r.type))).toBe(true);
    },
  );

  const directionCases = ['trump', 'putin', 'zelensky', 'united-states', 'hegseth'].flatMap(
    (actor) => (['OUT', 'IN', 'BOTH'] as const).map((direction) => [actor, direction] as const),
  );
  it.each(directionCases)(
    '%s %s: every relation has the actor on the right side, and none is missing',
    async (actor, direction) => {
      const relations = await relationsOf(actor, direction);
      for (const r of relations) {
        const side =
          direction === 'OUT'
            ? r.source.id === actor
            : direction === 'IN'
              ? r.target.id === actor
              : r.source.id === actor || r.target.id === actor;
        expect({ relation: r.id, actorOnTheRightSide: side }).toEqual({
          relation: r.id,
          actorOnTheRightSide: true,
        });
      }
      expect(sorted(relations.map((r) => r.id))).toEqual(expectedRelationIds(actor, direction));
    },
  );

  it('defaults to BOTH and lists the strongest first', async () => {
    const relations = await relationsOf('trump');
    expect(sorted(relations.map((r) => r.id))).toEqual(expectedRelationIds('trump', 'BOTH'));
    const confidences = relations.map((r) => r.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('answers several directions and filters for every actor in one request', async () => {
    type Ids = Array<{ id: string }>;
    const data = expectData(await api.query<RelationsOfEveryActorQuery>(RELATIONS_OF_EVERY_ACTOR));
    const ids = (list: Ids) => sorted(list.map((r) => r.id));
    for (const { node } of data.actors.edges) {
      const called = article.relations
        .filter((r) => r.type === 'CALLED' && (r.source === node.id || r.target === node.id))
        .map((r) => r.id);
      expect({
        actor: node.id,
        out: ids(node.out),
        in: ids(node.in),
        both: ids(node.both),
        called: ids(node.called),
      }).toEqual({
        actor: node.id,
        out: expectedRelationIds(node.id, 'OUT'),
        in: expectedRelationIds(node.id, 'IN'),
        both: expectedRelationIds(node.id, 'BOTH'),
        called: sorted(called),
      });
    }
  });
});

// ---------------------------------------------------------------- evidence

describe('evidence', () => {
  let bySubject: Map<string, EvidenceWithTextFragment[]>;

  beforeAll(async () => {
    const data = expectData(await api.query<EvidenceOfEverythingQuery>(EVIDENCE_OF_EVERYTHING));
    bySubject = new Map();
    for (const { node } of data.actors.edges) {
      for (const subject of [...node.relations, ...node.stances])
        bySubject.set(subject.id, subject.evidence);
    }
  });

  it('reaches every relation and stance of the article', () => {
    expect(sorted(bySubject.keys())).toEqual(
      sorted([...article.relations, ...article.stances].map((s) => s.id)),
    );
  });

  it('backs every relation and stance with at least one quote, as many as the article lists', () => {
    for (const subject of [...article.relations, ...article.stances]) {
      const evidence = bySubject.get(subject.id) ?? [];
      expect({ subject: subject.id, quotes: evidence.length }).toEqual({
        subject: subject.id,
        quotes: subject.evidence.length,
      });
      expect(evidence.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives quotes that are the document text sliced by code points at [start, end)', () => {
    expect(bySubject.size).toBeGreaterThan(0);
    for (const [subject, evidence] of bySubject) {
      for (const e of evidence) {
        expect({ subject, quote: sliceCodePoints(e.document.text, e.start, e.end) }).toEqual({
          subject,
          quote: e.quote,
        });
      }
    }
  });

  it('names the document each quote comes from, with its title and date', () => {
    for (const evidence of bySubject.values()) {
      for (const e of evidence) {
        expect(e.document).toMatchObject({
          id: demoDocument.id,
          title: demoDocument.title,
          publishedAt: demoDocument.publishedAt,
        });
      }
    }
  });
});

// ---------------------------------------------------------------- topics

describe('topics', () => {
  type TopicResult = TopicsQuery['topics'][number];
  let topics: TopicResult[];

  beforeAll(async () => {
    topics = expectData(await api.query(TOPICS)).topics;
  });

  it('lists the topics of data/actors.yaml, by name', () => {
    expect(topics.map((t) => t.id)).toEqual(
      [...registry.topics].sort(byNameThenId).map((t) => t.id),
    );
  });

  it('gives each topic the actors it concerns', () => {
    for (const topic of registry.topics) {
      const found = topics.find((t) => t.id === topic.id);
      expect({ topic: topic.id, concerns: sorted(found?.concerns.map((a) => a.id) ?? []) }).toEqual(
        { topic: topic.id, concerns: sorted(topic.concerns ?? []) },
      );
    }
  });

  it("gives each topic every actor's stance on it, with position, polarity and quotes", () => {
    for (const topic of registry.topics) {
      const found = topics.find((t) => t.id === topic.id);
      const got = (found?.stances ?? []).map((s) => ({
        topic: s.topic.id,
        actor: s.actor.id,
        position: s.position,
        polarity: s.polarity,
        quotes: sorted(s.evidence.map((e) => e.quote)),
      }));
      const expected = article.stances
        .filter((s) => s.topic === topic.id)
        .map((s) => ({
          topic: s.topic,
          actor: s.actor,
          position: s.position,
          polarity: s.polarity,
          quotes: sorted(s.evidence.map((e) => e.quote)),
        }));
      const key = (s: { actor: string }) => s.actor;
      expect(got.sort((a, b) => compareStrings(key(a), key(b)))).toEqual(
        expected.sort((a, b) => compareStrings(key(a), key(b))),
      );
    }
  });

  it('has Hegseth opposing NATO membership for Ukraine', () => {
    const nato = topics.find((t) => t.id === 'ukraine-nato-membership');
    expect(nato?.stances).toContainEqual(
      expect.objectContaining({
        actor: { id: 'hegseth' },
        position: 'OPPOSES',
        polarity: 'NEGATIVE',
      }),
    );
  });

  it('finds one topic by id', async () => {
    const data = expectData(
      await api.query<{ topic: { id: string; name: string } | null }>(TOPIC, {
        id: 'ukraine-nato-membership',
      }),
    );
    expect(data.topic).toEqual({
      id: 'ukraine-nato-membership',
      name: 'NATO membership for Ukraine',
    });
  });

  it('returns null for a topic id nothing has', async () => {
    const data = expectData(await api.query<{ topic: unknown }>(TOPIC, { id: 'no-such-topic' }));
    expect(data.topic).toBeNull();
  });
});

// ---------------------------------------------------------------- documents

describe('documents', () => {
  type DocumentResult = DocumentsQuery['documents'][number];

  it('returns the article with its title, date, references and text', async () => {
    const { documents } = expectData(await api.query(DOCUMENTS));
    expect(documents).toHaveLength(1);
    const [doc] = documents as [DocumentResult];
    expect(doc).toMatchObject({
      id: demoDocument.id,
      title: demoDocument.title,
      publishedAt: '2025-02-13',
      references: demoDocument.references,
    });
    expect(doc.references).toHaveLength(5);
  });

  it('returns the text byte for byte as in the .txt file', async () => {
    const { documents } = expectData(await api.query(DOCUMENTS));
    const text = documents[0]?.text ?? '';
    expect(text.length).toBe(demoTextBytes.toString('utf8').length);
    expect(Buffer.from(text, 'utf8').equals(demoTextBytes)).toBe(true);
  });

  it('finds one document by id', async () => {
    const data = expectData(
      await api.query<{ document: { id: string; title: string } | null }>(DOCUMENT, {
        id: demoDocument.id,
      }),
    );
    expect(data.document).toMatchObject({ id: demoDocument.id, title: demoDocument.title });
  });

  it('returns null for a document id nothing has', async () => {
    const data = expectData(
      await api.query<{ document: unknown }>(DOCUMENT, { id: 'no-such-document' }),
    );
    expect(data.document).toBeNull();
  });
});

// ---------------------------------------------------------------- scalars and details

describe('the Date scalar', () => {
  const readers: Array<[string, () => Promise<string | undefined>]> = [
    [
      'Query.documents',
      async () => expectData(await api.query(DOCUMENTS)).documents[0]?.publishedAt,
    ],
    [
      'Query.document',
      async () =>
        expectData(
          await api.query<{ document: { publishedAt: string } | null }>(DOCUMENT, {
            id: demoDocument.id,
          }),
        ).document?.publishedAt,
    ],
  ];
  it.each(readers)('serializes publishedAt from %s as YYYY-MM-DD', async (_where, read) => {
    const publishedAt = await read();
    expect(publishedAt).toMatch(ISO_DATE);
    expect(publishedAt).toBe(demoDocument.publishedAt);
  });
});

describe('Relation.details', () => {
  it('detailsObject is the object the deprecated details holds as text, for every relation', async () => {
    const data = expectData(
      await api.query<DetailsBothFormsQuery>(gql`
        query DetailsBothForms {
          relations(first: 100, filter: { includeRetracted: true }) {
            edges {
              node {
                id
                details
                detailsObject
              }
            }
          }
        }
      `),
    );
    const nodes = data.relations.edges.map((e) => e.node);
    expect(nodes).toHaveLength(article.relations.length);
    for (const { id, details, detailsObject } of nodes) {
      expect({ id, detailsObject }).toEqual({
        id,
        detailsObject: details == null ? null : (JSON.parse(details) as unknown),
      });
    }
    expect(nodes.some((r) => r.detailsObject !== null)).toBe(true);
  });

  it('is the JSON object { durationMinutes: 90 } for the Trump–Putin conversation', async () => {
    const spoke = await relationsOf('trump', 'OUT', ['SPOKE_WITH']);
    const withPutin = spoke.find((r) => r.target.id === 'putin');
    expect(withPutin?.details).toEqual(expect.any(String));
    expect(JSON.parse(withPutin?.details ?? 'null')).toEqual({ durationMinutes: 90 });
  });

  it('is the article’s details for every relation, and null where it gives none', async () => {
    const data = expectData(
      await api.query<DetailsQuery>(gql`
        query Details {
          actors(first: 100) {
            edges {
              node {
                relations(direction: OUT) {
                  id
                  type
                  confidence
                  details
                  source {
                    id
                  }
                  target {
                    id
                  }
                }
              }
            }
          }
        }
      `),
    );
    const got = new Map(
      data.actors.edges.flatMap((e) => e.node.relations).map((r) => [r.id, r.details]),
    );
    for (const relation of article.relations) {
      const details = got.get(relation.id);
      expect({
        relation: relation.id,
        details:
          details === null || details === undefined ? details : (JSON.parse(details) as unknown),
      }).toEqual({ relation: relation.id, details: relation.details ?? null });
    }
  });
});
