/**
 * `npm run bench:extract`: how long extraction takes, in ms per article, for
 * the demo article and for a 100 KB synthetic article built by repeating the
 * sentences of the fixture articles (test/fixtures/extract/tune). Prints the
 * one-off model load, the first (cold) run and the median of warm runs, in
 * wall-clock time and in CPU time (which a busy machine disturbs less).
 * Timings depend on the machine; the tests assert none of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractDraft } from './draft';
import { defaultLexicon } from './lexicon';
import { tokenize } from './nlp';
import { readRegistry } from './registry';

const ROOT = resolve(__dirname, '..', '..');
const DEMO = join(ROOT, 'data', 'documents', 'trump-putin-call-2025-02.txt');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'extract', 'tune');

/** About `bytes` of news-like text: the fixture sentences, in paragraphs, repeated in order. */
export function syntheticArticle(bytes = 100 * 1024): string {
  const sentences = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(FIXTURES, f), 'utf8')
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const registry = await readRegistry();
  let t0 = performance.now();
  defaultLexicon();
  tokenize('Load the model.');
  const load = performance.now() - t0;
  process.stdout.write(`model and lexicon load: ${load.toFixed(0)} ms (once per process)\n`);

  const articles = [
    { name: 'demo article', text: readFileSync(DEMO, 'utf8') },
    { name: '100 KB synthetic article', text: syntheticArticle() },
  ];
  for (const { name, text } of articles) {
    const times: number[] = [];
    const cpu: number[] = [];
    let found = 0;
    for (let k = 0; k <= runs; k++) {
      t0 = performance.now();
      const c0 = process.cpuUsage();
      const draft = extractDraft(text, { registry, meta: { publishedAt: '2025-01-01' } });
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
      found = draft.dataset.relations.length + draft.dataset.stances.length;
    }
    const [cold, ...warm] = times;
    const [, ...warmCpu] = cpu;
    process.stdout.write(
      `${name} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB): ${median(warm).toFixed(0)} ms/article (median of ${warm.length}, ${median(warmCpu).toFixed(0)} ms CPU; first run ${(cold ?? 0).toFixed(0)} ms), ${found} relations and stances\n`,
    );
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
