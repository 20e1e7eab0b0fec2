/**
 * Reloading an unchanged corpus without reading it (src/load/corpusState.ts), against a real
 * Neo4j: when every file is byte for byte what the last load recorded and nothing changed the
 * graph since, no file is parsed (counted by a spy that calls through to the real reader) and only
 * the load state is read; a changed byte in a document or in a text file a document names, a
 * changed registry, another writer's change, a new file and `force` each make the load read and
 * validate every file again.
 */
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../src/db/graph';
import * as read from '../../src/dataset/read';
import { generateCorpus } from '../../src/gen/generate';
import { loadDataset } from '../../src/load';
import { bumpVersion, dumpGraph, write } from '../../src/store';
import { clearGraph, DEMO_DATA, openTestGraph } from '../harness/graph';

jest.setTimeout(300_000);

let graph: Graph;
let corpus: string;
const DOCUMENTS = 12;
const FILES = DOCUMENTS + 1; // the registry, then one file per document

beforeAll(async () => {
  graph = await openTestGraph();
  corpus = await mkdtemp(join(tmpdir(), 'stancegraph-unchanged-'));
  generateCorpus(
    { actors: 30, relations: 120, documents: DOCUMENTS, seed: 7, format: 'yaml' },
    corpus,
  );
});
afterAll(async () => {
  await graph.close();
});
beforeEach(async () => {
  await clearGraph(graph);
});

/** The load's report, the statements it sent and how many files it parsed. */
async function observed(paths: string[], options: { force?: boolean } = {}) {
  const parse = jest.spyOn(read, 'readDatasetFile');
  const names: string[] = [];
  const stop = graph.onStatement((name) => names.push(name));
  try {
    const report = await loadDataset(graph, paths, options);
    return { report, names, parsed: parse.mock.calls.length };
  } finally {
    stop();
    parse.mockRestore();
  }
}

/** Runs `work` with `file` edited by `edit`, then puts the file back. */
async function whileEdited(file: string, edit: (s: string) => string, work: () => Promise<void>) {
  const original = await readFile(file, 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  await writeFile(file, edited);
  try {
    await work();
  } finally {
    await writeFile(file, original);
  }
}

it('reports an unchanged corpus as loaded without parsing a file or writing anything', async () => {
  const first = await observed([corpus]);
  expect(first.parsed).toBe(FILES);
  const before = await dumpGraph(graph);

  const again = await observed([corpus]);
  expect(again.parsed).toBe(0);
  expect(again.names).toEqual(['meta/load-state']);
  expect(again.report.skipped).toEqual({ files: FILES, documents: DOCUMENTS, registry: true });
  for (const kind of ['actors', 'topics', 'documents', 'relations', 'stances', 'evidence'] as const)
    expect(again.report[kind]).toEqual({
      written: first.report[kind].written,
      created: 0,
      updated: 0,
    });
  expect(again.report.transactions).toBe(0);
  expect(await dumpGraph(graph)).toBe(before); // not even the change counter moved
});

it('reads and validates every file again when one byte of a document changed, and rewrites that one', async () => {
  await loadDataset(graph, [corpus]);
  const documents = join(corpus, 'documents');
  const file = join(documents, (await readdir(documents)).sort()[3]);
  await whileEdited(
    file,
    (s) => s.replace(/confidence: [0-9.]+/, 'confidence: 0.321'),
    async () => {
      const changed = await observed([corpus]);
      expect(changed.parsed).toBe(FILES);
      expect(changed.report.skipped.files).toBe(0);
      expect(changed.report.skipped.documents).toBe(DOCUMENTS - 1);
      expect(changed.report.relations.updated + changed.report.stances.updated).toBe(1);
      expect(await dumpGraph(graph)).toContain('0.321');
      // That load recorded the changed files: loading them again reads nothing.
      expect((await observed([corpus])).parsed).toBe(0);
    },
  );
  // Back to the original bytes: read again, the document rewritten as it was.
  const restored = await observed([corpus]);
  expect(restored.parsed).toBe(FILES);
  expect(restored.report.relations.updated + restored.report.stances.updated).toBe(1);
});

it('reads every file again after a registry change, another writer’s change, a new file, or with force', async () => {
  await loadDataset(graph, [corpus]);
  await whileEdited(
    join(corpus, 'actors.yaml'),
    (s) => s.replace(/"name":"([^"]+)"/, '"name":"$1 Sr"'),
    async () => {
      const changed = await observed([corpus]);
      expect(changed.parsed).toBe(FILES);
      expect(changed.report.skipped.registry).toBe(false);
      expect(changed.report.actors.updated).toBe(1);
    },
  );
  expect((await observed([corpus])).parsed).toBe(FILES); // the registry restored
  expect((await observed([corpus])).parsed).toBe(0);

  await graph.writeTransaction((tx) => write(tx, bumpVersion, {}));
  expect((await observed([corpus])).parsed).toBe(FILES);
  expect((await observed([corpus])).parsed).toBe(0);

  const forced = await observed([corpus], { force: true });
  expect(forced.parsed).toBe(FILES);
  expect(forced.report.skipped).toEqual({ files: 0, documents: 0, registry: false });

  // The same files plus one more (the demo article and its actors, copied beside them).
  const more = await mkdtemp(join(tmpdir(), 'stancegraph-unchanged-more-'));
  await cp(DEMO_DATA, more, { recursive: true });
  expect((await observed([corpus])).parsed).toBe(0);
  expect((await observed([corpus, more])).parsed).toBe(FILES + 2);
});

it('reads the corpus again when a text file a document names changed, though its YAML did not', async () => {
  const demo = await mkdtemp(join(tmpdir(), 'stancegraph-unchanged-demo-'));
  await cp(DEMO_DATA, demo, { recursive: true });
  await loadDataset(graph, [demo]);
  expect((await observed([demo])).parsed).toBe(0);
  const text = join(demo, 'documents', 'trump-putin-call-2025-02.txt');
  await whileEdited(
    text,
    (s) => `${s}An added closing sentence.\n`,
    async () => {
      const changed = await observed([demo]);
      expect(changed.parsed).toBe(2);
      expect(changed.report.documents.updated).toBe(1);
    },
  );
});
