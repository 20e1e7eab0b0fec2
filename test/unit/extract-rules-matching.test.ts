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

  it.each([
    [
      'without the actor it is with',
      'Ines Halvorsen backed a grain agreement with Kaldor.',
      'Grain agreement',
    ],
    [
      'by what a wrapper noun holds',
      'Zelensky supported the American idea of a three-way meeting.',
      'Three-way meeting',
    ],
    [
      'with adjectives joined by "and"',
      'Friedrich Merz called for a quick and simple deal.',
      'Quick and simple deal',
    ],
    [
      'from a lone noun the lexicon lets a stance take',
      'Putin welcomed the talks.',
      'Negotiations',
    ],
  ])('proposes a topic %s', (_name, text, topic) => {
    expect(matchesIn(text).map((m) => m.topic)).toContain(topic);
  });

  it('other lone nouns stay too vague to be a topic', () => {
    expect(matchesIn('Putin welcomed the news.').map((m) => m.topic)).toEqual([]);
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

/** The relations and stances a pass over `text` finds, as "source TYPE target" / "actor POSITION topic". */
function findingsIn(text: string): string[] {
  const { findings } = passOf(text);
  return [
    ...findings.relationList().map((r) => `${r.source} ${r.type} ${r.target}`),
    ...findings.stanceList().map((st) => `${st.actor} ${st.position} ${st.topic}`),
  ];
}

describe('patterns of lexicon/extract/patterns.yaml', () => {
  it.each([
    ['Vladimir Putin hit back at Donald Trump.', 'putin CRITICIZES trump'],
    ['Donald Trump said he was very disappointed with Vladimir Putin.', 'trump CRITICIZES putin'],
    ['Donald Trump described Volodymyr Zelensky as a dictator.', 'trump CRITICIZES zelensky'],
    ['Pedro Sanchez pushed back against Donald Trump.', 'pedro-sanchez CRITICIZES trump'],
    ['Emmanuel Macron dismissed Donald Trump’s remarks.', 'emmanuel-macron OPPOSES trump'],
    [
      'Emmanuel Macron said he feared Vladimir Putin was playing for time.',
      'emmanuel-macron WORRIES_ABOUT putin',
    ],
    ['“I’m very unhappy with Russia,” Donald Trump said.', 'trump CRITICIZES russia'],
    [
      'Pedro Sanchez said the 5% target was “unreasonable”.',
      'pedro-sanchez OPPOSES defence-spending',
    ],
    ['Giorgia Meloni called the tariffs “wrong”.', 'giorgia-meloni OPPOSES tariffs'],
    [
      'Ursula von der Leyen said the tariffs would hurt consumers.',
      'ursula-von-der-leyen OPPOSES tariffs',
    ],
    [
      'Mark Carney announced counter-tariffs on American cars.',
      'mark-carney SUPPORTS countermeasures',
    ],
    ['A ceasefire announced by Donald Trump held.', 'trump SUPPORTS ceasefire'],
    ['Pakistan said it remained committed to the ceasefire.', 'pakistan SUPPORTS ceasefire'],
    [
      'Rhea Tolentin called on Russia to respect the ceasefire.',
      'rhea-tolentin SUPPORTS ceasefire',
    ],
    [
      'Keir Starmer urged Iran to return to the negotiating table.',
      'keir-starmer SUPPORTS negotiations',
    ],
    ['Zelensky said a ceasefire had to come first.', 'zelensky SUPPORTS ceasefire'],
    [
      'Talks between Marco Rubio and Wang Yi took place in Kuala Lumpur.',
      'rubio NEGOTIATES_WITH wang-yi',
    ],
    ['Talks between Marco Rubio and Wang Yi took place in Kuala Lumpur.', 'rubio MEETS wang-yi'],
    [
      'In a phone call between Donald Trump and Vladimir Putin, both spoke of peace.',
      'trump SPOKE_WITH putin',
    ],
    ['Marco Rubio sat down with Wang Yi.', 'rubio MEETS wang-yi'],
  ])('%s', (text, finding) => {
    expect(findingsIn(text)).toContain(finding);
  });

  it('talks between two countries are negotiations, not a meeting', () => {
    expect(findingsIn('Talks between Russia and Ukraine took place in Istanbul.')).toEqual([
      'russia NEGOTIATES_WITH ukraine',
    ]);
  });

  it('talks named before the verb that plans them are not held', () => {
    expect(findingsIn('Talks between Russia and Ukraine are expected next week.')).toEqual([]);
  });

  it.each([
    ['an appeal', 'Rhea Tolentin called on Russia to respect the ceasefire.'],
    ['a name given to something', 'Maren Akutu decried what she called Russia’s boldness.'],
  ])('"called" in %s is no phone call', (_name, text) => {
    expect(findingsIn(text).filter((f) => / CALLED /.test(f))).toEqual([]);
  });

  it('a side at talks "by" its leader is no support ("the Ukrainian side by Umerov")', () => {
    expect(
      findingsIn(
        'The Russian delegation was led by Vladimir Medinsky, and the Ukrainian side by Rustem Umerov.',
      ),
    ).not.toContain('russia SUPPORTS rustem-umerov');
  });
});
