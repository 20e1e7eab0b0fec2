/**
 * Stage 3 of the rules engine (src/extract/rules/resolution.ts): which actors pronouns,
 * descriptions and "we" in a quotation mean, through the pass that resolves them in order.
 */
import { loadRegistry, mentionOf, passOf } from '../harness/rules';

beforeAll(async () => {
  await loadRegistry();
});

/** What the mention with these words resolved to in a pass over `text`. */
function resolvedIn(text: string, words: string, nth = 0) {
  const { doc } = passOf(text);
  const m = mentionOf(doc, words, nth);
  return { ids: m.resolved, anaphoric: m.anaphoric === true };
}

describe('Resolver', () => {
  it.each([
    [
      '"the five leaders" grows the last group of four with the person named after it',
      'Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk met Volodymyr Zelensky. The five leaders phoned Trump.',
      'The five leaders',
      ['emmanuel-macron', 'friedrich-merz', 'keir-starmer', 'donald-tusk', 'zelensky'],
      true,
    ],
    [
      '"several European leaders, among them …" is the people named',
      'Trump joined a call with Zelensky and several European leaders, among them Emmanuel Macron and Friedrich Merz.',
      'Zelensky and several European leaders , among them Emmanuel Macron and Friedrich Merz',
      ['zelensky', 'emmanuel-macron', 'friedrich-merz'],
      false,
    ],
    ['names resolve to themselves', 'Putin met Trump.', 'Putin', ['putin'], false],
    [
      '"he" is the last person subject',
      'Rubio met Lavrov. He said more talks would follow.',
      'He',
      ['rubio'],
      true,
    ],
    [
      '"him" is the last person other than the subject',
      'Trump called Putin. Rubio later assured him.',
      'him',
      ['putin'],
      true,
    ],
    [
      '"the two leaders" is the last pair',
      'Trump spoke with Putin. The two leaders agreed to meet.',
      'The two leaders',
      ['trump', 'putin'],
      true,
    ],
    [
      '"it" is the last country or organisation',
      'Russia launched drones. It denied the strike.',
      'It',
      ['russia'],
      true,
    ],
  ])('%s', (_name, text, words, ids, anaphoric) => {
    expect(resolvedIn(text, words)).toEqual({ ids, anaphoric });
  });

  it('"we" inside a quotation is its speaker and the pair the speaker belongs to', () => {
    const text =
      'Trump spoke with Putin on Wednesday. “We agreed to start negotiations,” Trump wrote.';
    expect(resolvedIn(text, 'We').ids).toEqual(['trump', 'putin']);
  });

  it('"the three leaders" is the last several people named together', () => {
    const text =
      'Emmanuel Macron, Friedrich Merz and Keir Starmer arrived in Kyiv. The three leaders met Zelensky.';
    expect(resolvedIn(text, 'The three leaders').ids).toEqual([
      'emmanuel-macron',
      'friedrich-merz',
      'keir-starmer',
    ]);
  });

  it('a list resolves to each of its members once', () => {
    expect(resolvedIn('Trump and Putin spoke.', 'Trump and Putin').ids).toEqual(['trump', 'putin']);
  });

  it('a pronoun with nothing before it resolves to nobody', () => {
    expect(resolvedIn('He called on Tuesday.', 'He').ids).toEqual([]);
  });
});
