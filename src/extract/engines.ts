/**
 * The extraction engines and how the CLI picks one (`--engine NAME`). An
 * engine is created once per run, used for every article, then closed, so an
 * engine that starts a server starts it once for a folder of articles.
 * The interface is shared by every engine (see the helpers' brief, ENGINE.md);
 * each engine lives in its own module and exports a factory listed here.
 */
import { analyze, type Analysis } from './engine';
import { createCoreNlpEngine } from './corenlp';
import { createLlmEngine } from './llm/engine';
import type { Lexicon } from './lexicon';
import type { Registry } from './registry';

export interface ArticleInput {
  text: string;
  /** ISO date the article was published, when known (to resolve "the Russian president" by role). */
  publishedAt?: string;
}

export interface ExtractionEngine {
  /** 'rules' (today's winkNLP engine), 'corenlp', 'llm'. */
  readonly name: string;
  analyze(article: ArticleInput, registry: Registry, lexicon: Lexicon): Promise<Analysis>;
  /** Releases servers or connections it started; idempotent. */
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Progress and diagnostics, one line each (never stdout: stdout may carry the draft). */
  log?: (line: string) => void;
}

export type EngineFactory = (options: EngineOptions) => Promise<ExtractionEngine>;

/** Today's engine: winkNLP tokens and the phrase patterns of lexicon/extract/, in process. */
export const rulesEngine: EngineFactory = () =>
  Promise.resolve({
    name: 'rules',
    analyze: (article, registry, lexicon) =>
      Promise.resolve(analyze(article.text, registry, lexicon)),
    close: () => Promise.resolve(),
  });

/** Every engine `--engine` accepts, by name. */
export const ENGINES: Readonly<Record<string, EngineFactory>> = {
  rules: rulesEngine,
  corenlp: createCoreNlpEngine,
  llm: createLlmEngine,
};

export const DEFAULT_ENGINE = 'rules';

export const engineNames = (): string[] => Object.keys(ENGINES);

/** Starts the engine called `name`; the caller closes it. */
export async function createEngine(
  name: string,
  options: EngineOptions = {},
): Promise<ExtractionEngine> {
  const factory = ENGINES[name];
  if (!factory) {
    throw new Error(`unknown engine "${name}": use one of ${engineNames().join(', ')}`);
  }
  return factory(options);
}

/**
 * Runs `work` with a started engine and closes it afterwards, also when the
 * work fails or the process is interrupted (SIGINT, SIGTERM), so no server
 * it started outlives the run.
 */
export async function withEngine<T>(
  name: string,
  options: EngineOptions,
  work: (engine: ExtractionEngine) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const engine = await createEngine(name, options);
  options.log?.(`engine ${engine.name} ready in ${Math.round(performance.now() - started)} ms`);
  return useEngine(engine, work);
}

/** Runs `work` with `engine`, then closes it: after the work, on its failure, or on SIGINT/SIGTERM. */
export async function useEngine<T>(
  engine: ExtractionEngine,
  work: (engine: ExtractionEngine) => Promise<T>,
): Promise<T> {
  const interrupted = (signal: NodeJS.Signals) => {
    // Close, then die of the same signal (the listener is gone, so the default action applies).
    void engine.close().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    return await work(engine);
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await engine.close();
  }
}
