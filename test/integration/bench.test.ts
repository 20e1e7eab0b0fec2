/**
 * The benchmark (bench/run.ts) as a smoke check: a tiny corpus through the
 * whole code path (generation, the loaders, the query contenders over HTTP
 * and Bolt taking turns in rounds, the HTTP floors, plans, memory), checking that every row is
 * there and nothing failed. No time is asserted: timings on a shared CI
 * machine say nothing; `npm run bench` is where they are measured.
 */
import { runBenchmark } from '../../bench/run';
import { parseSize } from '../../src/gen/sizes';

const QUERY_KEYS = [
  'actor-by-alias',
  'actor-relations-evidence',
  'neighborhood-depth2',
  'shortest-path',
  'topic-positions',
  'ranking-degree',
  'relations-page',
  'hub-relations-page',
  'relation-series',
  'stance-series',
  'activity',
  'pair-summary',
];
/** The aggregates @neo4j/graphql cannot express: no peer row (the report says n/a). */
const NO_PEER = new Set(['relation-series', 'stance-series', 'activity', 'pair-summary']);

it('runs every loading and query contender on a tiny corpus and reports each', async () => {
  const result = await runBenchmark({
    size: parseSize('200/2000'),
    seed: 5,
    concurrency: 2,
    requests: 16,
    seconds: 2,
    warmupRequests: 4,
    warmupSeconds: 1,
    rounds: 2,
    naiveSeconds: 2,
    resultsDir: null,
    log: () => undefined,
  });

  expect(result.corpus).toMatchObject({ actors: 200, relations: 2000, documents: 100 });
  // The naive loader runs first (it warms the JVM up for the others); the report keeps run order.
  expect(result.loading.map((l) => l.contender)).toEqual([
    'naive-merge',
    'raw-create',
    'parse-and-create',
    'stancegraph',
    'stancegraph-reload',
    'stancegraph-bulk',
  ]);
  const row = (name: (typeof result.loading)[number]['contender']) =>
    result.loading.find((l) => l.contender === name);
  const [raw, naive, loader, reload] = [
    row('raw-create'),
    row('naive-merge'),
    row('stancegraph'),
    row('stancegraph-reload'),
  ];
  expect(raw?.relations).toBe(2000);
  expect(row('parse-and-create')?.relations).toBe(2000);
  expect(loader?.relations).toBe(2000);
  expect(reload?.idempotent).toBe(true);
  // load --bulk, into an empty Neo4j of its own, imports the same corpus.
  expect(row('stancegraph-bulk')?.relations).toBe(2000);
  expect(naive?.relations).toBeGreaterThan(0);
  for (const row of result.loading) expect(row.relationsPerSecond).toBeGreaterThan(0);

  const floors = result.httpFloors;
  for (const contender of [floors?.stack, floors?.standalone]) {
    expect(contender?.errors).toBe(0);
    expect(contender?.roundP50s).toHaveLength(2);
    expect(contender?.p50).toBeGreaterThan(0);
  }

  expect(result.queries.map((q) => q.key)).toEqual(QUERY_KEYS);
  for (const q of result.queries) {
    expect(q.loadAverage).toHaveLength(2);
    expect({ query: q.key, peer: q.peer !== undefined }).toEqual({
      query: q.key,
      peer: !NO_PEER.has(q.key),
    });
    const peer = NO_PEER.has(q.key) ? [] : [q.peer];
    for (const contender of [q.stancegraph, q.warm, q.graphqlFloor, q.floor, ...peer]) {
      if (!contender) throw new Error(`${q.key}: a contender is missing`);
      expect({ query: q.key, errors: contender.errors, firstError: contender.firstError }).toEqual({
        query: q.key,
        errors: 0,
        firstError: undefined,
      });
      expect(contender.count).toBeGreaterThan(0);
      expect(contender.p50).toBeGreaterThan(0);
      expect(contender.p99).toBeGreaterThanOrEqual(contender.p50);
      // The median of two rounds, each of which measured something.
      expect(contender.roundP50s).toHaveLength(2);
    }
    expect(q.plan?.statements.length).toBeGreaterThan(0);
    expect(['ok', 'expected', 'flag']).toContain(q.plan?.verdict);
  }
  expect(result.memory.serverRestRssMb).toBeGreaterThan(0);
  expect(result.memory.loaderPeakRssMb).toBeGreaterThan(0);
}, 900_000);
