/**
 * The analyst queries against a real Neo4j, through the GraphQL request path:
 * rankings (on a synthetic star and chain whose answers are known by
 * construction, and their cache), the timeline, full-text search and the
 * CAMEO vocabulary, on the demo article and on synthetic datasets loaded
 * through the loader. Search's refusals of bad arguments, which need no
 * database, are in test/unit/arguments.test.ts.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { RELATION_TYPES } from '../../src/dataset/vocabulary';
import { loadDataset } from '../../src/load';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import { expectData, expectErrorCode, openTestApi, type TestApi } from '../harness/api';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await openTestApi(graph);
});
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});
beforeEach(async () => {
  // Rankings cached before the wipe stay in the API's cache: the graph version never returns to a
  // value it had before (cypher/meta/bump-version.cypher), so they are not served again.
  await clearGraph(graph);
});

// ---------------------------------------------------------------------------
// Synthetic datasets: each relation or stance is quoted from a sentence of its document.

interface RelationSpec {
  source: string;
  target: string;
  type: string;
  confidence: number;
  date?: string;
}

interface DocumentSpec {
  id: string;
  publishedAt: string;
  relations?: RelationSpec[];
  stances?: Array<{ actor: string; topic: string; position: string }>;
}

/** A dataset file for `documents`, each document's text made of one sentence per assertion. */
function dataset(documents: DocumentSpec[], registry: { actors?: string[]; topics?: string[] }) {
  const file = {
    actors: (registry.actors ?? []).map((id) => ({ id, name: `Actor ${id}`, kind: 'PERSON' })),
    topics: (registry.topics ?? []).map((id) => ({ id, name: `Topic ${id}` })),
    documents: [] as unknown[],
    relations: [] as unknown[],
    stances: [] as unknown[],
  };
  for (const doc of documents) {
    let text = '';
    const sentence = (words: string) => {
      const quote = `${words}.`;
      const start = text.length;
      text += `${quote} `;
      return [{ document: doc.id, quote, start, end: start + quote.length }];
    };
    for (const r of doc.relations ?? []) {
      file.relations.push({
        id: `rel-${r.source}-${r.type.toLowerCase()}-${r.target}`,
        type: r.type,
        source: r.source,
        target: r.target,
        polarity: 'NEUTRAL',
        confidence: r.confidence,
        ...(r.date ? { date: r.date } : {}),
        evidence: sentence(`${r.source} ${r.type.toLowerCase()} ${r.target}`),
      });
    }
    for (const s of doc.stances ?? []) {
      file.stances.push({
        id: `stance-${s.actor}-${s.topic}`,
        actor: s.actor,
        topic: s.topic,
        position: s.position,
        polarity: 'NEUTRAL',
        confidence: 0.8,
        evidence: sentence(`${s.actor} ${s.position.toLowerCase()} ${s.topic}`),
      });
    }
    file.documents.push({
      id: doc.id,
      title: `Document ${doc.id}`,
      publishedAt: doc.publishedAt,
      text,
    });
  }
  return file;
}

async function load(name: string, file: ReturnType<typeof dataset>) {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-analytics-'));
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify(file, null, 2));
  return loadDataset(graph, [path]);
}

const LEAVES = ['l1', 'l2', 'l3', 'l4', 'l5'];
const CHAIN = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
const NEWCOMERS = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'];

/**
 * A star (every leaf SUPPORTS the hub, confidences 0.9 down to 0.5) published
 * 2025-01-10, and a chain c1 → … → c6 of CALLED relations (confidence 0.5)
 * published 2025-02-20, whose first call is dated 2025-01-01 by its source,
 * with c3's stance on peace.
 */
function network() {
  return dataset(
    [
      {
        id: 'doc-star',
        publishedAt: '2025-01-10',
        relations: LEAVES.map((leaf, i) => ({
          source: leaf,
          target: 'hub',
          type: 'SUPPORTS',
          confidence: 0.9 - i / 10,
        })),
      },
      {
        id: 'doc-chain',
        publishedAt: '2025-02-20',
        relations: CHAIN.slice(1).map((target, i) => ({
          source: CHAIN[i],
          target,
          type: 'CALLED',
          confidence: 0.5,
          ...(i === 0 ? { date: '2025-01-01' } : {}),
        })),
        stances: [{ actor: 'c3', topic: 'peace', position: 'SUPPORTS' }],
      },
    ],
    { actors: ['hub', ...LEAVES, ...CHAIN], topics: ['peace'] },
  );
}

/** Six newcomers who all oppose c1, published 2025-03-05. */
function newcomers() {
  return dataset(
    [
      {
        id: 'doc-newcomers',
        publishedAt: '2025-03-05',
        relations: NEWCOMERS.map((n) => ({
          source: n,
          target: 'c1',
          type: 'OPPOSES',
          confidence: 0.7,
        })),
      },
    ],
    { actors: NEWCOMERS },
  );
}

// ---------------------------------------------------------------------------

interface RankingsData {
  rankings: Array<{ rank: number; score: number; actor: { id: string } }>;
}

const RANKINGS = gql`
  query Rankings($metric: RankingMetric!, $types: [RelationType!], $first: Int) {
    rankings(metric: $metric, types: $types, first: $first) {
      rank
      score
      actor {
        id
      }
    }
  }
`;

async function rankings(metric: string, types?: string[], first = 100) {
  const data = expectData(await api.query<RankingsData>(RANKINGS, { metric, types, first }));
  return data.rankings.map((r) => [r.actor.id, r.rank, Number(r.score.toFixed(6))]);
}

/** Counts the statements named `name` that `work` sends. */
async function counting(name: string, work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const stop = graph.onStatement((n) => {
    if (n === name) count++;
  });
  try {
    await work();
  } finally {
    stop();
  }
  return count;
}

describe('rankings', () => {
  beforeEach(async () => {
    await load('network', network());
  });

  it('DEGREE: the hub of the star first, then the inner links of the chain', async () => {
    expect(await rankings('DEGREE', undefined, 5)).toEqual([
      ['hub', 1, 5],
      ['c2', 2, 2],
      ['c3', 2, 2],
      ['c4', 2, 2],
      ['c5', 2, 2],
    ]);
  });

  it('WEIGHTED_DEGREE follows the confidences', async () => {
    expect(await rankings('WEIGHTED_DEGREE')).toEqual([
      ['hub', 1, 3.5],
      ['c2', 2, 1],
      ['c3', 2, 1],
      ['c4', 2, 1],
      ['c5', 2, 1],
      ['l1', 6, 0.9],
      ['l2', 7, 0.8],
      ['l3', 8, 0.7],
      ['l4', 9, 0.6],
      ['c1', 10, 0.5],
      ['c6', 10, 0.5],
      ['l5', 10, 0.5],
    ]);
  });

  it('BETWEENNESS: the hub of the star first; on the chain alone, its middle', async () => {
    const all = await rankings('BETWEENNESS');
    expect(all[0]?.[0]).toBe('hub');
    expect(await rankings('BETWEENNESS', ['CALLED'])).toEqual([
      ['c3', 1, 0.6],
      ['c4', 1, 0.6],
      ['c2', 3, 0.4],
      ['c5', 3, 0.4],
      ['c1', 5, 0],
      ['c6', 5, 0],
    ]);
  });

  it('PAGERANK: the hub first, and along the chain each actor above the one calling it', async () => {
    const all = await rankings('PAGERANK');
    expect(all[0]?.[0]).toBe('hub');
    const chain = (await rankings('PAGERANK', ['CALLED'])).map(([id]) => id);
    expect(chain).toEqual(['c6', 'c5', 'c4', 'c3', 'c2', 'c1']);
  });

  it('`types` keeps only relations of those types, and ranks only actors that have one', async () => {
    const supports = await rankings('DEGREE', ['SUPPORTS']);
    expect(supports.map(([id]) => id).sort()).toEqual(['hub', ...LEAVES].sort());
    expect(await rankings('DEGREE', ['THREATENS'])).toEqual([]);
  });

  it('`first` cuts the ranking and must be 1 to 100', async () => {
    expect(await rankings('DEGREE', undefined, 1)).toEqual([['hub', 1, 5]]);
    for (const first of [0, 101]) {
      const error = expectErrorCode(
        await api.query(RANKINGS, { metric: 'DEGREE', first }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toContain('first');
    }
  });

  it('is computed once per graph version: not again without a write, again after one', async () => {
    const first = await counting('rankings/edges', () => rankings('DEGREE'));
    expect(first).toBe(1);
    const again = await counting('rankings/edges', async () => {
      await rankings('DEGREE');
      await rankings('DEGREE');
    });
    expect(again).toBe(0);
    // Each request still reads the version, once.
    expect(await counting('meta/version', () => rankings('DEGREE'))).toBe(1);

    // Loading the same files again writes nothing, so the version (and the ranking) holds.
    await load('network', network());
    expect(await counting('rankings/edges', () => rankings('DEGREE'))).toBe(0);

    // Six newcomers opposing c1: the graph changes, the ranking is computed again.
    await load('newcomers', newcomers());
    let after: unknown[] = [];
    expect(
      await counting('rankings/edges', async () => {
        after = await rankings('DEGREE', undefined, 2);
      }),
    ).toBe(1);
    expect(after).toEqual([
      ['c1', 1, 7],
      ['hub', 2, 5],
    ]);
  });

  it('is computed again after the database is emptied and reloaded with other data', async () => {
    await rankings('DEGREE');
    await clearGraph(graph);
    // One load, as before the wipe: a counter that restarted would stand at the same number.
    const alone = newcomers();
    alone.actors.push({ id: 'c1', name: 'Actor c1', kind: 'PERSON' });
    await load('newcomers-alone', alone);
    let after: unknown[] = [];
    expect(
      await counting('rankings/edges', async () => {
        after = await rankings('DEGREE', undefined, 1);
      }),
    ).toBe(1);
    expect(after).toEqual([['c1', 1, 6]]);
  });

  it('caches each metric and type filter on its own', async () => {
    const sent = await counting('rankings/edges', async () => {
      await rankings('DEGREE');
      await rankings('PAGERANK');
      await rankings('DEGREE', ['CALLED']);
      await rankings('DEGREE', ['CALLED']);
    });
    expect(sent).toBe(3);
  });
});

describe('rankings on the demo article', () => {
  beforeEach(async () => {
    await loadDemo(graph);
  });

  it('ranks Trump first on every metric', async () => {
    for (const metric of ['DEGREE', 'WEIGHTED_DEGREE', 'PAGERANK', 'BETWEENNESS']) {
      const top = await rankings(metric, undefined, 3);
      expect({ metric, top: top[0]?.[0] }).toEqual({ metric, top: 'trump' });
    }
  });
});

// ---------------------------------------------------------------------------

interface TimelineData {
  timeline: Array<{
    date: string;
    item: { __typename: string; id: string; source?: { id: string }; actor?: { id: string } };
  }>;
}

const TIMELINE = gql`
  query Timeline($actorId: ID, $from: Date, $to: Date, $first: Int) {
    timeline(actorId: $actorId, from: $from, to: $to, first: $first) {
      date
      item {
        __typename
        ... on Relation {
          id
          type
          source {
            id
          }
          cameo {
            code
          }
          evidence {
            quote
          }
        }
        ... on Stance {
          id
          actor {
            id
          }
          topic {
            id
          }
        }
        ... on Document {
          id
          title
        }
      }
    }
  }
`;

async function timeline(variables: Record<string, unknown> = {}) {
  const data = expectData(await api.query<TimelineData>(TIMELINE, variables));
  return data.timeline.map((e) => `${e.date} ${e.item.__typename} ${e.item.id}`);
}

describe('timeline', () => {
  beforeEach(async () => {
    await load('network', network());
  });

  it('lists relations, stances and documents oldest first, ties by kind then id', async () => {
    expect(await timeline()).toEqual([
      '2025-01-01 Relation rel-c1-called-c2',
      '2025-01-10 Document doc-star',
      '2025-01-10 Relation rel-l1-supports-hub',
      '2025-01-10 Relation rel-l2-supports-hub',
      '2025-01-10 Relation rel-l3-supports-hub',
      '2025-01-10 Relation rel-l4-supports-hub',
      '2025-01-10 Relation rel-l5-supports-hub',
      '2025-02-20 Document doc-chain',
      '2025-02-20 Relation rel-c2-called-c3',
      '2025-02-20 Relation rel-c3-called-c4',
      '2025-02-20 Relation rel-c4-called-c5',
      '2025-02-20 Relation rel-c5-called-c6',
      '2025-02-20 Stance stance-c3-peace',
    ]);
  });

  it('keeps events from `from` to `to`, both included', async () => {
    expect(await timeline({ from: '2025-01-10', to: '2025-01-10' })).toEqual([
      '2025-01-10 Document doc-star',
      '2025-01-10 Relation rel-l1-supports-hub',
      '2025-01-10 Relation rel-l2-supports-hub',
      '2025-01-10 Relation rel-l3-supports-hub',
      '2025-01-10 Relation rel-l4-supports-hub',
      '2025-01-10 Relation rel-l5-supports-hub',
    ]);
    expect(await timeline({ from: '2025-02-01' })).toHaveLength(6);
    expect(await timeline({ to: '2025-01-09' })).toEqual(['2025-01-01 Relation rel-c1-called-c2']);
    expect(await timeline({ from: '2026-01-01' })).toEqual([]);
  });

  it('with `actorId`, only what involves the actor and the documents it is quoted from', async () => {
    expect(await timeline({ actorId: 'c3' })).toEqual([
      '2025-02-20 Document doc-chain',
      '2025-02-20 Relation rel-c2-called-c3',
      '2025-02-20 Relation rel-c3-called-c4',
      '2025-02-20 Stance stance-c3-peace',
    ]);
    expect(await timeline({ actorId: 'c2' })).toEqual([
      '2025-01-01 Relation rel-c1-called-c2',
      '2025-02-20 Document doc-chain',
      '2025-02-20 Relation rel-c2-called-c3',
    ]);
    expect(await timeline({ actorId: 'c2', from: '2025-01-02' })).toEqual([
      '2025-02-20 Document doc-chain',
      '2025-02-20 Relation rel-c2-called-c3',
    ]);
  });

  it('returns relations and stances whose fields resolve', async () => {
    const data = expectData(await api.query<TimelineData>(TIMELINE, { actorId: 'c3' }));
    const relation = data.timeline.find((e) => e.item.__typename === 'Relation')?.item;
    expect(relation).toMatchObject({
      source: { id: 'c2' },
      cameo: { code: '041' },
      evidence: [{ quote: 'c2 called c3.' }],
    });
    const stance = data.timeline.find((e) => e.item.__typename === 'Stance')?.item;
    expect(stance).toMatchObject({ actor: { id: 'c3' }, topic: { id: 'peace' } });
  });

  it('stops at `first`', async () => {
    expect(await timeline({ first: 2 })).toEqual([
      '2025-01-01 Relation rel-c1-called-c2',
      '2025-01-10 Document doc-star',
    ]);
  });

  it('refuses an unknown actor (NOT_FOUND), `from` after `to` and `first` outside 1 to 500', async () => {
    const unknown = expectErrorCode(await api.query(TIMELINE, { actorId: 'nobody' }), 'NOT_FOUND');
    expect(unknown.message).toContain('nobody');
    const swapped = expectErrorCode(
      await api.query(TIMELINE, { from: '2025-03-01', to: '2025-02-01' }),
      'BAD_USER_INPUT',
    );
    expect(swapped.message).toContain('from');
    for (const first of [0, 501]) {
      expectErrorCode(await api.query(TIMELINE, { first }), 'BAD_USER_INPUT');
    }
  });

  it('leaves out retracted relations', async () => {
    await graph.driver.executeQuery(
      "MATCH ()-[r:RELATION {id: 'rel-c2-called-c3'}]->() SET r.retractedAt = datetime()",
    );
    expect(await timeline({ actorId: 'c3' })).toEqual([
      '2025-02-20 Document doc-chain',
      '2025-02-20 Relation rel-c3-called-c4',
      '2025-02-20 Stance stance-c3-peace',
    ]);
  });
});

describe('timeline of the demo article', () => {
  beforeEach(async () => {
    await loadDemo(graph);
  });

  it("has the article and every relation and stance, dated the article's day", async () => {
    const events = await timeline({ first: 500 });
    expect(events[0]).toBe('2025-02-13 Document trump-putin-call-2025-02');
    expect(events.filter((e) => e.includes(' Relation '))).toHaveLength(23);
    expect(events.filter((e) => e.includes(' Stance '))).toHaveLength(16);
    expect(events.every((e) => e.startsWith('2025-02-13 '))).toBe(true);
  });

  it("Zelensky's: his relations, either way, and his stances", async () => {
    const data = expectData(
      await api.query<TimelineData>(TIMELINE, { actorId: 'zelensky', first: 500 }),
    );
    for (const { item } of data.timeline) {
      if (item.__typename === 'Stance') expect(item.actor?.id).toBe('zelensky');
    }
    expect(data.timeline.some((e) => e.item.source?.id === 'trump')).toBe(true);
    expect(data.timeline.some((e) => e.item.source?.id === 'zelensky')).toBe(true);
  });
});

// ---------------------------------------------------------------------------

interface SearchData {
  search: Array<{
    score: number;
    item: {
      __typename: string;
      id: string;
      name?: string;
      quote?: string;
      subjectId?: string;
      start?: number;
      end?: number;
      document?: { id: string };
      subject?: { __typename: string; id: string };
    };
  }>;
}

const SEARCH = gql`
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      score
      item {
        __typename
        ... on Actor {
          id
          name
        }
        ... on Topic {
          id
          name
        }
        ... on Evidence {
          id
          quote
          start
          end
          document {
            id
          }
          subject {
            __typename
            ... on Relation {
              id
            }
            ... on Stance {
              id
            }
          }
        }
      }
    }
  }
`;

async function search(query: string, first?: number) {
  return expectData(await api.query<SearchData>(SEARCH, { query, first })).search;
}

describe('search', () => {
  beforeEach(async () => {
    await loadDemo(graph);
  });

  it.each(['zelensky', 'ZELENSKYY', 'zelen'])('finds Zelensky, once, by "%s"', async (query) => {
    const hits = await search(query, 100);
    const actors = hits.filter((h) => h.item.__typename === 'Actor');
    expect(actors.map((h) => h.item.id)).toEqual(['zelensky']);
    expect(hits[0]?.item.id).toBe('zelensky');
  });

  it('finds the NATO topic and the NATO actor by "NATO"', async () => {
    const hits = (await search('NATO')).map((h) => `${h.item.__typename} ${h.item.id}`);
    expect(hits).toEqual(expect.arrayContaining(['Topic ukraine-nato-membership', 'Actor nato']));
  });

  it('finds a quote by a word in it, with its document and the assertion it supports', async () => {
    const hits = await search('unrealistic');
    const quote = hits.find((h) => h.item.__typename === 'Evidence');
    expect(quote?.item.quote).toContain('unrealistic');
    expect(quote?.item.document?.id).toBe('trump-putin-call-2025-02');
    expect(quote?.item.subject?.__typename).toMatch(/^(Relation|Stance)$/);
    expect(quote?.item.id).toBe(
      `${quote?.item.subject?.id}@trump-putin-call-2025-02:${quote?.item.start}-${quote?.item.end}`,
    );
  });

  it('orders hits best first and stops at `first`', async () => {
    const hits = await search('trump putin', 5);
    expect(hits).toHaveLength(5);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds nothing, without an error, for a word that is nowhere', async () => {
    expect(await search('xyzzyplugh')).toEqual([]);
  });

  it.each([
    '"foo" AND (bar OR \\ ~ *',
    ')(',
    '"',
    '\\',
    'NOT',
    'a:b',
    '[1 TO 5]',
    'title:/re.*/',
    '~~^2',
  ])('never fails on Lucene syntax: %s', async (query) => {
    const result = await api.query<SearchData>(SEARCH, { query });
    expect(result.errors).toBeUndefined();
    expect(Array.isArray(result.data?.search)).toBe(true);
  });
});

// ---------------------------------------------------------------------------

describe('CAMEO codes', () => {
  beforeEach(async () => {
    await loadDemo(graph);
  });

  it('relationTypes lists every relation type with its code', async () => {
    const data = expectData(
      await api.query<{
        relationTypes: Array<{
          type: string;
          description: string;
          cameo: { code: string; label: string; goldstein: number };
        }>;
      }>(gql`
        query RelationTypes {
          relationTypes {
            type
            description
            cameo {
              code
              label
              goldstein
            }
          }
        }
      `),
    );
    expect(data.relationTypes.map((t) => t.type)).toEqual([...RELATION_TYPES]);
    expect(data.relationTypes.find((t) => t.type === 'CALLED')).toEqual({
      type: 'CALLED',
      description: 'The source telephoned the target.',
      cameo: { code: '041', label: 'Discuss by telephone', goldstein: 1 },
    });
    for (const t of data.relationTypes) expect(t.cameo.code).toMatch(/^\d{2,4}$/);
  });

  it("every relation carries its type's code, and its quotes their subject", async () => {
    const data = expectData(
      await api.query<{
        actor: {
          relations: Array<{
            id: string;
            type: string;
            cameo: { code: string };
            evidence: Array<{ id: string; subject: { id: string } }>;
          }>;
        };
      }>(gql`
        query RelationCameos {
          actor(id: "trump") {
            relations {
              id
              type
              cameo {
                code
              }
              evidence {
                id
                subject {
                  ... on Relation {
                    id
                  }
                }
              }
            }
          }
        }
      `),
    );
    const called = data.actor.relations.find((r) => r.id === 'rel-trump-called-zelensky');
    expect(called?.cameo.code).toBe('041');
    for (const r of data.actor.relations) {
      for (const e of r.evidence) {
        expect(e.subject.id).toBe(r.id);
        expect(e.id.startsWith(`${r.id}@`)).toBe(true);
      }
    }
  });
});
