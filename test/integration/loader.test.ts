/**
 * The loader against a real Neo4j: the demo corpus loads, a second load
 * changes nothing, and every kind of bad input is refused with a message that
 * names the file and the place, leaving the graph exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify, parse } from 'yaml';
import type { Graph } from '../../src/db/graph';
import { dumpAll, dumpGraph, read } from '../../src/store';
import { DatasetError } from '../../src/dataset';
import { generateCorpus } from '../../src/gen/generate';
import { loadDataset } from '../../src/load';
import { DOCUMENT_TRANSACTION_ROWS } from '../../src/load/loader';
import {
  clearGraph,
  DEMO_DATA,
  FIXTURES,
  loadDemo,
  openTestGraph,
  PROJECT_ROOT,
} from '../harness/graph';

const BAD = join(FIXTURES, 'datasets', 'bad');
let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});
beforeEach(async () => {
  await clearGraph(graph);
});

async function count(label: 'Actor' | 'Topic' | 'Document' | 'Evidence'): Promise<number> {
  const rows = await read(graph, dumpAll, {});
  return rows.filter((r) => r.kind === 'node' && r.labels.includes(label)).length;
}

async function expectRejected(
  paths: string[],
  ...expected: (string | RegExp)[]
): Promise<DatasetError> {
  const error = await loadDataset(graph, paths).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  const message = (error as DatasetError).message;
  for (const part of expected) {
    if (typeof part === 'string') expect(message).toContain(part);
    else expect(message).toMatch(part);
  }
  return error as DatasetError;
}

describe('loading the demo corpus', () => {
  it('writes every actor, topic, document, relation, stance and quote', async () => {
    const report = await loadDemo(graph);
    expect(report.actors.created).toBeGreaterThanOrEqual(20);
    expect(report.relations.created).toBeGreaterThanOrEqual(20);
    expect(report.stances.created).toBeGreaterThanOrEqual(10);
    expect(report.documents.created).toBe(1);
    expect(await count('Actor')).toBe(report.actors.created);
    expect(await count('Evidence')).toBe(report.evidence.created);
    // One transaction for the registry, one for the document.
    expect(report.transactions).toBe(2);
  });

  it('is idempotent: a second load creates and updates nothing and leaves the same graph', async () => {
    await loadDemo(graph);
    const before = await dumpGraph(graph);
    const second = await loadDemo(graph);
    for (const kind of [
      'actors',
      'topics',
      'documents',
      'relations',
      'stances',
      'evidence',
    ] as const) {
      expect({ kind, created: second[kind].created, updated: second[kind].updated }).toEqual({
        kind,
        created: 0,
        updated: 0,
      });
      expect(second[kind].written).toBeGreaterThan(0);
    }
    expect(await dumpGraph(graph)).toBe(before);
  });

  it('reports an update, and removes what a document no longer lists, when the dataset changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-reload-'));
    await copyFile(join(FIXTURES, 'datasets', 'small.yaml'), join(dir, 'small.yaml'));
    await loadDataset(graph, [dir]);
    const data = parse(await readFile(join(dir, 'small.yaml'), 'utf8')) as {
      relations: Array<{ id: string; confidence: number }>;
    };
    data.relations[0].confidence = 0.5;
    const dropped = data.relations.splice(1, 1)[0];
    await writeFile(join(dir, 'small.yaml'), stringify(data));
    const report = await loadDataset(graph, [dir]);
    expect(report.relations).toEqual({ written: 1, created: 0, updated: 1 });
    expect(report.removed.relations).toBe(1);
    expect(report.removed.evidence).toBe(1);
    const dump = await dumpGraph(graph);
    expect(dump).not.toContain(dropped.id);
    expect(dump).toContain('"confidence",0.5');
  });
});

describe('documents share transactions', () => {
  it('writes small documents several to a transaction, leaving the graph one per document leaves', async () => {
    const out = await mkdtemp(join(tmpdir(), 'stancegraph-grouped-'));
    const summary = generateCorpus(
      { actors: 60, relations: 600, documents: 40, seed: 7, format: 'yaml' },
      out,
    );
    const progress: number[] = [];
    const grouped = await loadDataset(graph, [out], {
      onProgress: ({ done }) => progress.push(done),
    });
    // The change counter counts transactions, so it is the one thing allowed to differ.
    const data = async () =>
      (await dumpGraph(graph))
        .split('\n')
        .filter((line) => !line.includes('"GraphMeta"'))
        .join('\n');
    const groupedDump = await data();
    // Every document reported once, in order, though several commit together.
    expect(progress).toEqual(Array.from({ length: summary.documents }, (_, i) => i + 1));
    const rows = summary.documents + summary.relations + summary.stances + summary.evidence;
    expect(grouped.transactions - 1).toBeGreaterThanOrEqual(
      Math.ceil(rows / DOCUMENT_TRANSACTION_ROWS),
    );
    expect(grouped.transactions - 1).toBeLessThan(summary.documents / 4);

    await clearGraph(graph);
    const single = await loadDataset(graph, [out], { documentTransactionRows: 1 });
    expect(single.transactions).toBe(1 + summary.documents);
    expect(single.relations).toEqual(grouped.relations);
    expect(single.evidence).toEqual(grouped.evidence);
    expect(await data()).toEqual(groupedDump);

    // A reload in groups changes nothing, and still prunes per document.
    const again = await loadDataset(graph, [out]);
    expect(again.relations.created + again.relations.updated).toBe(0);
    expect(again.removed).toEqual({ relations: 0, stances: 0, evidence: 0 });
    expect(await data()).toEqual(groupedDump);
    await rm(out, { recursive: true, force: true });
  });
});

describe('bad input is refused, named, and leaves the graph untouched', () => {
  const cases: Array<[string, ...(string | RegExp)[]]> = [
    [
      'unknown-actor.yaml',
      'unknown-actor.yaml:',
      'relations[0].target',
      'unknown actor "bobb"',
      'did you mean "bob"',
    ],
    ['unknown-type.yaml', 'unknown-type.yaml:', 'relations[0].type', 'CALLED'],
    ['wrong-type.yaml', 'wrong-type.yaml:', 'relations[0].confidence', 'expected number'],
    [
      'dangling-topic.yaml',
      'dangling-topic.yaml:',
      'stances[0].topic',
      'unknown topic "peace-talks"',
    ],
    ['duplicate-id.yaml', 'duplicate-id.yaml:', 'actors[2].id', 'duplicate actor id "alice"'],
    [
      'quote-not-verbatim.yaml',
      'quote-not-verbatim.yaml:',
      'relations[1].evidence[0].quote',
      'not verbatim',
    ],
    [
      'wrong-offsets.yaml',
      'wrong-offsets.yaml:',
      'relations[1].evidence[0].start',
      /set start: \d+, end: \d+/,
    ],
    ['truncated.yaml', 'truncated.yaml:', 'not valid YAML'],
    ['truncated.json', 'truncated.json:', 'not valid JSON'],
    ['empty.yaml', 'empty.yaml', 'file is empty'],
    ['not-utf8.yaml', 'not-utf8.yaml:', 'not valid UTF-8'],
  ];

  it.each(cases)('%s', async (file, ...expected) => {
    await loadDemo(graph);
    const before = await dumpGraph(graph);
    // Loaded beside a good file, so a partial write would show.
    await expectRejected([join(FIXTURES, 'datasets', 'small.yaml'), join(BAD, file)], ...expected);
    expect(await dumpGraph(graph)).toBe(before);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await loadDataset(graph, [join(FIXTURES, 'datasets', 'small.yaml')], {
      maxFileBytes: 100,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toMatch(
      /small\.yaml: file is \d+ bytes, over the 100-byte limit/,
    );
    expect(await dumpGraph(graph)).toBe('');
  });

  it('refuses a 50 MB file under the default limit, leaving the graph as it was', async () => {
    await loadDemo(graph);
    const before = await dumpGraph(graph);
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-huge-'));
    const huge = join(dir, 'huge.yaml');
    // Made at test time, not committed: a valid-looking dataset padded to 50 MB.
    const line = `# ${'x'.repeat(1022)}\n`;
    await writeFile(huge, `actors: []\n${line.repeat(50 * 1024)}`);
    const error = await loadDataset(graph, [huge]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toMatch(
      /huge\.yaml: file is 5\d{7} bytes, over the \d+-byte limit/,
    );
    expect(await dumpGraph(graph)).toBe(before);
    await rm(dir, { recursive: true });
  });

  it('checks references against what the graph already holds', async () => {
    await loadDemo(graph);
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-ref-'));
    const quote = 'Trump called Ukrainian President Volodymyr Zelensky';
    const text = await readFile(
      join(DEMO_DATA, 'documents', 'trump-putin-call-2025-02.txt'),
      'utf8',
    );
    const start = [...text.slice(0, text.indexOf(quote))].length;
    const relation = (target: string) => ({
      relations: [
        {
          id: 'rel-extra',
          type: 'CALLED',
          source: 'trump',
          target,
          polarity: 'NEUTRAL',
          confidence: 0.9,
          evidence: [
            { document: 'trump-putin-call-2025-02', quote, start, end: start + quote.length },
          ],
        },
      ],
    });
    await writeFile(join(dir, 'ok.yaml'), stringify(relation('zelensky')));
    const report = await loadDataset(graph, [join(dir, 'ok.yaml')]);
    expect(report.relations.created).toBe(1);
    await writeFile(join(dir, 'bad.yaml'), stringify(relation('zelenskyy')));
    await expectRejected(
      [join(dir, 'bad.yaml')],
      'bad.yaml:5:13 relations[0].target',
      'unknown actor "zelenskyy"',
    );
  });
});

describe('npm run load', () => {
  const cli = (args: string[]) =>
    spawnSync(
      process.execPath,
      [
        resolve(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'src/cli.ts',
        'load',
        ...args,
      ],
      {
        cwd: PROJECT_ROOT,
        env: process.env,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );

  it('exits 0 and prints what it created', () => {
    const run = cli(['data']);
    expect(run.stderr).not.toMatch(/failed/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/relations\s+\d+ created/);
  }, 120_000);

  it('exits 1 naming the file and field when the input is bad', () => {
    const run = cli([join(BAD, 'unknown-actor.yaml')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'unknown-actor.yaml:22:13 relations[0].target: unknown actor "bobb"',
    );
  }, 120_000);
});
