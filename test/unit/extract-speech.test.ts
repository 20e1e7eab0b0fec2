/**
 * Reported speech (src/extract/speech.ts): quotation speakers from the
 * attribution beside the marks, and who "I" and "we" are inside.
 */
import { ActorIndex, findMentions, type Mention } from '../../src/extract/actors';
import { defaultLexicon } from '../../src/extract/lexicon';
import { tokenize } from '../../src/extract/nlp';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from '../../src/extract/registry';
import { findQuotations, firstPersonIds, quotationAt } from '../../src/extract/speech';

let registry: Registry;
beforeAll(async () => {
  registry = await readRegistry([DEFAULT_REGISTRY]);
});

function quotations(text: string) {
  const lexicon = defaultLexicon();
  const tokens = tokenize(text);
  const mentions = findMentions(tokens, new ActorIndex(registry, lexicon), lexicon, new Set([0]));
  const startsAt = new Map(mentions.map((m) => [m.t0, m]));
  const endsAt = new Map(mentions.map((m) => [m.t1, m]));
  const found = findQuotations(
    tokens,
    { startingAt: (i) => startsAt.get(i), endingBefore: (i) => endsAt.get(i) },
    lexicon,
  );
  const said = (m: Mention | undefined) =>
    m
      ? tokens
          .slice(m.t0, m.t1)
          .map((t) => t.text)
          .join(' ')
      : undefined;
  return { tokens, mentions, found, speakers: found.map((q) => said(q.speaker)) };
}

describe('findQuotations', () => {
  it.each([
    ['“We agreed to start negotiations,” Trump wrote.', 'Trump'],
    ['"It was useful," said Rubio.', 'Rubio'],
    ['"Maybe I should call him," he told reporters.', 'he'],
    ['Rubio said: "We support a ceasefire."', 'Rubio'],
    ['"It was useful," Rubio quickly said.', 'Rubio'],
  ])('%s → %s', (text, speaker) => {
    expect(quotations(text).speakers).toEqual([speaker]);
  });

  it('gives a scare quote no speaker', () => {
    expect(quotations('Trump called him a “dictator” on Wednesday.').speakers).toEqual([undefined]);
  });

  it('finds the quotation a token stands in', () => {
    const { tokens, found } = quotations('"We met," said Rubio. Lavrov left.');
    const we = tokens.findIndex((t) => t.lower === 'we');
    const lavrov = tokens.findIndex((t) => t.text === 'Lavrov');
    expect(quotationAt(found, we)).toBe(found[0]);
    expect(quotationAt(found, lavrov)).toBeUndefined();
  });
});

describe('firstPersonIds', () => {
  const at = (text: string, word: string) => {
    const { tokens, mentions } = quotations(text);
    const m = mentions.find((x) => x.kind === 'first-person' && tokens[x.t0].lower === word);
    if (!m) throw new Error(`no first-person "${word}" in ${text}`);
    return { tokens, m };
  };

  it('is the speaker for "I"', () => {
    const { tokens, m } = at('"I agreed," Trump said.', 'i');
    expect(firstPersonIds(tokens, m, ['trump'], ['trump', 'putin'], defaultLexicon())).toEqual([
      'trump',
    ]);
  });

  it('is the speaker and the other party for "we" before a joint act', () => {
    const { tokens, m } = at('"We agreed to start talks," Trump said.', 'we');
    expect(firstPersonIds(tokens, m, ['trump'], ['putin', 'trump'], defaultLexicon())).toEqual([
      'trump',
      'putin',
    ]);
  });

  it('is the speaker alone for "we" before anything else, or with no pair', () => {
    const support = at('"We support a ceasefire," said Rubio.', 'we');
    expect(
      firstPersonIds(support.tokens, support.m, ['rubio'], ['rubio', 'lavrov'], defaultLexicon()),
    ).toEqual(['rubio']);
    const alone = at('"We agreed," said Rubio.', 'we');
    expect(firstPersonIds(alone.tokens, alone.m, ['rubio'], undefined, defaultLexicon())).toEqual([
      'rubio',
    ]);
  });
});
