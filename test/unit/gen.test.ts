/**
 * The corpus generator (src/gen): deterministic for a seed, in the loader's
 * own format (every file passes the loader's validation, quotes verbatim at
 * their offsets), and shaped like news: every relation type, polarity and
 * stance position, a heavy-tailed actor degree, dates over years.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_GRAPH, readDataset } from '../../src/dataset';
import { POLARITIES, RELATION_TYPES, STANCE_POSITIONS } from '../../src/dataset/vocabulary';
import { generateCorpus } from '../../src/gen/generate';
import { parseSize } from '../../src/gen/sizes';
import { Random, splitCounts, Zipf } from '../../src/gen/random';

const OPTIONS = { actors: 300, relations: 3000, documents: 60, seed: 11 };

async function generate(options = OPTIONS) {
  const out = await mkdtemp(join(tmpdir(), 'stancegraph-gen-test-'));
  return { out, summary: generateCorpus(options, out) };
}

async function contents(dir: string): Promise<string[]> {
  const files = [
    'actors.yaml',
    ...(await readdir(join(dir, 'documents'))).sort().map((f) => join('documents', f)),
  ];
  return Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
}

describe('the generated corpus', () => {
  let out: string;
  let plan: Awaited<ReturnType<typeof readDataset>>;

  beforeAll(async () => {
    ({ out } = await generate());
    plan = await readDataset([out], EMPTY_GRAPH);
  });

  it('passes the loader’s validation: references, shapes and every quote at its offsets', () => {
    expect(plan.actors).toHaveLength(300);
    expect(plan.documents).toHaveLength(60);
    expect(plan.relations).toHaveLength(3000);
    expect(plan.stances).toHaveLength(600);
    for (const r of plan.relations.slice(0, 200)) {
      const doc = plan.documents.find((d) => d.id === r.homeDocumentId);
      for (const e of r.evidence)
        expect([...(doc?.text ?? '')].slice(e.start, e.end).join('')).toBe(e.quote);
    }
  });

  it('is the same, byte for byte, for the same seed, and another for another seed', async () => {
    const again = await generate();
    expect(await contents(again.out)).toEqual(await contents(out));
    const other = await generate({ ...OPTIONS, seed: 12 });
    expect(await contents(other.out)).not.toEqual(await contents(out));
  });

  it('uses every relation type, polarity and stance position', () => {
    expect(new Set(plan.relations.map((r) => r.type))).toEqual(new Set(RELATION_TYPES));
    expect(new Set(plan.relations.map((r) => r.polarity))).toEqual(new Set(POLARITIES));
    expect(new Set(plan.stances.map((s) => s.position))).toEqual(new Set(STANCE_POSITIONS));
  });

  it('puts a few actors in most relations (heavy-tailed degree) and spreads dates over years', () => {
    const degree = new Map<string, number>();
    for (const r of plan.relations)
      for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const top5Percent = sorted.slice(0, 15).reduce((s, d) => s + d, 0);
    expect(top5Percent / (2 * plan.relations.length)).toBeGreaterThan(0.3);
    const years = new Set(plan.documents.map((d) => d.publishedAt.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    const perDocument = plan.relations.length / plan.documents.length;
    expect(
      plan.relations.reduce((n, r) => n + r.evidence.length, 0) / plan.documents.length,
    ).toBeGreaterThan(perDocument);
  });
});

describe('generator helpers', () => {
  it('splits a total exactly, around the mean', () => {
    const counts = splitCounts(1000, 37, 0.6, new Random(3));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it('samples Zipf ranks with the expected head', () => {
    const zipf = new Zipf(100_000, 1);
    expect(zipf.shareOfTop(1000)).toBeGreaterThan(0.55);
    const random = new Random(1);
    let head = 0;
    for (let i = 0; i < 10_000; i++) if (zipf.sample(random) < 1000) head++;
    expect(head / 10_000).toBeGreaterThan(0.5);
  });

  it('parses named and explicit sizes', () => {
    expect(parseSize('m')).toMatchObject({ label: 'M', actors: 10_000, relations: 100_000 });
    expect(parseSize('200/2000')).toMatchObject({ actors: 200, relations: 2000, documents: 100 });
    expect(() => parseSize('huge')).toThrow(/S, M, L/);
  });
});
