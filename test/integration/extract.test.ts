/**
 * From a new article to the graph with no hand edits: extract a fixture
 * article, load the draft with the registry into the real Neo4j through the
 * loader, and find its relations there marked EXTRACTED, with their confidence.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { draftToYaml, extractDraft } from '../../src/extract/draft';
import { DEFAULT_REGISTRY, readRegistry } from '../../src/extract/registry';
import { loadDataset } from '../../src/load/loader';
import { openTestApi, expectData } from '../harness/api';
import { clearGraph, FIXTURES, openTestGraph } from '../harness/graph';

const ARTICLE = join(FIXTURES, 'extract', 'tune', 'steel-tariff-dispute.txt');
let graph: Graph;
let draftFile: string;

beforeAll(async () => {
  graph = await openTestGraph();
  const registry = await readRegistry([DEFAULT_REGISTRY]);
  const draft = extractDraft(await readFile(ARTICLE, 'utf8'), {
    registry,
    meta: {
      id: 'steel-tariff-dispute',
      title: 'Mexico condemns US steel tariffs',
      publishedAt: '2025-04-25',
    },
    sourceName: ARTICLE,
  });
  draftFile = join(await mkdtemp(join(tmpdir(), 'stancegraph-extract-')), 'draft.yaml');
  await writeFile(draftFile, draftToYaml(draft, ARTICLE));
});
afterAll(async () => {
  await graph.close();
});
beforeEach(async () => {
  await clearGraph(graph);
});

interface Row {
  kind: string;
  labels: string[];
  from: string;
  to: string;
  props: Record<string, unknown>;
}

describe('extract, then load', () => {
  it('puts the new article in the graph, its relations marked EXTRACTED with a confidence', async () => {
    const report = await loadDataset(graph, [DEFAULT_REGISTRY, draftFile]);
    expect(report.documents.created).toBe(1);
    expect(report.relations.created).toBeGreaterThanOrEqual(5);

    const rows = (await graph.read('admin/dump')) as unknown as Row[];
    const relations = rows.filter((r) => r.kind === 'relationship' && r.labels[0] === 'RELATION');
    const called = relations.find((r) => r.props.id === 'rel-peter-hall-called-daniela-robles');
    expect(called).toMatchObject({
      from: 'peter-hall',
      to: 'daniela-robles',
      props: { type: 'CALLED', method: 'EXTRACTED' },
    });
    expect(called?.props.confidence).toBeGreaterThan(0.5);
    expect(relations.every((r) => r.props.method === 'EXTRACTED')).toBe(true);
    // New actors were created, registry actors referenced: the United States is the registry's.
    const actors = rows.filter((r) => r.kind === 'node' && r.labels.includes('Actor'));
    expect(actors.map((a) => a.props.id)).toEqual(
      expect.arrayContaining(['daniela-robles', 'peter-hall', 'mexico', 'united-states']),
    );
  });

  it('loads the same draft twice without changing anything', async () => {
    await loadDataset(graph, [DEFAULT_REGISTRY, draftFile]);
    const second = await loadDataset(graph, [DEFAULT_REGISTRY, draftFile]);
    expect(second.relations.created + second.relations.updated).toBe(0);
    expect(second.stances.created + second.stances.updated).toBe(0);
  });

  it('serves Relation.method as EXTRACTED through the API', async () => {
    await loadDataset(graph, [DEFAULT_REGISTRY, draftFile]);
    const api = await openTestApi(graph);
    try {
      const data = expectData(
        await api.query<{ relation: { type: string; method: string; confidence: number } | null }>(
          gql`
            query ExtractedRelation($id: ID!) {
              relation(id: $id) {
                type
                method
                confidence
              }
            }
          `,
          { id: 'rel-peter-hall-called-daniela-robles' },
        ),
      );
      expect(data.relation).toMatchObject({ type: 'CALLED', method: 'EXTRACTED' });
    } finally {
      await api.stop();
    }
  });
});
