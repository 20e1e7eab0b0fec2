/**
 * Where a stance's {topic} lands (src/extract/topic-slot.ts): past modifiers,
 * inside wrapper nouns, and on the aim a process names.
 */
import { ActorIndex } from '../../src/extract/actors';
import { defaultLexicon } from '../../src/extract/lexicon';
import { tokenize } from '../../src/extract/nlp';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from '../../src/extract/registry';
import { topicAfter } from '../../src/extract/topic-slot';
import { TopicIndex } from '../../src/extract/topics';

let registry: Registry;
beforeAll(async () => {
  registry = await readRegistry([DEFAULT_REGISTRY]);
  // The actor index tokenizes aliases once; built here so both indexes share the tagger's warm-up.
  void new ActorIndex(registry, defaultLexicon());
});

function topicAt(text: string, after: string): string | undefined {
  const lexicon = defaultLexicon();
  const tokens = tokenize(text);
  const spans = new TopicIndex(registry, lexicon).spans(tokens);
  const byStart = new Map(spans.map((s) => [s.t0, s]));
  const pos = tokens.findIndex((t) => t.lower === after) + 1;
  return topicAfter(tokens, pos, tokens.length, byStart, lexicon.topicWrappers)?.topicId;
}

describe('topicAfter', () => {
  it.each([
    ['Macron proposed a one-month truce.', 'proposed', 'ceasefire'],
    ['Putin supported the idea of a ceasefire.', 'supported', 'ceasefire'],
    [
      'Kyiv will accept an American proposal for an immediate 30-day ceasefire.',
      'accept',
      'ceasefire',
    ],
    ['They agreed to start negotiations on ending the war.', 'to', 'ending-the-war'],
    ['They agreed to start negotiations immediately.', 'to', 'immediate-peace-negotiations'],
  ])('%s (after "%s") → %s', (text, after, expected) => {
    expect(topicAt(text, after)).toBe(expected);
  });

  it('finds nothing where no known topic stands', () => {
    expect(topicAt('Macron proposed a new approach.', 'proposed')).toBeUndefined();
  });
});
