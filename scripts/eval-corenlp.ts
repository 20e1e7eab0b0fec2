/**
 * Scores the `corenlp` engine on a folder of gold pairs with the project's own
 * evaluator, until `eval-extract --engine` exists (src/extract/engines.ts is
 * wired by the lead). Every article is parsed first (one server, kept warm);
 * then the evaluator runs with the engine's analyses standing in for the rules
 * engine's, by putting a copy of src/extract/engine.ts's exports in Node's
 * module cache before the evaluator loads. Prints the evaluator's table and
 * the seconds per article.
 *
 *   node --require tsx/cjs scripts/eval-corenlp.ts test/fixtures/extract [--json]
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the module cache swap needs require */
import { readFile } from 'node:fs/promises';
import type * as EngineModule from '../src/extract/engine';
import type { Analysis } from '../src/extract/engine';
import type * as EvaluateModule from '../src/extract/evaluate';
import type * as LexiconModule from '../src/extract/lexicon';
import type * as RegistryModule from '../src/extract/registry';
import { coreNlpEngine } from '../src/extract/corenlp';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: scripts/eval-corenlp.ts <folder of gold pairs> [--json]\n');
    process.exit(2);
  }
  const engineModule = require.resolve('../src/extract/engine');
  const real = require(engineModule) as typeof EngineModule;
  const { goldPairs } = require('../src/extract/evaluate') as typeof EvaluateModule;
  const { readRegistry, DEFAULT_REGISTRY } =
    require('../src/extract/registry') as typeof RegistryModule;
  const { defaultLexicon } = require('../src/extract/lexicon') as typeof LexiconModule;

  const registry = await readRegistry([DEFAULT_REGISTRY]);
  const lexicon = defaultLexicon();
  const engine = coreNlpEngine({ log: (line) => process.stderr.write(`${line}\n`) });
  const analyses = new Map<string, Analysis>();
  let seconds = 0;
  try {
    for (const pair of await goldPairs(dir)) {
      const text = await readFile(pair.text, 'utf8');
      const started = Date.now();
      analyses.set(text, await engine.analyze({ text }, registry, lexicon));
      const took = (Date.now() - started) / 1000;
      if (analyses.size > 1) seconds += took;
      process.stderr.write(`${pair.name}: ${took.toFixed(1)} s\n`);
    }
  } finally {
    await engine.close();
  }
  const cached = require.cache[engineModule];
  if (!cached) throw new Error('src/extract/engine.ts is not in the module cache');
  cached.exports = {
    ...real,
    analyze: (...args: Parameters<typeof real.analyze>) =>
      analyses.get(args[0]) ?? real.analyze(...args),
  };
  // Loaded after the swap, so the draft it builds takes the analyses above.
  for (const key of Object.keys(require.cache)) {
    if (/src[\\/]extract[\\/](evaluate|draft)\.ts$/.test(key)) delete require.cache[key];
  }
  const fresh = require('../src/extract/evaluate') as typeof EvaluateModule;
  const result = await fresh.evaluate(dir, registry, lexicon);
  process.stdout.write(
    process.argv.includes('--json')
      ? `${JSON.stringify(result, null, 2)}\n`
      : fresh.formatEvaluation(result),
  );
  const warm = analyses.size > 1 ? seconds / (analyses.size - 1) : NaN;
  process.stderr.write(`corenlp: ${warm.toFixed(2)} s per article warm (after the first)\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
