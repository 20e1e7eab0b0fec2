/**
 * `npm run bench -- --size S|M|L|ACTORS/RELATIONS[/DOCUMENTS]` — stancegraph
 * against its floors and its peer, side by side, in one run on one database.
 *
 * 1. Generates (or reuses) the corpus for the size (src/gen).
 * 2. Starts a fresh local Neo4j in a temp dir (unless NEO4J_URI is set: then
 *    that database is used and EMPTIED).
 * 3. Loading: the raw UNWIND … CREATE floor, the naive one-MERGE-per-row
 *    loader (time-boxed, extrapolated), stancegraph's loader, then the same
 *    load again (idempotent); the graph is cleared between contenders. Each
 *    runs in a child process, so its peak RSS is its own.
 * 4. Querying: stancegraph's server (in this process, port 0), the same stack
 *    with one resolver returning the floor statement's rows (the
 *    GraphQL-over-HTTP floor, ./lib/floors.ts), the same Cypher through the
 *    driver, and @neo4j/graphql (child process, port 0), taking turns in
 *    rounds (./lib/rounds.ts), from a load generator in another child
 *    process: fixed concurrency, uncounted warm-up, bounded in count and time,
 *    loopback only. Before them, `{ __typename }` through stancegraph's stack
 *    and through Apollo's standalone server.
 * 5. Plans: every statement stancegraph's benchmark queries send, PROFILEd.
 * 6. Memory: the server's RSS at rest and under load; the loader's peak RSS.
 *
 * Prints a table and writes bench/results/<size>-<timestamp>.json. The
 * command line is bench/main.ts.
 */
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, cpus, totalmem, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pino from 'pino';
import type { BenchRunner } from '../src/bench/flags';
import { readConfig } from '../src/config';
import { createDriver, LOAD_RETRY_MS } from '../src/db/driver';
import { Graph } from '../src/db/graph';
import { applySchema } from '../src/db/connect';
import { graphVersion, read } from '../src/store';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/localNeo4j';
import { startServer } from '../src/graphql/server';
import { parseSize } from '../src/gen/sizes';
import { ensureCorpus } from './lib/corpus';
import { runChild } from './lib/children';
import type { LoadResult } from './lib/load-child';
import { LoadClient } from './lib/client';
import type { Target } from './lib/client-child';
import { floorBody, startHttpFloors, TYPENAME, type HttpFloors } from './lib/floors';
import { interleave } from './lib/rounds';
import type { BenchOptions, BenchResult, LatencyStats, LoadingRow, QueryRow } from './lib/result';
import { benchQueries, body, pickParameters } from './lib/queries';
import { checkPlans } from './lib/plans';
import { BENCH_DIR, clearBenchGraph, formatJson, procMemory, round, sleep } from './lib/util';
import { formatGrowth, formatResult } from './lib/report';

function loadingRow(
  contender: LoadingRow['contender'],
  r: LoadResult,
  totalRelations: number,
): LoadingRow {
  const seconds = r.ms / 1000;
  const row: LoadingRow = {
    contender,
    seconds: round(seconds, 2),
    relations: r.rows.relations,
    relationsPerSecond: round(r.rows.relations / seconds, 0),
    statements: r.statements,
    transactions: r.transactions,
    peakRssMb: round(r.peakRssMb, 0),
    startRssMb: round(r.startRssMb, 0),
    topStatements: Object.entries(r.timings)
      .map(([statement, t]) => ({ statement, ms: round(t.ms, 0), count: t.count }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8),
  };
  if (r.partial && r.phases?.extrapolatedMs !== undefined) {
    // stancegraph's loader, time-boxed: validation and registry measured, documents extrapolated.
    const fullSeconds = r.phases.extrapolatedMs / 1000;
    const written = Math.round(
      (r.phases.documents / Math.max(1, r.phases.totalDocuments)) * totalRelations,
    );
    row.relations = written;
    row.relationsPerSecond = round(totalRelations / fullSeconds, 0);
    row.extrapolated = { fromRelations: written, fullSeconds: round(fullSeconds, 0) };
  } else if (r.partial) {
    row.extrapolated = {
      fromRelations: r.rows.relations,
      fullSeconds: round((totalRelations / Math.max(1, r.rows.relations)) * seconds, 0),
    };
  }
  if (r.phases) {
    row.phases = {
      validateSeconds: round(r.phases.validateMs / 1000, 1),
      registrySeconds: round(r.phases.registryMs / 1000, 1),
      documentsSeconds: round(r.phases.documentsMs / 1000, 1),
      documents: r.phases.documents,
      totalDocuments: r.phases.totalDocuments,
      peakRssMb: r.phases.peakRssMb && {
        validate: Math.round(r.phases.peakRssMb.validate),
        registry: Math.round(r.phases.peakRssMb.registry),
        documents: Math.round(r.phases.peakRssMb.documents),
      },
    };
  }
  return row;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { log, size } = options;
  const startedAt = new Date().toISOString();
  const loadAverageBefore = loadavg().map((x) => round(x, 2));
  const corpus = await ensureCorpus(size, options.seed, log);

  let local: LocalNeo4j | undefined;
  let home: string | undefined;
  let target: { uri: string; user: string; password: string; database: string | undefined };
  if (process.env.NEO4J_URI) {
    target = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE,
    };
    log(`neo4j: using NEO4J_URI=${target.uri} (its graph is emptied)`);
  } else {
    home = await mkdtemp(join(tmpdir(), 'stancegraph-bench-neo4j-'));
    log(`neo4j: starting a fresh local Neo4j in ${home}`);
    local = await startLocalNeo4j({ home, log: (line) => log(`neo4j: ${line}`) });
    target = { uri: local.uri, user: local.user, password: local.password, database: undefined };
  }
  const childEnv = {
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
  };
  const graph = new Graph(createDriver(target, { retryMs: LOAD_RETRY_MS }), {
    database: target.database,
    queryTimeoutMs: 60_000,
    loadTimeoutMs: 600_000,
  });
  const children: ChildProcess[] = [];
  let client: LoadClient | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let cachedServer: Awaited<ReturnType<typeof startServer>> | undefined;
  let serverGraph: Graph | undefined;
  let floors: HttpFloors | undefined;
  try {
    const version = await graph.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name + " " + versions[0] + " " + edition AS v',
    );
    const neo4jVersion = String(version.records[0]?.get('v') ?? 'unknown');
    await applySchema(graph);
    await clearBenchGraph(graph);

    // Loading. The naive loader goes first: its time box also warms the JVM up for the others.
    const total = corpus.summary.relations;
    const loading: LoadingRow[] = [];
    const budget = options.loadSeconds;
    const rawLoad = async () => {
      log('loading: raw UNWIND … CREATE (the floor)');
      const raw = await runChild<LoadResult>('load-child.ts', ['raw', corpus.rowsFile], childEnv);
      return {
        ...loadingRow('raw-create', raw, total),
        note: '5000 rows per statement, no MERGE, no validation',
      };
    };
    log(`loading: naive one MERGE per row (at most ${options.naiveSeconds} s, then extrapolated)`);
    const naive = await runChild<LoadResult>(
      'load-child.ts',
      ['naive', corpus.rowsFile, String(options.naiveSeconds * 1000)],
      childEnv,
    );
    loading.push({
      ...loadingRow('naive-merge', naive, total),
      note: 'document phase only (registry written by the floor first, untimed)',
    });
    await clearBenchGraph(graph);
    let rawRow: LoadingRow | undefined;
    if (budget === undefined) {
      rawRow = await rawLoad();
      loading.push(rawRow);
      await clearBenchGraph(graph);
      log('loading: parse the YAML once, then UNWIND … CREATE (the floor with parsing)');
      const parsed = await runChild<LoadResult>(
        'load-child.ts',
        ['parse-raw', corpus.dir],
        childEnv,
      );
      loading.push({
        ...loadingRow('parse-and-create', parsed, total),
        note: 'the corpus YAML parsed once, then 5000 rows per statement, no MERGE, no validation',
      });
      await clearBenchGraph(graph);
    }
    const budgetArgs = budget === undefined ? [] : [String(budget * 1000)];
    let project: LoadResult | undefined;
    // --load-seconds 0: stancegraph's loader is not run at all (its numbers come from smaller sizes).
    if (budget !== 0) {
      log(
        `loading: stancegraph loader (validate everything, then MERGE, whole documents several to a transaction)${budget ? `, documents for at most ${budget} s` : ''}`,
      );
      project = await runChild<LoadResult>(
        'load-child.ts',
        ['project', corpus.dir, ...budgetArgs],
        childEnv,
      );
      loading.push(loadingRow('stancegraph', project, total));
      log('loading: stancegraph loader again (idempotent)');
      // Every load transaction that changes anything bumps the graph's version: unchanged means idempotent.
      const version = async () => (await read(graph, graphVersion, {}))[0]?.version;
      const versionBefore = await version();
      const reload = await runChild<LoadResult>(
        'load-child.ts',
        ['project', corpus.dir, ...budgetArgs],
        childEnv,
      );
      let idempotent = (await version()) === versionBefore;
      if (reload.report) {
        const report = reload.report as Record<string, unknown> & {
          removed: { relations: number; stances: number; evidence: number };
        };
        const kinds = ['actors', 'topics', 'documents', 'relations', 'stances', 'evidence'];
        const changed = kinds.reduce((sum, k) => {
          const c = report[k] as { created: number; updated: number };
          return sum + c.created + c.updated;
        }, 0);
        idempotent &&=
          changed === 0 &&
          report.removed.relations + report.removed.stances + report.removed.evidence === 0;
      }
      // A time-boxed reload goes on past the documents the first load wrote, so it changes the graph
      // by design: idempotency is only judged when both loads covered the whole corpus.
      loading.push(
        budget === undefined
          ? { ...loadingRow('stancegraph-reload', reload, total), idempotent }
          : {
              ...loadingRow('stancegraph-reload', reload, total),
              note: 'time-boxed: idempotency not judged (the reload writes past the first load)',
            },
      );
    }
    if (budget === undefined) {
      log('loading: stancegraph load --bulk (the offline importer) into an empty Neo4j of its own');
      const bulk = await runChild<LoadResult>('load-child.ts', ['bulk', corpus.dir], childEnv);
      loading.push({
        ...loadingRow('stancegraph-bulk', bulk, total),
        note: 'validate, CSV, neo4j-admin import, then Neo4j started with its indexes built: until queryable',
      });
    }
    if (budget !== undefined) {
      await clearBenchGraph(graph);
      rawRow = await rawLoad();
      loading.splice(1, 0, rawRow);
    }

    // Queries.
    log('queries: picking parameters');
    const picked = await pickParameters(graph.driver, target.database);
    const queries = benchQueries(picked, options.aggregates ?? true);
    log('plans: PROFILE of every statement the benchmark queries send');
    const plans = await checkPlans(graph, queries);
    // The API's own Graph, as `stancegraph start` builds it (serving retry window, default timeouts).
    serverGraph = new Graph(createDriver(target), {
      database: target.database,
      queryTimeoutMs: readConfig({}).queryTimeoutMs,
      loadTimeoutMs: readConfig({}).loadTimeoutMs,
    });
    server = await startServer(
      { graph: serverGraph, logger: pino({ level: 'silent' }), production: true },
      '127.0.0.1',
      0,
    );
    // The same server with the response cache on: the warm column, never mixed into the cold ones.
    cachedServer = await startServer(
      {
        graph: serverGraph,
        logger: pino({ level: 'silent' }),
        production: true,
        responseCacheMb: 64,
        changePollMs: 0,
      },
      '127.0.0.1',
      0,
    );
    floors = await startHttpFloors(
      serverGraph,
      target.database,
      new Set(queries.flatMap((q) => q.floor.map((f) => (f as { cypher: string }).cypher))),
    );
    const peer = await runChild<{ url: string }>('peer-child.ts', [], childEnv, (c) =>
      children.push(c),
    );
    client = new LoadClient();
    const bolt: Target = {
      kind: 'bolt',
      ...target,
      database: target.database ?? undefined,
    };
    await sleep(1000);
    const serverRestRssMb = round(procMemory().rssMb, 0);
    let serverUnderLoadRssMb = serverRestRssMb;
    const rounds = {
      rounds: options.rounds ?? 3,
      concurrency: options.concurrency,
      requests: options.requests,
      seconds: options.seconds,
      warmupRequests: options.warmupRequests,
      warmupSeconds: options.warmupSeconds,
    };
    const load1 = () => round(loadavg()[0], 2);
    log('queries: { __typename } through the stack and through Apollo standalone');
    const floorLoadBefore = load1();
    const typename = await interleave(
      client,
      [
        {
          name: 'stack',
          target: { kind: 'http', url: server.url },
          requests: [{ body: TYPENAME }],
        },
        {
          name: 'standalone',
          target: { kind: 'http', url: floors.standaloneUrl },
          requests: [{ body: TYPENAME }],
        },
      ],
      rounds,
    );
    const httpFloors = {
      stack: typename.get('stack') as LatencyStats,
      standalone: typename.get('standalone') as LatencyStats,
      loadAverage: [floorLoadBefore, load1()] as [number, number],
    };
    const rows: QueryRow[] = [];
    for (const q of queries) {
      log(`queries: ${q.title}`);
      const loadBefore = load1();
      // This process's RSS under load: stancegraph's server with the GraphQL floor's beside it.
      let peak = 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, procMemory().rssMb);
      }, 50);
      const got = await interleave(
        client,
        [
          {
            name: 'stancegraph',
            target: { kind: 'http', url: server.url },
            requests: q.stancegraph.map(body),
          },
          {
            name: 'warm',
            target: { kind: 'http', url: cachedServer.url },
            requests: q.stancegraph.map(body),
          },
          {
            name: 'graphqlFloor',
            target: { kind: 'http', url: floors.graphqlFloorUrl },
            requests: q.floor.map(floorBody),
          },
          { name: 'floor', target: bolt, requests: q.floor },
          ...(q.peer
            ? [
                {
                  name: 'peer',
                  target: { kind: 'http' as const, url: peer.url },
                  requests: q.peer.map(body),
                },
              ]
            : []),
        ],
        rounds,
      );
      clearInterval(sampler);
      serverUnderLoadRssMb = Math.max(serverUnderLoadRssMb, round(peak, 0));
      rows.push({
        key: q.key,
        title: q.title,
        ...(q.peerNote ? { peerNote: q.peerNote } : {}),
        parameterSets: q.stancegraph.length,
        stancegraph: got.get('stancegraph') as LatencyStats,
        graphqlFloor: got.get('graphqlFloor'),
        warm: got.get('warm'),
        floor: got.get('floor') as LatencyStats,
        ...(q.peer ? { peer: got.get('peer') } : {}),
        loadAverage: [loadBefore, load1()],
        plan: plans.find((p) => p.key === q.key),
        serverRssUnderLoadMb: round(peak, 0),
      });
    }
    for (const c of children) c.send({ stop: true });

    const result: BenchResult = {
      version: 1,
      size,
      seed: options.seed,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: {
        nproc: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        memoryGiB: round(totalmem() / 1024 ** 3, 1),
        node: process.version,
        loadAverageBefore,
        loadAverageAfter: loadavg().map((x) => round(x, 2)),
        neo4j: `${neo4jVersion}${local ? ' (embedded, tools/neo4j-local: 256 MiB page cache, 1 GiB heap)' : ''}`,
      },
      settings: {
        seed: options.seed,
        concurrency: options.concurrency,
        requests: options.requests,
        seconds: options.seconds,
        warmupRequests: options.warmupRequests,
        warmupSeconds: options.warmupSeconds,
        rounds: options.rounds ?? 3,
        naiveSeconds: options.naiveSeconds,
        ...(budget !== undefined ? { loadSeconds: budget } : {}),
      },
      corpus: {
        files: corpus.summary.files,
        mib: round(corpus.summary.bytes / 1_048_576, 1),
        relations: corpus.summary.relations,
        stances: corpus.summary.stances,
        evidence: corpus.summary.evidence,
        actors: corpus.summary.actors,
        documents: corpus.summary.documents,
      },
      hub: { id: picked.hub.id, outDegree: picked.hub.degree },
      queriedGraph: budget === undefined ? 'stancegraph-loader' : 'raw-floor',
      loading,
      httpFloors,
      queries: rows,
      memory: {
        serverRestRssMb,
        serverUnderLoadRssMb,
        loaderPeakRssMb: round(project?.peakRssMb ?? 0, 0),
      },
    };
    if (options.resultsDir) {
      await mkdir(options.resultsDir, { recursive: true });
      const file = join(
        options.resultsDir,
        `${size.label}-${startedAt.replace(/[:.]/g, '-').replace(/Z$/, '')}.json`,
      );
      await writeFile(file, await formatJson(file, result));
      result.resultsFile = file;
    }
    return result;
  } finally {
    await client?.stop();
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await server?.stop();
    await cachedServer?.stop();
    await floors?.stop();
    await serverGraph?.close();
    await graph.close();
    await local?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  }
}

/** The newest saved result of each of S, M and L, in that order. */
async function newestResults(dir: string): Promise<BenchResult[]> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const out: BenchResult[] = [];
  for (const label of ['S', 'M', 'L']) {
    const newest = files.filter((f) => f.startsWith(`${label}-`)).pop();
    if (newest) out.push(JSON.parse(await readFile(join(dir, newest), 'utf8')) as BenchResult);
  }
  return out;
}

/** What `stancegraph bench` and `npm run bench` run once their flags are parsed (src/bench/command.ts). */
export const runBenchCli: BenchRunner['runBenchCli'] = async (o) => {
  if (o.show) {
    process.stdout.write(
      `${formatResult(JSON.parse(await readFile(o.show, 'utf8')) as BenchResult)}\n`,
    );
    return { summary: `showed ${o.show}` };
  }
  if (o.report) {
    const results = await newestResults(join(BENCH_DIR, 'results'));
    process.stdout.write(`${formatGrowth(results)}\n`);
    return { summary: `reported the growth over ${results.length} saved result(s)` };
  }
  const done: string[] = [];
  for (const label of o.size.split(',')) {
    const result = await runBenchmark({
      size: parseSize(label),
      seed: o.seed,
      concurrency: o.concurrency,
      requests: o.requests,
      seconds: o.seconds,
      warmupRequests: o.warmup,
      warmupSeconds: 3,
      rounds: o.rounds,
      naiveSeconds: o.naiveSeconds,
      ...(o.loadSeconds !== undefined ? { loadSeconds: o.loadSeconds } : {}),
      aggregates: o.aggregates,
      resultsDir: o.save ? join(BENCH_DIR, 'results') : null,
      log: (line) => process.stderr.write(`bench: ${line}\n`),
    });
    process.stdout.write(`${formatResult(result)}\n`);
    if (result.resultsFile) process.stdout.write(`results: ${result.resultsFile}\n`);
    done.push(
      `${result.size.label} (${result.corpus.relations} relations${result.resultsFile ? `, ${relative(process.cwd(), result.resultsFile)}` : ''})`,
    );
  }
  return { summary: `benchmarked ${done.join('; ')}` };
};
