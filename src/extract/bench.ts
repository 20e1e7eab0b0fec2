/**
 * `npm run bench:extract [-- ENGINE…]`: how fast each extraction engine is
 * (all of src/extract/engines.ts by default). Each engine runs in a fresh
 * process, so its cold start is honest: engine creation plus the first article
 * (model loading, a server start). Then, warm, articles per second over every
 * fixture article (test/fixtures/extract/*, and the demo article), and the
 * time for a 100 KB article built from the fixture sentences (BENCH_LARGE=0
 * skips it). An article is analysed and turned into a draft, as `extract` does.
 * Timings depend on the machine; the tests assert none of them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { draftFromAnalysis } from './draft';
import { createEngine, engineNames } from './engines';
import { defaultLexicon } from './lexicon';
import { readRegistry } from './registry';

const ROOT = resolve(__dirname, '..', '..');
const DEMO = join(ROOT, 'data', 'documents', 'trump-putin-call-2025-02.txt');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'extract');
const SPLITS = ['tune', 'test'];

/** Every fixture article, then the demo article. */
function benchArticles(): string[] {
  const fixtures = SPLITS.flatMap((split) => {
    const dir = join(FIXTURES, split);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  });
  return [...fixtures, readFileSync(DEMO, 'utf8')];
}

/** About `bytes` of news-like text: the tuning fixtures' sentences, in paragraphs, repeated in order. */
export function syntheticArticle(bytes = 100 * 1024): string {
  const dir = join(FIXTURES, 'tune');
  const sentences = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/\n+/)
        .flatMap((p) => p.split(/(?<=[.!?])\s+(?=[A-Z“"])/)),
    )
    .filter((s) => s.trim() !== '');
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 4) {
    const p = [0, 1, 2, 3].map((k) => sentences[(i + k) % sentences.length]).join(' ');
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join('\n\n');
}

interface EngineTimes {
  engine: string;
  articles: number;
  coldMs: number;
  warmArticlesPerSecond: number;
  warmKbPerSecond: number;
  largeMs?: number;
}

/** Measures one engine in this process (the child side). */
async function measure(name: string): Promise<EngineTimes> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const texts = benchArticles();
  const registry = await readRegistry();
  const extract = async (engine: Awaited<ReturnType<typeof createEngine>>, text: string) => {
    const lexicon = defaultLexicon();
    const analysis = await engine.analyze({ text, publishedAt: '2025-03-01' }, registry, lexicon);
    return draftFromAnalysis(text, analysis, {
      registry,
      lexicon,
      meta: { publishedAt: '2025-03-01' },
    });
  };
  let t0 = performance.now();
  const engine = await createEngine(name, { log: (line) => process.stderr.write(`${line}\n`) });
  try {
    await extract(engine, texts[0] ?? '');
    const coldMs = performance.now() - t0;
    t0 = performance.now();
    for (let r = 0; r < runs; r++) for (const text of texts) await extract(engine, text);
    const seconds = (performance.now() - t0) / 1000;
    const kb = (runs * texts.reduce((n, t) => n + Buffer.byteLength(t), 0)) / 1024;
    let largeMs: number | undefined;
    if (process.env.BENCH_LARGE !== '0') {
      t0 = performance.now();
      await extract(engine, syntheticArticle());
      largeMs = performance.now() - t0;
    }
    return {
      engine: name,
      articles: texts.length,
      coldMs,
      warmArticlesPerSecond: (runs * texts.length) / seconds,
      warmKbPerSecond: kb / seconds,
      largeMs,
    };
  } finally {
    await engine.close();
  }
}

/** Runs each engine in a fresh process and prints a table. */
function main(requested: string[]): void {
  const names = requested.length > 0 ? requested : engineNames();
  const unknown = names.filter((n) => !engineNames().includes(n));
  if (unknown.length > 0) {
    process.stderr.write(`unknown engine ${unknown.join(', ')}: use ${engineNames().join(', ')}\n`);
    process.exit(2);
  }
  const rows: string[] = [];
  for (const name of names) {
    const child = spawnSync(
      process.execPath,
      ['--require', 'tsx/cjs', __filename, '--child', name],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (child.status !== 0) {
      rows.push(`${name.padEnd(8)}  failed (exit ${child.status ?? child.signal})`);
      continue;
    }
    const t = JSON.parse(child.stdout) as EngineTimes;
    rows.push(
      [
        t.engine.padEnd(8),
        `${t.coldMs.toFixed(0)} ms`.padStart(12),
        t.warmArticlesPerSecond.toFixed(1).padStart(15),
        t.warmKbPerSecond.toFixed(1).padStart(10),
        (t.largeMs === undefined ? '-' : `${t.largeMs.toFixed(0)} ms`).padStart(15),
      ].join('  '),
    );
  }
  process.stdout.write(
    [
      `extraction speed over ${benchArticles().length} articles (test/fixtures/extract/{tune,test} and the demo), ${process.env.BENCH_RUNS ?? 3} warm passes`,
      `${'engine'.padEnd(8)}  ${'cold start'.padStart(12)}  ${'warm articles/s'.padStart(15)}  ${'warm KB/s'.padStart(10)}  ${'100 KB article'.padStart(15)}`,
      ...rows,
      'cold start: engine creation and the first article, in a fresh process.',
      '',
    ].join('\n'),
  );
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    measure(args[1] ?? '').then(
      (t) => process.stdout.write(`${JSON.stringify(t)}\n`),
      (err: unknown) => {
        process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  } else main(args);
}
