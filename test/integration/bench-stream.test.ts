/**
 * The streaming loader (src/load/stream.ts) against the in-memory one on the
 * cases streaming makes hard: a document file sorted before the registry it
 * refers to (checked again once every file is indexed), and a relation in one
 * file quoting, and so made at home in, the document of another file. Both
 * loaders must leave the same graph, and a reload must change nothing.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Graph } from '../../src/db/graph';
import { loadDataset, loadDatasetInMemory } from '../../src/load';
import { clearGraph, dumpData, openTestGraph } from '../harness/graph';

const DOC_A = 'Alpha spoke. Then Alpha left.';
const DOC_B = 'Beta says hello. Beta met Alpha.';
const at = (text: string, quote: string) => ({
  quote,
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
});

async function corpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-stream-'));
  await writeFile(
    join(dir, '0-doc-b.yaml'),
    stringify({
      documents: [{ id: 'doc-b', title: 'B', publishedAt: '2024-02-02', text: DOC_B }],
      relations: [
        {
          id: 'rel-b1',
          type: 'MEETS',
          source: 'beta',
          target: 'alpha',
          polarity: 'NEUTRAL',
          confidence: 0.9,
          evidence: [at(DOC_B, 'Beta met Alpha.')],
        },
        {
          id: 'rel-b2',
          type: 'PRAISES',
          source: 'beta',
          target: 'alpha',
          polarity: 'POSITIVE',
          confidence: 0.6,
          // First quote from another file's document: the relation is written with doc-a.
          evidence: [
            { document: 'doc-a', ...at(DOC_A, 'Then Alpha left.') },
            { document: 'doc-b', ...at(DOC_B, 'Beta says hello.') },
          ],
        },
      ],
    }),
  );
  await writeFile(
    join(dir, '1-doc-a.yaml'),
    stringify({
      documents: [{ id: 'doc-a', title: 'A', publishedAt: '2024-01-01', text: DOC_A }],
      relations: [
        {
          id: 'rel-a1',
          type: 'SPOKE_WITH',
          source: 'alpha',
          target: 'beta',
          polarity: 'NEUTRAL',
          confidence: 0.8,
          evidence: [at(DOC_A, 'Alpha spoke.')],
        },
      ],
    }),
  );
  await writeFile(
    join(dir, '2-registry.yaml'),
    stringify({
      actors: [
        { id: 'alpha', name: 'Alpha', kind: 'PERSON' },
        { id: 'beta', name: 'Beta', kind: 'COUNTRY' },
      ],
    }),
  );
  return dir;
}

let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
});

afterAll(async () => {
  await graph?.close();
});

it('leaves the graph the in-memory loader leaves, and reloads without a change', async () => {
  const dir = await corpus();
  await clearGraph(graph);
  const inMemory = await loadDatasetInMemory(graph, [dir]);
  const expected = await dumpData(graph);

  await clearGraph(graph);
  const streamed = await loadDataset(graph, [dir]);
  expect(await dumpData(graph)).toBe(expected);
  for (const k of ['actors', 'documents', 'relations', 'evidence'] as const)
    expect(streamed[k]).toEqual(inMemory[k]);
  expect(streamed.transactions).toBe(inMemory.transactions);

  const again = await loadDataset(graph, [dir]);
  for (const k of ['actors', 'documents', 'relations', 'evidence'] as const) {
    expect(again[k].created + again[k].updated).toBe(0);
  }
  expect(again.removed).toEqual({ relations: 0, stances: 0, evidence: 0 });
  expect(await dumpData(graph)).toBe(expected);
});
