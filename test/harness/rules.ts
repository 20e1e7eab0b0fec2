/**
 * For the unit tests of the rules engine's stages (src/extract/rules/): the project's registry
 * and lexicon, a stage run on a sentence, and mentions and matches as the words they cover.
 */
import type { Mention } from '../../src/extract/actors';
import { defaultLexicon } from '../../src/extract/lexicon';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from '../../src/extract/registry';
import { layout, type Layout } from '../../src/extract/rules/layout';
import { runPass, type Pass } from '../../src/extract/rules/pass';

let registry: Registry | undefined;

/** Reads data/actors.yaml once per test file (call in beforeAll). */
export async function loadRegistry(): Promise<Registry> {
  registry ??= await readRegistry([DEFAULT_REGISTRY]);
  return registry;
}

function loaded(): Registry {
  if (!registry) throw new Error('call loadRegistry() in beforeAll first');
  return registry;
}

/** Sentences and mentions of `text`, nothing resolved. */
export function layoutOf(text: string): Layout {
  return layout(text, loaded(), defaultLexicon());
}

/** The whole pass over `text`: every mention resolved, every finding made. */
export function passOf(text: string): Pass {
  return runPass(text, loaded(), defaultLexicon());
}

/** The words a span of tokens covers. */
export function wordsOf(doc: Layout, span: { t0: number; t1: number } | undefined): string {
  if (!span) return '';
  return doc.tokens
    .slice(span.t0, span.t1)
    .map((t) => t.text)
    .join(' ');
}

/** The mention whose words are `words` (the first, or the `nth`). */
export function mentionOf(doc: Layout, words: string, nth = 0): Mention {
  const found = doc.mentions.filter((m) => wordsOf(doc, m) === words)[nth];
  if (!found) throw new Error(`no mention "${words}" in: ${doc.text}`);
  return found;
}
