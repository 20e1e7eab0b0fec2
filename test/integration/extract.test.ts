/**
 * From a new article to the graph with no hand edits: extract a fixture
 * article, load the draft with the registry into the real Neo4j through the
 * loader, and find its relations there marked EXTRACTED, with their confidence.
 * Then the `extract` and `eval-extract` commands as a script runs them: a
 * folder of articles in one run, JSON drafts that load as they are, and the
 * exit codes and messages for bad usage.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gql from 'graphql-tag';
import type { Graph } from '../../src/db/graph';
import { draftToYaml, extractDraft } from '../../src/extract/draft';
import { DEFAULT_REGISTRY, readRegistry } from '../../src/extract/registry';
import { loadDataset } from '../../src/load';
import { dumpAll, read } from '../../src/store';
import { openTestApi, expectData } from '../harness/api';
import { runCli, type Run } from '../harness/cli';
import { clearGraph, FIXTURES, openTestGraph } from '../harness/graph';

const TUNE = join(FIXTURES, 'extract', 'tune');
const ARTICLE = join(TUNE, 'steel-tariff-dispute.txt');
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

describe('extract, then load', () => {
  it('puts the new article in the graph, its relations marked EXTRACTED with a confidence', async () => {
    const report = await loadDataset(graph, [DEFAULT_REGISTRY, draftFile]);
    expect(report.documents.created).toBe(1);
    expect(report.relations.created).toBeGreaterThanOrEqual(5);

    const rows = await read(graph, dumpAll, {});
    const relations = rows.filter((r) => r.kind === 'relationship' && r.labels[0] === 'RELATION');
    const called = relations.find(
      (r) => r.props.id === 'steel-tariff-dispute.rel-peter-hall-called-daniela-robles',
    );
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
          { id: 'steel-tariff-dispute.rel-peter-hall-called-daniela-robles' },
        ),
      );
      expect(data.relation).toMatchObject({ type: 'CALLED', method: 'EXTRACTED' });
    } finally {
      await api.stop();
    }
  });
});

/** Runs `stancegraph <args>` to completion with the test run's environment. */
const stancegraph = (args: string[]): Promise<Run> => runCli(args, process.env);

describe('stancegraph extract', () => {
  it('extracts a folder in one run, one JSON draft per article, and the drafts load as they are', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'stancegraph-extract-cli-')), 'drafts');
    const run = await stancegraph(['extract', TUNE, '--out', out, '--format', 'json']);
    expect(run.status).toBe(0);
    const articles = (await readdir(TUNE)).filter((f) => f.endsWith('.txt'));
    const drafts = (await readdir(out)).sort();
    // One draft per article, and the new actors and topics they share, defined once.
    expect(drafts).toEqual(
      [...articles.map((f) => f.replace(/\.txt$/, '.json')), 'proposed.json'].sort(),
    );
    // The engine started once for the whole folder.
    expect(run.stderr.match(/engine rules ready in \d+ ms/g)).toHaveLength(1);
    // Progress over the articles on stderr (plain lines: stderr is a pipe), and one summary.
    expect(run.stderr).toContain(
      `extracting articles ${articles.length}/${articles.length} (100%)`,
    );
    expect(run.summary).toMatch(
      new RegExp(
        `^stancegraph: extracted ${articles.length} articles into .*drafts: \\d+ relations, .*\\(engine rules\\)`,
      ),
    );
    const steel = JSON.parse(await readFile(join(out, 'steel-tariff-dispute.json'), 'utf8')) as {
      relations: Array<{ id: string; method: string }>;
    };
    expect(steel.relations.map((r) => r.id)).toContain(
      'steel-tariff-dispute.rel-peter-hall-called-daniela-robles',
    );

    const report = await loadDataset(graph, [DEFAULT_REGISTRY, out]);
    expect(report.documents.created).toBe(articles.length);
    expect(report.relations.created).toBeGreaterThanOrEqual(articles.length);
  }, 120_000);

  it('writes one article to standard output, as YAML by default', async () => {
    const run = await stancegraph(['extract', ARTICLE, '--date', '2025-04-25']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^# Draft dataset extracted by `stancegraph extract` from steel-tariff-dispute\.txt/,
    );
    expect(run.stdout).toContain('id: steel-tariff-dispute.rel-peter-hall-called-daniela-robles');
    expect(run.stderr).not.toContain('extracting articles');
  }, 60_000);

  it.each([
    [['extract', 'no-such-article.txt'], 'article "no-such-article.txt" does not exist'],
    [['extract', TUNE], 'several articles need --out DIR'],
    [['extract', TUNE, '--out', tmpdir(), '--id', 'x'], '--id names one article'],
    [
      ['extract', ARTICLE, '--format', 'xml'],
      "option '--format <format>' argument 'xml' is invalid",
    ],
    [
      ['extract', ARTICLE, '--engine', 'nope'],
      "option '--engine <name>' argument 'nope' is invalid",
    ],
    [
      ['eval-extract', TUNE, '--engine', 'nope'],
      "option '--engine <name>' argument 'nope' is invalid",
    ],
  ])(
    'exits 2 on bad usage, naming what to change: %j',
    async (args, message) => {
      const run = await stancegraph(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    },
    60_000,
  );

  it('says in --registry help where the default registry lives', async () => {
    const run = await stancegraph(['extract', '--help']);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      `default: data/actors.yaml of this checkout (${DEFAULT_REGISTRY})`,
    );
  }, 60_000);
});

describe('stancegraph eval-extract', () => {
  it('scores several folders as splits, machine-readable with --json', async () => {
    const test = join(FIXTURES, 'extract', 'test');
    const run = await stancegraph(['eval-extract', TUNE, test, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      engine: string;
      splits: Array<{
        dir: string;
        articles: unknown[];
        relations: { byKind: object; total: { f1: number } };
      }>;
    };
    expect(result.engine).toBe('rules');
    expect(result.splits.map((s) => s.dir)).toEqual([TUNE, test]);
    expect(Object.keys(result.splits[0]?.relations.byKind ?? {})).toEqual([
      'CALL',
      'MEET',
      'NEGOTIATE',
      'POSITIVE',
      'NEGATIVE',
      'WORRY',
    ]);
    expect(run.summary).toMatch(
      /^stancegraph: scored \d+ articles with engine rules: .*tune: relation F1 \d\.\d\d/,
    );
  }, 120_000);

  it('exits 1 on a bad gold file, naming the file and the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-gold-'));
    await writeFile(join(dir, 'a.txt'), 'Trump called Putin on 12 February 2025.');
    await writeFile(
      join(dir, 'a.gold.json'),
      '{"relations": [["trump", "putin", "CALLED"]], "stances": []}',
    );
    const run = await stancegraph(['eval-extract', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(dir, 'a.gold.json')} relations[0][2]: "CALLED" is not a relation class`,
    );
  }, 60_000);
});
