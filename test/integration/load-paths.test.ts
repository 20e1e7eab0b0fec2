/**
 * The loader's two write paths and its skip, against a real Neo4j: documents
 * new to the graph are written with CREATE statements, documents already there
 * are merged, and both leave the same graph; a reload skips each document whose
 * content hash is unchanged (sending no document statement at all), rewrites the
 * one that changed, and `force` rewrites every document without changing the graph.
 * A registry too large for one transaction is written in chunks read back from
 * the streaming load's spool, leaving the graph the in-memory path leaves.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../src/db/graph';
import { bumpVersion, dumpGraph, write } from '../../src/store';
import { generateCorpus } from '../../src/gen/generate';
import { loadDataset, loadDatasetInMemory } from '../../src/load';
import { REGISTRY_TRANSACTION_ROWS, writeDocumentGroups } from '../../src/load/loader';
import { emptyReport } from '../../src/load/report';
import { readDataset } from '../../src/dataset';
import { existingIn } from '../../src/load/loader';
import { clearGraph, dumpData, openTestGraph } from '../harness/graph';

// Several loads per test on a shared 2-core machine.
jest.setTimeout(300_000);

let graph: Graph;
let corpus: string;
const DOCUMENTS = 30;

beforeAll(async () => {
  graph = await openTestGraph();
  corpus = await mkdtemp(join(tmpdir(), 'stancegraph-paths-'));
  generateCorpus(
    { actors: 50, relations: 450, documents: DOCUMENTS, seed: 11, format: 'yaml' },
    corpus,
  );
});
afterAll(async () => {
  await graph.close();
});
beforeEach(async () => {
  await clearGraph(graph);
});

/** The graph without its change counter (which counts transactions, so may differ). */
const data = () => dumpData(graph);

/** The names of the statements `work` sends. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const names: string[] = [];
  const stop = graph.onStatement((name) => names.push(name));
  try {
    await work();
  } finally {
    stop();
  }
  return names;
}

it('writes new documents with CREATE, existing ones with MERGE, and both leave the same graph', async () => {
  let created: Awaited<ReturnType<typeof loadDataset>> | undefined;
  const createNames = await statementsOf(async () => {
    created = await loadDataset(graph, [corpus]);
  });
  expect(createNames).toContain('load/assertions-create:relation');
  expect(createNames).not.toContain('load/assertions:relation');
  expect(created?.documents.created).toBe(DOCUMENTS);
  const viaCreate = await data();

  // The same corpus onto a graph that already holds every document (bare, without its
  // relations and quotes): each is merged and its relations and quotes go through MERGE.
  await clearGraph(graph);
  const plan = await readDataset([corpus], existingIn(graph));
  await loadDataset(graph, [join(corpus, 'actors.yaml')]);
  const bare = plan.documents.map((d) => ({
    id: d.id,
    document: d,
    relations: [],
    stances: [],
    evidence: [],
  }));
  await writeDocumentGroups(graph, plan.files, bare, emptyReport(plan.files));
  let merged: Awaited<ReturnType<typeof loadDataset>> | undefined;
  const mergeNames = await statementsOf(async () => {
    merged = await loadDataset(graph, [corpus]);
  });
  expect(mergeNames).toContain('load/assertions:relation');
  expect(mergeNames).not.toContain('load/assertions-create:relation');
  expect(merged?.documents.updated).toBe(DOCUMENTS);
  expect(merged?.relations.created).toBe(created?.relations.created);
  expect(await data()).toBe(viaCreate);
});

it('skips unchanged documents on a reload, rewrites a changed one, and rewrites all with force', async () => {
  await loadDataset(graph, [corpus]);
  const before = await dumpGraph(graph);

  let again: Awaited<ReturnType<typeof loadDataset>> | undefined;
  const names = await statementsOf(async () => {
    again = await loadDataset(graph, [corpus]);
  });
  expect(again?.skipped.documents).toBe(DOCUMENTS);
  expect(again?.documents.written).toBe(DOCUMENTS);
  expect(again?.relations).toEqual({ written: again?.relations.written, created: 0, updated: 0 });
  // No document, relation, stance or quote statement: the files are those of the last load, so
  // not even their hashes are read (src/load/corpusState.ts; test/integration/load-unchanged.test.ts).
  const documentStatements = names.filter((n) =>
    /^load\/(documents|relations|stances|evidence)/.test(n),
  );
  expect(documentStatements).toEqual([]);
  expect(again?.skipped.files).toBe(DOCUMENTS + 1);
  expect(await dumpGraph(graph)).toBe(before); // not even the change counter moved

  // One document's file changes: that document alone is rewritten.
  const file = join(corpus, 'documents', (await readdir(join(corpus, 'documents'))).sort()[2]);
  const original = await readFile(file, 'utf8');
  await writeFile(file, original.replace(/confidence: [0-9.]+/, 'confidence: 0.123'));
  try {
    const changed = await loadDataset(graph, [corpus]);
    expect(changed.skipped.documents).toBe(DOCUMENTS - 1);
    expect(changed.relations.updated + changed.stances.updated).toBe(1);
    expect(await dumpGraph(graph)).toContain('0.123');
  } finally {
    await writeFile(file, original);
  }
  await loadDataset(graph, [corpus]);
  const restored = await data();

  const forced = await loadDataset(graph, [corpus], { force: true });
  expect(forced.skipped.documents).toBe(0);
  expect(forced.documents.written).toBe(DOCUMENTS);
  expect(forced.documents.created + forced.documents.updated).toBe(0);
  expect(await data()).toBe(restored);
});

it('skips an unchanged registry only while nothing else has changed the graph since the last load', async () => {
  await loadDataset(graph, [corpus]);
  const registryStatements = async () =>
    (await statementsOf(() => loadDataset(graph, [corpus]))).filter((n) =>
      /^load\/(actors|actor-roles|topics)$/.test(n),
    );

  expect(await registryStatements()).toEqual([]);
  const again = await loadDataset(graph, [corpus]);
  expect(again.skipped.registry).toBe(true);
  expect(again.actors).toEqual({ written: 50, created: 0, updated: 0 });

  // Another writer's change (a mutation, another load): the next load writes its registry again
  // (which would undo an edit made through the API), then may skip it once more.
  await graph.writeTransaction((tx) => write(tx, bumpVersion, {}));
  expect(await registryStatements()).toContain('load/actors');
  expect(await registryStatements()).toEqual([]);

  // A changed registry is written, and so is an unchanged one with force.
  const registry = join(corpus, 'actors.yaml');
  const original = await readFile(registry, 'utf8');
  const edited = original.replace(/"name":"([^"]+)"/, '"name":"$1 Jr"');
  expect(edited).not.toBe(original);
  await writeFile(registry, edited);
  try {
    const changed = await loadDataset(graph, [corpus]);
    expect(changed.skipped.registry).toBe(false);
    expect(changed.actors.updated).toBe(1);
  } finally {
    await writeFile(registry, original);
  }
  expect((await loadDataset(graph, [corpus])).actors.updated).toBe(1);
  const forced = await loadDataset(graph, [corpus], { force: true });
  expect(forced.skipped.registry).toBe(false);
  expect(forced.actors.written).toBe(50);
});

it('writes a registry over REGISTRY_TRANSACTION_ROWS in chunks from the spool, leaving the graph the in-memory path leaves', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-registry-'));
  const actors = REGISTRY_TRANSACTION_ROWS * 2 + 7;
  // Split across two files so the spool's chunks are regathered; roles point across chunks.
  const actor = (i: number) =>
    `  - { id: a-${i}, name: Actor ${i}, kind: PERSON, roles: [{ title: Member, organization: a-${(i * 7919) % actors} }] }\n`;
  const half = Math.floor(actors / 2);
  const lines = Array.from({ length: actors }, (_, i) => actor(i));
  await writeFile(join(dir, 'a.yaml'), `actors:\n${lines.slice(0, half).join('')}`);
  await writeFile(
    join(dir, 'b.yaml'),
    `actors:\n${lines.slice(half).join('')}topics:\n  - { id: t-1, name: Topic one, concerns: [a-3, a-${actors - 1}] }\n`,
  );
  const streamed = await loadDataset(graph, [dir]);
  expect([streamed.actors.created, streamed.topics.created]).toEqual([actors, 1]);
  // Actors, then their roles, three transactions each; then the topic.
  expect(streamed.transactions).toBe(7);
  const viaSpool = await data();
  await clearGraph(graph);
  await loadDatasetInMemory(graph, [dir]);
  expect(await data()).toEqual(viaSpool);
  // The hash the spool built is the one the in-memory path records: a reload skips the registry.
  const again = await loadDataset(graph, [dir], {});
  expect(again.skipped.registry).toBe(true);
  await rm(dir, { recursive: true, force: true });
});
