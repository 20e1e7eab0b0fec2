/**
 * The dashboard aggregates (relationSeries, stanceSeries, activity,
 * pairSummary) against a real Neo4j, through the GraphQL request path, on
 * test/fixtures/datasets/aggregates.yaml: nine relations and six stances whose
 * counts, Goldstein sums and positions are worked out by hand in the comments
 * below. Also: the time bounds in every form Grafana sends, bad arguments,
 * and variables the operation does not declare (ignored, not refused).
 */
import { join } from 'node:path';
import { parse } from 'graphql';
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { loadDataset } from '../../src/load';
import { clearGraph, FIXTURES, openTestGraph } from '../harness/graph';
import { startServer } from '../../src/graphql/server';
import {
  expectData,
  expectErrorCode,
  openTestApi,
  silentLogger,
  type TestApi,
} from '../harness/api';
import type {
  ActivityQuery,
  ActivityQueryVariables,
  PairSummaryQuery,
  PairSummaryQueryVariables,
  RelationSeriesQuery,
  RelationSeriesQueryVariables,
  StanceSeriesQuery,
  StanceSeriesQueryVariables,
} from '../generated/operations';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

const RELATION_SERIES: TypedDocumentNode<RelationSeriesQuery, RelationSeriesQueryVariables> = gql`
  query RelationSeries(
    $filter: RelationFilter
    $interval: Interval!
    $groupBy: SeriesGroup
    $from: TimeBound
    $to: TimeBound
    $topGroups: Int
  ) {
    relationSeries(
      filter: $filter
      interval: $interval
      groupBy: $groupBy
      from: $from
      to: $to
      topGroups: $topGroups
    ) {
      time
      start
      end
      count
      goldsteinSum
      goldsteinMean
      groups {
        key
        label
        count
        goldsteinSum
        goldsteinMean
      }
      otherCount
    }
  }
`;

const STANCE_SERIES: TypedDocumentNode<StanceSeriesQuery, StanceSeriesQueryVariables> = gql`
  query StanceSeries($topicId: ID!, $interval: Interval!, $from: TimeBound, $to: TimeBound) {
    stanceSeries(topicId: $topicId, interval: $interval, from: $from, to: $to) {
      time
      start
      end
      supporters
      opponents
      worried
      undecided
      newStances
      positions {
        actor {
          id
        }
        position
        score
        stance {
          id
        }
      }
    }
  }
`;

const ACTIVITY: TypedDocumentNode<ActivityQuery, ActivityQueryVariables> = gql`
  query Activity($from: TimeBound, $to: TimeBound, $first: Int) {
    activity(from: $from, to: $to, first: $first) {
      rank
      actor {
        id
        name
      }
      total
      relations
      stances
      positive
      negative
      neutral
    }
  }
`;

const PAIR_SUMMARY: TypedDocumentNode<PairSummaryQuery, PairSummaryQueryVariables> = gql`
  query PairSummary($a: ID!, $b: ID!) {
    pairSummary(a: $a, b: $b) {
      a {
        id
      }
      b {
        id
      }
      aToB {
        ...Direction
      }
      bToA {
        ...Direction
      }
      count
      goldsteinBalance
      goldsteinMean
      firstDate
      lastDate
      latestEvidence {
        quote
        subject {
          ... on Relation {
            id
          }
        }
      }
    }
  }
  fragment Direction on PairDirection {
    count
    byType {
      type
      count
    }
    positive
    negative
    neutral
    goldsteinSum
    goldsteinMean
    firstDate
    lastDate
  }
`;

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await openTestApi(graph);
  await clearGraph(graph);
  await loadDataset(graph, [join(FIXTURES, 'datasets', 'aggregates.yaml')]);
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

/** Bucket starts and counts, the shape most assertions compare. */
const counts = (buckets: RelationSeriesQuery['relationSeries']) =>
  buckets.map((b) => [b.start, b.count]);

describe('relationSeries', () => {
  it('counts relations per month with their Goldstein sums and means', async () => {
    const { relationSeries } = expectData(await api.query(RELATION_SERIES, { interval: 'MONTH' }));
    // January: CALLED 1.0, CRITICIZES −2.0, PRAISES 3.4, THREATENS −4.4, CRITICIZES −2.0 = −4.0.
    // February: MEETS 2.5, CALLED 1.0, SUPPORTS 3.5 = 7.0. March: CALLED 1.0.
    expect(relationSeries.map((b) => [b.time, b.start, b.end, b.count])).toEqual([
      ['2025-01-01T00:00:00.000Z', '2025-01-01', '2025-01-31', 5],
      ['2025-02-01T00:00:00.000Z', '2025-02-01', '2025-02-28', 3],
      ['2025-03-01T00:00:00.000Z', '2025-03-01', '2025-03-31', 1],
    ]);
    const [jan, feb, mar] = relationSeries;
    expect(jan?.goldsteinSum).toBeCloseTo(-4.0, 9);
    expect(jan?.goldsteinMean).toBeCloseTo(-0.8, 9);
    expect(feb?.goldsteinSum).toBeCloseTo(7.0, 9);
    expect(feb?.goldsteinMean).toBeCloseTo(7 / 3, 9);
    expect(mar?.goldsteinMean).toBeCloseTo(1.0, 9);
    expect(jan?.groups).toEqual([]);
    expect(jan?.otherCount).toBe(0);
  });

  it('lists the largest groups of each bucket and counts the rest', async () => {
    const { relationSeries } = expectData(
      await api.query(RELATION_SERIES, { interval: 'MONTH', groupBy: 'POLARITY', topGroups: 2 }),
    );
    // January: NEGATIVE 3 (−2.0 −4.4 −2.0), then NEUTRAL 1 and POSITIVE 1 tie, by key.
    const jan = relationSeries[0];
    expect(jan?.groups.map((g) => [g.key, g.label, g.count])).toEqual([
      ['NEGATIVE', 'NEGATIVE', 3],
      ['NEUTRAL', 'NEUTRAL', 1],
    ]);
    expect(jan?.groups[0]?.goldsteinSum).toBeCloseTo(-8.4, 9);
    expect(jan?.groups[0]?.goldsteinMean).toBeCloseTo(-2.8, 9);
    expect(jan?.otherCount).toBe(1);
  });

  it('groups by pair with readable labels, under the relations filter', async () => {
    const { relationSeries } = expectData(
      await api.query(RELATION_SERIES, {
        interval: 'MONTH',
        groupBy: 'PAIR',
        filter: { actorIds: ['ana'], to: '2025-01-31' },
      }),
    );
    expect(counts(relationSeries)).toEqual([['2025-01-01', 5]]);
    expect(relationSeries[0]?.groups.map((g) => [g.key, g.label, g.count])).toEqual([
      ['ana>ben', 'Ana Arden → Ben Brook', 2],
      ['ana>cy', 'Ana Arden → Cy Cole', 1],
      ['ben>ana', 'Ben Brook → Ana Arden', 1],
      ['cy>ana', 'Cy Cole → Ana Arden', 1],
    ]);
  });

  it('takes ISO weeks from Monday, and epoch milliseconds as a number or a numeric string', async () => {
    const from = Date.UTC(2024, 11, 30); // Monday 2024-12-30
    const to = Date.UTC(2025, 0, 19, 23, 59); // Sunday 2025-01-19, late
    for (const bounds of [
      { from, to },
      { from: String(from), to: String(to) },
      { from: '2024-12-30', to: '2025-01-19T23:59:00Z' },
    ]) {
      const { relationSeries } = expectData(
        await api.query(RELATION_SERIES, { interval: 'WEEK', ...bounds }),
      );
      // Ben's praise dated Friday 2025-01-03; the 6th's two; the 15th's two.
      expect(counts(relationSeries)).toEqual([
        ['2024-12-30', 1],
        ['2025-01-06', 2],
        ['2025-01-13', 2],
      ]);
    }
  });

  it('fills empty buckets with zeros and a null mean', async () => {
    const { relationSeries } = expectData(
      await api.query(RELATION_SERIES, { interval: 'WEEK', from: '2025-01-20', to: '2025-02-09' }),
    );
    expect(relationSeries.map((b) => [b.start, b.count, b.goldsteinSum, b.goldsteinMean])).toEqual([
      ['2025-01-20', 0, 0, null],
      ['2025-01-27', 0, 0, null],
      ['2025-02-03', 0, 0, null],
    ]);
  });

  it('takes time bounds as literals in the query text, as Grafana substitutes them', async () => {
    const from = Date.UTC(2025, 1, 1);
    // Built as text, as Grafana does (and so that codegen does not take it for a typed operation).
    const text = `{ relationSeries(interval: DAY, from: ${from}, to: "2025-02-10") { start count } }`;
    const result = await api.query<{ relationSeries: Array<{ start: string; count: number }> }>(
      parse(text),
    );
    const { relationSeries } = expectData(result);
    expect(relationSeries).toHaveLength(10);
    expect(relationSeries.filter((b) => b.count > 0)).toEqual([{ start: '2025-02-10', count: 3 }]);
  });

  it.each([
    [{ interval: 'DAY', from: '2020-01-01', to: '2025-01-01' }, 'interval'],
    [{ interval: 'DAY', from: '2025-02-01', to: '2025-01-01' }, 'to'],
    [{ interval: 'DAY', from: '2025-01-01', filter: { to: '2024-12-01' } }, 'filter.to'],
    [{ interval: 'MONTH', topGroups: 0 }, 'topGroups'],
    [{ interval: 'MONTH', topGroups: 51 }, 'topGroups'],
  ] as const)('refuses %j naming %s', async (variables, argument) => {
    const error = expectErrorCode(
      await api.query(RELATION_SERIES, variables as RelationSeriesQueryVariables),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.argumentName).toBe(argument);
    expect(error.message.startsWith(`${argument}: `)).toBe(true);
  });

  it('refuses a bound in no accepted form, naming the variable and the forms', async () => {
    for (const from of ['yesterday', '2025-01-06T09:30', 1.5]) {
      const result = await api.query(RELATION_SERIES, {
        interval: 'DAY',
        from: from as string,
      });
      const message = result.errors?.[0]?.message ?? '';
      expect(message).toContain('$from');
      expect(message).toContain('ISO 8601 date');
      expect(message).toContain('epoch milliseconds');
    }
  });
});

describe('stanceSeries', () => {
  it("gives each month's balance and each actor's position at the month's end", async () => {
    const { stanceSeries } = expectData(
      await api.query(STANCE_SERIES, { topicId: 'canal', interval: 'MONTH' }),
    );
    const rows = stanceSeries.map((b) => ({
      start: b.start,
      counts: [b.supporters, b.opponents, b.worried, b.undecided, b.newStances],
      held: b.positions.map((p) => `${p.actor.id}:${p.position}`),
    }));
    expect(rows).toEqual([
      {
        start: '2025-01-01',
        counts: [1, 1, 1, 0, 3],
        held: ['ana:SUPPORTS', 'ben:OPPOSES', 'cy:WORRIES_ABOUT'],
      },
      {
        start: '2025-02-01',
        counts: [1, 2, 1, 0, 2],
        held: ['ana:OPPOSES', 'ben:OPPOSES', 'cy:WORRIES_ABOUT', 'dee:SUPPORTS'],
      },
      {
        start: '2025-03-01',
        counts: [2, 1, 1, 0, 1],
        held: ['ana:OPPOSES', 'ben:SUPPORTS', 'cy:WORRIES_ABOUT', 'dee:SUPPORTS'],
      },
    ]);
    const march = stanceSeries[2]?.positions ?? [];
    expect(march.map((p) => [p.stance.id, p.score])).toEqual([
      ['stance-ana-canal-feb', -0.8],
      ['stance-ben-canal-mar', 0.9],
      ['stance-cy-canal', -0.3],
      ['stance-dee-canal', 0.5],
    ]);
    expect(stanceSeries[0]?.time).toBe('2025-01-01T00:00:00.000Z');
  });

  it('gives the same counts when positions are not selected (and not read)', async () => {
    const text =
      '{ stanceSeries(topicId: "canal", interval: MONTH) { start supporters opponents worried } }';
    const result = await api.query<{
      stanceSeries: Array<{
        start: string;
        supporters: number;
        opponents: number;
        worried: number;
      }>;
    }>(parse(text));
    expect(expectData(result).stanceSeries).toEqual([
      { start: '2025-01-01', supporters: 1, opponents: 1, worried: 1 },
      { start: '2025-02-01', supporters: 1, opponents: 2, worried: 1 },
      { start: '2025-03-01', supporters: 2, opponents: 1, worried: 1 },
    ]);
  });

  it('keeps positions taken before the window', async () => {
    const { stanceSeries } = expectData(
      await api.query(STANCE_SERIES, {
        topicId: 'canal',
        interval: 'WEEK',
        from: '2025-02-17',
        to: '2025-02-23',
      }),
    );
    expect(
      stanceSeries.map((b) => [b.start, b.end, b.supporters, b.opponents, b.newStances]),
    ).toEqual([['2025-02-17', '2025-02-23', 1, 2, 0]]);
  });

  it('has no buckets for a topic nobody has a stance on, unless a window is given', async () => {
    const open = expectData(
      await api.query(STANCE_SERIES, { topicId: 'harbour', interval: 'MONTH' }),
    );
    expect(open.stanceSeries).toEqual([]);
    const { stanceSeries } = expectData(
      await api.query(STANCE_SERIES, {
        topicId: 'harbour',
        interval: 'MONTH',
        from: '2025-01-01',
        to: '2025-02-28',
      }),
    );
    expect(stanceSeries.map((b) => [b.start, b.supporters, b.newStances, b.positions])).toEqual([
      ['2025-01-01', 0, 0, []],
      ['2025-02-01', 0, 0, []],
    ]);
  });

  it('refuses an unknown topic and a window of too many buckets', async () => {
    const missing = expectErrorCode(
      await api.query(STANCE_SERIES, { topicId: 'no-such-topic', interval: 'MONTH' }),
      'NOT_FOUND',
    );
    expect(missing.message).toBe('topicId: no topic has id "no-such-topic"');
    expectErrorCode(
      await api.query(STANCE_SERIES, {
        topicId: 'canal',
        interval: 'DAY',
        from: '2000-01-01',
        to: '2025-01-01',
      }),
      'BAD_USER_INPUT',
    );
  });
});

describe('activity', () => {
  it('ranks actors by relations plus stances, with counts by polarity', async () => {
    const { activity } = expectData(await api.query(ACTIVITY, {}));
    // Ana: 8 relations (all but Dee's support) and 2 stances; positive: Ben's praise, the
    // meeting, her January stance; negative: her criticism, her threat, Cy's criticism, her
    // February stance; neutral: the three calls.
    expect(activity.map((a) => [a.rank, a.actor.id, a.total, a.relations, a.stances])).toEqual([
      [1, 'ana', 10, 8, 2],
      [2, 'ben', 8, 6, 2],
      [3, 'cy', 4, 3, 1],
      [4, 'dee', 2, 1, 1],
    ]);
    expect(activity[0]).toMatchObject({ positive: 3, negative: 4, neutral: 3 });
  });

  it('counts only what is dated in the window, ties sharing a rank', async () => {
    const { activity } = expectData(
      await api.query(ACTIVITY, { from: '2025-02-01', to: String(Date.UTC(2025, 1, 28)) }),
    );
    // February: the meeting, Ben's call, Dee's support; Ana's and Dee's stances.
    expect(activity.map((a) => [a.rank, a.actor.id, a.total])).toEqual([
      [1, 'ana', 3],
      [2, 'ben', 2],
      [2, 'dee', 2],
      [4, 'cy', 1],
    ]);
    const top = expectData(await api.query(ACTIVITY, { first: 1 })).activity;
    expect(top.map((a) => a.actor.id)).toEqual(['ana']);
  });

  it.each([0, 101])('refuses first: %d', async (first) => {
    const error = expectErrorCode(await api.query(ACTIVITY, { first }), 'BAD_USER_INPUT');
    expect(error.message).toBe(`first: must be between 1 and 100; got ${first}`);
  });
});

describe('pairSummary', () => {
  it('sums up both directions, the balance, the dates and the latest quotes', async () => {
    const { pairSummary } = expectData(await api.query(PAIR_SUMMARY, { a: 'ana', b: 'ben' }));
    // Ana → Ben: calls on Jan 6 and Mar 3, the threat, the meeting: 1.0 − 4.4 + 2.5 + 1.0 = 0.1.
    // Ben → Ana: the praise (Jan 3) and the call (Feb 10): 3.4 + 1.0 = 4.4.
    expect(pairSummary.aToB).toMatchObject({
      count: 4,
      byType: [
        { type: 'CALLED', count: 2 },
        { type: 'MEETS', count: 1 },
        { type: 'THREATENS', count: 1 },
      ],
      positive: 1,
      negative: 1,
      neutral: 2,
      firstDate: '2025-01-06',
      lastDate: '2025-03-03',
    });
    expect(pairSummary.aToB.goldsteinSum).toBeCloseTo(0.1, 9);
    expect(pairSummary.bToA).toMatchObject({
      count: 2,
      positive: 1,
      negative: 0,
      neutral: 1,
      firstDate: '2025-01-03',
      lastDate: '2025-02-10',
    });
    expect(pairSummary.bToA.goldsteinMean).toBeCloseTo(2.2, 9);
    expect(pairSummary.count).toBe(6);
    expect(pairSummary.goldsteinBalance).toBeCloseTo(4.5, 9);
    expect(pairSummary.goldsteinMean).toBeCloseTo(0.75, 9);
    expect([pairSummary.firstDate, pairSummary.lastDate]).toEqual(['2025-01-03', '2025-03-03']);
    expect(pairSummary.latestEvidence).toEqual([
      {
        quote: 'Ana Arden called Ben Brook to restart the talks.',
        subject: { id: 'rel-ana-called-ben-mar' },
      },
    ]);
  });

  it('answers zeros for actors with nothing between them', async () => {
    const { pairSummary } = expectData(await api.query(PAIR_SUMMARY, { a: 'ben', b: 'dee' }));
    expect(pairSummary).toMatchObject({
      count: 0,
      goldsteinBalance: 0,
      goldsteinMean: null,
      firstDate: null,
      lastDate: null,
      latestEvidence: [],
      aToB: { count: 0, byType: [], goldsteinMean: null },
    });
  });

  it('refuses the same actor twice and an unknown one', async () => {
    const same = expectErrorCode(
      await api.query(PAIR_SUMMARY, { a: 'ana', b: 'ana' }),
      'BAD_USER_INPUT',
    );
    expect(same.message).toBe('b: must differ from `a`; both are "ana"');
    const missing = expectErrorCode(
      await api.query(PAIR_SUMMARY, { a: 'ana', b: 'zed' }),
      'NOT_FOUND',
    );
    expect(missing.message).toBe('b: no actor has id "zed"');
  });
});

describe('variables the operation does not declare', () => {
  it('are ignored over HTTP too, in the body a Grafana panel POSTs', async () => {
    const server = await startServer(
      { graph, logger: silentLogger(), production: true },
      '127.0.0.1',
      0,
    );
    try {
      // Infinity substitutes ${__timeFrom} and ${__timeTo} into the query text as epoch ms.
      const from = Date.UTC(2025, 0, 1);
      const to = Date.UTC(2025, 2, 31, 23, 59, 59, 999);
      const query = `query Panel { relationSeries(interval: MONTH, groupBy: POLARITY, from: ${from}, to: "${to}") { time count } }`;
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query,
          variables: { maxDataPoints: 1200, refId: 'A', interval_ms: 3_600_000 },
        }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: {
          relationSeries: [
            { time: '2025-01-01T00:00:00.000Z', count: 5 },
            { time: '2025-02-01T00:00:00.000Z', count: 3 },
            { time: '2025-03-01T00:00:00.000Z', count: 1 },
          ],
        },
      });
    } finally {
      await server.stop();
    }
  });

  it('are ignored, as Grafana plugins send maxDataPoints, refId and interval_ms', async () => {
    const variables = {
      topicId: 'canal',
      interval: 'MONTH',
      maxDataPoints: 1200,
      refId: 'A',
      interval_ms: 3_600_000,
    } as StanceSeriesQueryVariables;
    const { stanceSeries } = expectData(await api.query(STANCE_SERIES, variables));
    expect(stanceSeries).toHaveLength(3);
  });
});
