/**
 * The extraction engine interface of the shared brief, written out here
 * because src/extract/engines.ts (which will export it) is not on this
 * branch yet. The shapes are identical, so the lead can replace this file
 * with an import from '../engines' when merging.
 */
import type { Analysis } from '../engine';
import type { Lexicon } from '../lexicon';
import type { Registry } from '../registry';

export interface ArticleInput {
  text: string;
  /** ISO date the article was published, when known. */
  publishedAt?: string;
}

export interface ExtractionEngine {
  readonly name: string;
  analyze(article: ArticleInput, registry: Registry, lexicon: Lexicon): Promise<Analysis>;
  /** Releases servers or connections it started; idempotent. */
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Progress and diagnostics, one line each (never stdout). */
  log?: (line: string) => void;
}

export type EngineFactory = (options: EngineOptions) => Promise<ExtractionEngine>;
