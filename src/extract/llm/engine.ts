/**
 * The optional LLM extraction engine: asks an OpenAI-compatible chat server
 * (named by STANCEGRAPH_LLM_URL, ./config.ts) for relations and stances as
 * JSON, then keeps only what passes ./validate.ts. Created once per CLI run;
 * it holds no server of its own, so closing it only stops further requests.
 */
import type { Analysis } from '../engine';
import type { Lexicon } from '../lexicon';
import type { Registry } from '../registry';
import { answerJsonSchema } from './answer';
import { complete, createClient } from './client';
import { readLlmConfig, type LlmConfig } from './config';
import { LlmError } from './errors';
import type { ArticleInput, EngineFactory, EngineOptions, ExtractionEngine } from '../engines';
import { buildMessages } from './prompt';
import { checkAnswer, type Checked } from './validate';

export const SCHEMA_NAME = 'stancegraph_extraction';

export const createLlmEngine: EngineFactory = (options) =>
  new Promise((resolve) => resolve(llmEngine(readLlmConfig(), options)));

export function llmEngine(config: LlmConfig, options: EngineOptions = {}): ExtractionEngine {
  const client = createClient(config);
  const schema = answerJsonSchema();
  const log = options.log ?? (() => undefined);
  let closed = false;
  log(`llm: model ${config.model} at ${config.url}`);
  return {
    name: 'llm',
    async analyze(article: ArticleInput, registry: Registry, lexicon: Lexicon): Promise<Analysis> {
      if (closed) throw new LlmError('the LLM engine was closed; create a new one');
      const started = Date.now();
      const content = await complete(client, config, {
        messages: buildMessages(article, registry),
        schema,
        schemaName: SCHEMA_NAME,
      });
      const checked = checkAnswer(article.text, content, registry, lexicon, config.model);
      for (const line of report(checked, Date.now() - started)) log(line);
      return checked.analysis;
    },
    close(): Promise<void> {
      closed = true;
      return Promise.resolve();
    },
  };
}

/** One line per dropped item, then the counts. */
export function report(checked: Checked, ms: number): string[] {
  const lines = checked.dropped.map(
    (d) => `llm: dropped ${d.item} ${d.number} (${d.cause}): ${d.reason}`,
  );
  const byCause = new Map<string, number>();
  for (const d of checked.dropped) byCause.set(d.cause, (byCause.get(d.cause) ?? 0) + 1);
  const causes = [...byCause].map(([c, n]) => `${c} ${n}`).join(', ');
  const a = checked.analysis;
  lines.push(
    `llm: kept ${a.relations.length} relation(s) and ${a.stances.length} stance(s), dropped ${checked.dropped.length}${causes ? ` (${causes})` : ''}, ${checked.reanchored} quote(s) matched only with quotation marks, dashes and spaces read alike; ${ms} ms`,
  );
  return lines;
}
