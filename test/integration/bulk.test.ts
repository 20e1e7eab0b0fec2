/**
 * `load --bulk` (src/load/bulk/): Neo4j's offline importer into a local Neo4j
 * of the test's own, in a temporary folder. The imported graph is the graph
 * the transactional loader writes (compared on the shared test Neo4j), for the
 * demo article and a generated corpus; a reload after it changes nothing; and
 * it refuses a database that holds data or a Neo4j running in its folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/config';
import { applySchema } from '../../src/db/connect';
import { createDriver } from '../../src/db/driver';
import { Graph } from '../../src/db/graph';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/localNeo4j';
import { generateCorpus } from '../../src/gen/generate';
import { loadDataset } from '../../src/load';
import { bulkLoad } from '../../src/load/bulk';
import { clearGraph, DEMO_DATA, dumpData, openTestGraph, PROJECT_ROOT } from '../harness/graph';

// Each bulk load starts the importer's JVM and a Neo4j, twice on a 2-core machine.
jest.setTimeout(600_000);

let shared: Graph;
const homes: string[] = [];

beforeAll(async () => {
  shared = await openTestGraph();
});
afterAll(async () => {
  await clearGraph(shared);
  await shared.close();
  for (const home of homes) await rm(home, { recursive: true, force: true });
});

function graphOf(local: LocalNeo4j): Graph {
  const target = {
    uri: local.uri,
    user: local.user,
    password: local.password,
    database: undefined,
  };
  return new Graph(createDriver(target), {
    database: undefined,
    queryTimeoutMs: 30_000,
    loadTimeoutMs: 120_000,
  });
}

/** Starts the local Neo4j of `home` with the schema applied, as the CLI's connect does. */
async function open(
  home: string,
): Promise<{ graph: Graph; local: LocalNeo4j; close(): Promise<void> }> {
  const local = await startLocalNeo4j({ home });
  const graph = graphOf(local);
  await applySchema(graph);
  return {
    graph,
    local,
    close: async () => {
      await graph.close();
      await local.stop();
    },
  };
}

async function newHome(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'stancegraph-bulk-test-'));
  homes.push(home);
  return home;
}

const bulkInto = (home: string, paths: string[]) =>
  bulkLoad(paths, {
    home,
    open: () => open(home),
    projectRoot: PROJECT_ROOT,
    log: () => undefined,
  });

/** The data the transactional loader leaves for `paths` on the shared test Neo4j. */
async function transactional(paths: string[]): Promise<string> {
  await clearGraph(shared);
  await loadDataset(shared, paths);
  return dumpData(shared);
}

/** The data in `home`'s database, and what a transactional reload of `paths` then reports. */
async function importedAndReloaded(
  home: string,
  paths: string[],
  whileRunning: () => Promise<void> = () => Promise.resolve(),
) {
  const db = await open(home);
  try {
    const data = await dumpData(db.graph);
    const reload = await loadDataset(db.graph, paths);
    await whileRunning();
    return { data, reload, after: await dumpData(db.graph) };
  } finally {
    await db.close();
  }
}

it('imports the demo article as the transactional loader writes it, and refuses to import again', async () => {
  const home = await newHome();
  const report = await bulkInto(home, [DEMO_DATA]);
  expect(report.relations.created).toBe(23);
  expect(report.evidence.created).toBe(50);

  const expected = await transactional([DEMO_DATA]);
  const { data, reload, after } = await importedAndReloaded(home, [DEMO_DATA], () =>
    expect(bulkInto(home, [DEMO_DATA])).rejects.toThrow(
      /a Neo4j is running in .*: stop that process/,
    ),
  );
  expect(data).toBe(expected);
  // Same content hashes and a recorded registry: the reload sends nothing and changes nothing.
  expect(reload.skipped.documents).toBe(1);
  expect(reload.skipped.registry).toBe(true);
  expect(after).toBe(data);

  const again = bulkInto(home, [DEMO_DATA]);
  await expect(again).rejects.toThrow(ConfigError);
  await expect(again).rejects.toThrow(/imports only into an empty database.*holds \d+ nodes/);
});

it('imports a generated corpus as the transactional loader writes it', async () => {
  const corpus = await newHome();
  generateCorpus({ actors: 60, relations: 600, documents: 25, seed: 5, format: 'yaml' }, corpus);
  const home = await newHome();
  const report = await bulkInto(home, [corpus]);
  expect(report.documents.created).toBe(25);
  expect(report.relations.created).toBe(600);

  const expected = await transactional([corpus]);
  const { data, reload } = await importedAndReloaded(home, [corpus]);
  expect(data).toBe(expected);
  expect(reload.skipped.documents).toBe(25);
});

it('refuses a bad dataset before importing anything, with the loader’s message', async () => {
  const home = await newHome();
  await expect(
    bulkInto(home, [
      join(PROJECT_ROOT, 'test', 'fixtures', 'datasets', 'bad', 'unknown-actor.yaml'),
    ]),
  ).rejects.toThrow(/unknown actor "bobb"/);
});
