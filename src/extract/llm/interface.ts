/**
 * The extraction engine interface of /work/wt/ENGINE.md, as src/extract/engines.ts
 * will export it. Kept here, word for word, until engines.ts lands; then this
 * file re-exports from '../engines' (TODO: removed by the merge that adds engines.ts).
 */
import type { Analysis } from '../engine';
import type { Lexicon } from '../lexicon';
import type { Registry } from '../registry';

export interface ArticleInput {
  text: string;
  /** ISO date the article was published, when known (to resolve "the Russian president" by role). */
  publishedAt?: string;
}

export interface ExtractionEngine {
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
