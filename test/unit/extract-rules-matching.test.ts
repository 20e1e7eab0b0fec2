/**
 * Stage 4a of the rules engine (src/extract/rules/matching.ts): patterns matched clause by
 * clause, slots filled, overlaps settled.
 */
import { compilePattern, type CompiledPattern } from '../../src/extract/lexicon';
import { settle, type Match } from '../../src/extract/rules/matching';
import { loadRegistry, passOf, wordsOf } from '../harness/rules';
import { Matcher } from '../../src/extract/rules/matching';

beforeAll(async () => {
  await loadRegistry();
});

function matchesIn(text: string) {
  const { doc, memory } = passOf(text);
  const matcher = new Matcher(doc, memory);
  const all = doc.sentences.flatMap((s) => s.clauses.flatMap((c) => matcher.clauseMatches(c)));
  return all.map((m) => ({
    pattern: m.pattern.text,
    words: wordsOf(doc, { t0: m.m0, t1: m.m1 }),
    target: wordsOf(doc, m.target),
    topic: m.topic?.topicId ?? m.topic?.name,
  }));
}

describe('Matcher', () => {
  it('fills the target slot with the mention after the verb', () => {
    expect(matchesIn('Trump called Zelensky on Monday.')).toEqual([
      {
        pattern: 'call|phone|telephone|ring {target}',
        words: 'called Zelensky',
        target: 'Zelensky',
        topic: undefined,
      },
    ]);
  });

  it('fills a topic slot with a known topic', () => {
    const found = matchesIn('Putin opposed NATO membership for Ukraine.');
    expect(found.map((m) => m.topic)).toContain('ukraine-nato-membership');
  });

  it('proposes a topic from a noun phrase where the stance pattern allows new topics', () => {
    const found = matchesIn('Germany backed a joint air defence fund.');
    expect(found.map((m) => m.topic)).toContain('Joint air defence fund');
  });

  it('the longer insult pattern outmatches the plain call it contains', () => {
    const found = matchesIn('Trump called Zelensky a dictator.');
    expect(found.map((m) => m.words)).toEqual(['called Zelensky a dictator']);
    expect(found[0].pattern).toMatch(/dictator/);
  });
});

describe('settle', () => {
  const relation = (text: string, order: number): CompiledPattern => ({
    ...compilePattern(text),
    text,
    order,
    category: 'relation',
    type: 'MEETS',
    polarity: 'NEUTRAL',
    confidence: 0.8,
    cameo: '036',
    pair: undefined,
    future: undefined,
    also: [],
  });
  const match = (pattern: CompiledPattern, m0: number, m1: number, anchor = m0): Match => ({
    pattern,
    anchor,
    m0,
    m1,
  });

  it('keeps the longest of overlapping matches of one side, in text order', () => {
    const long = match(relation('ready to negotiate with {target}', 1), 2, 7, 4);
    const short = match(relation('negotiate with {target}', 0), 4, 7);
    const later = match(relation('met {target}', 2), 9, 11);
    expect(settle([short, later, long])).toEqual([long, later]);
  });

  it('keeps overlapping matches whose anchors lie outside each other', () => {
    const a = match(relation('a ... {target}', 0), 0, 5, 0);
    const b = match(relation('{target} b', 1), 3, 8, 7);
    expect(settle([a, b])).toEqual([a, b]);
  });
});
