/**
 * Stages 1 and 2 of the rules engine (src/extract/rules/layout.ts): sentences with clauses,
 * mentions and the tokens they cover, quotations with their speakers, topic spans.
 */
import { coverage } from '../../src/extract/rules/layout';
import { layoutOf, loadRegistry, wordsOf } from '../harness/rules';

beforeAll(async () => {
  await loadRegistry();
});

describe('coverage', () => {
  it('maps each token to the span covering it and each start to its span', () => {
    const a = { t0: 1, t1: 3 };
    const b = { t0: 4, t1: 5 };
    const { owner, startsAt } = coverage([a, b], 6);
    expect(owner).toEqual([undefined, a, a, undefined, b, undefined]);
    expect([...startsAt.entries()]).toEqual([
      [1, a],
      [4, b],
    ]);
  });
});

describe('layout', () => {
  it('splits sentences and finds the registry actors they name', () => {
    const doc = layoutOf('Donald Trump called Vladimir Putin. Zelensky was not told.');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.mentions.map((m) => m.actorId)).toEqual(['trump', 'putin', 'zelensky']);
    const putin = doc.mentions[1];
    expect(wordsOf(doc, putin)).toBe('Vladimir Putin');
    expect(doc.owner.slice(putin.t0, putin.t1)).toEqual([putin, putin]);
    expect(doc.startsAt.get(putin.t0)).toBe(putin);
  });

  it.each([
    ['a hyphenated given name', 'Jens-Frederik Nielsen spoke.', 'jens-frederik-nielsen'],
    ['particles inside a name', 'Ursula von der Leyen spoke.', 'ursula-von-der-leyen'],
    [
      'a title after a nationality the gazetteer lacks',
      'Kesmari Prime Minister Tomas Orvell spoke.',
      'tomas-orvell',
    ],
    [
      'a title whose first words no list names',
      'Kaldori Mining Minister Selim Aras spoke.',
      'selim-aras',
    ],
    ['a councillor', 'Councillor Jakob Fenn spoke.', 'jakob-fenn'],
  ])('proposes a person for %s', (_name, text, id) => {
    expect(layoutOf(text).mentions.map((m) => m.actorId)).toEqual([id]);
  });

  it.each([
    [
      'a hyphenated surname',
      'Interior Minister Samuel Adeyo-Crane arrived. Adeyo-Crane spoke.',
      'samuel-adeyo-crane',
    ],
    [
      'a transliteration the gazetteer knows',
      'Sergey Lavrov arrived. Lavrov spoke.',
      'sergei-lavrov',
    ],
    [
      'an alias spelt without accents',
      'Recep Tayyip Erdoğan arrived. Erdogan spoke.',
      'recep-tayyip-erdogan',
    ],
    ['another spelling of a registry person', 'Volodymyr Zelenskiy spoke.', 'zelensky'],
    [
      'a full name the tagger begins with a pronoun',
      'Vice Premier He Lifeng arrived. He Lifeng spoke.',
      'he-lifeng',
    ],
    [
      'a surname with a possessive after a title no list names',
      "Mining Minister Selim Aras arrived. Aras spoke of Aras's plan.",
      'selim-aras',
    ],
  ])('the surname alone means the person named before: %s', (_name, text, id) => {
    const ids = layoutOf(text).mentions.map((m) => m.actorId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set([id]));
  });

  it('cuts "I\'m" and a final "country\'s" as it cuts "We\'re"', () => {
    const words = layoutOf("“I'm ready,” he said. He led his country's.").tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['I', "'m", 'country', "'s"]));
  });

  it('proposes a country for a lone name used twice, once with a possessive', () => {
    const doc = layoutOf("Tamaru summoned Solvara's ambassador. It said Solvara had lied.");
    expect(doc.mentions.map((m) => m.actorId)).toEqual(
      expect.arrayContaining(['solvara', 'solvara']),
    );
    expect(doc.actors.actors.get('solvara')?.kind).toBe('COUNTRY');
    // Named once only: nothing.
    expect(doc.actors.actors.has('tamaru')).toBe(false);
  });

  it('a hyphen with spaces around it does not join two names', () => {
    const ids = layoutOf('Keir Starmer - Donald Tusk spoke.').mentions.map((m) => m.actorId);
    expect(ids).not.toContain('keir-starmer-donald-tusk');
  });

  it('finds a quotation and the speaker named after it', () => {
    const doc = layoutOf('“We agreed to start negotiations,” Trump wrote.');
    expect(doc.quotations).toHaveLength(1);
    expect(wordsOf(doc, doc.quotations[0].speaker)).toBe('Trump');
  });

  it('cuts a conditional clause off the main one', () => {
    const doc = layoutOf('If Russia attacks again, Germany will send more weapons to Ukraine.');
    expect(doc.sentences[0].clauses.length).toBeGreaterThan(1);
  });

  it('marks the tokens of a known topic', () => {
    const doc = layoutOf('Putin rejected Ukraine’s NATO membership again.');
    const spans = [...doc.topicAt.values()];
    expect(spans.map((s) => s.topicId)).toContain('ukraine-nato-membership');
    const span = spans.find((s) => s.topicId === 'ukraine-nato-membership');
    expect(span && doc.topicOwner[span.t0]).toBe(span);
  });
});
