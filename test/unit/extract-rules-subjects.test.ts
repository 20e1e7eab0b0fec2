/**
 * Who does what (src/extract/rules/subjects.ts): clause subjects, the actor of a verb, the
 * verb group before it.
 */
import { defaultLexicon } from '../../src/extract/lexicon';
import { isFiller, Subjects } from '../../src/extract/rules/subjects';
import { loadRegistry, passOf, wordsOf } from '../harness/rules';

beforeAll(async () => {
  await loadRegistry();
});

/** The pass resolves every mention; the subjects are then asked afresh. */
function subjectsOf(text: string) {
  const { doc } = passOf(text);
  return {
    doc,
    subjects: new Subjects(doc),
    tokenAt: (w: string) => doc.tokens.findIndex((t) => t.text === w),
  };
}

describe('Subjects', () => {
  it('the subject of a clause is the first actor before its verb', () => {
    const { doc, subjects } = subjectsOf('Trump called Putin on Tuesday.');
    const clause = doc.sentences[0].clauses[0];
    expect(wordsOf(doc, subjects.clauseSubject(clause))).toBe('Trump');
  });

  it('an actor after a preposition is not the subject', () => {
    const { doc, subjects } = subjectsOf('After talks with Putin, the envoy left.');
    const clause = doc.sentences[0].clauses[0];
    expect(subjects.clauseSubject(clause)).toBeUndefined();
  });

  it('the actor of a verb after "and" is the clause subject', () => {
    const { doc, subjects, tokenAt } = subjectsOf('Rubio flew to Riyadh and met Lavrov.');
    const clause = doc.sentences[0].clauses[0];
    const met = tokenAt('met');
    expect(
      wordsOf(
        doc,
        subjects.subjectFor(clause, met, () => false, []),
      ),
    ).toBe('Rubio');
  });

  it('a possessive right before a noun is its agent', () => {
    const { doc, subjects, tokenAt } = subjectsOf('Macron welcomed Trump’s push for talks.');
    const clause = doc.sentences[0].clauses[0];
    const push = tokenAt('push');
    expect(
      wordsOf(
        doc,
        subjects.subjectFor(clause, push, () => false, []),
      ),
    ).toMatch(/^Trump/);
  });

  it('the verb group is the auxiliaries, negation and adverbs before the verb', () => {
    const { doc, subjects, tokenAt } = subjectsOf('Putin did not really call Trump.');
    const clause = doc.sentences[0].clauses[0];
    const group = subjects.verbGroup(clause, tokenAt('call')).map((t) => t.lower);
    expect(group).toEqual(['really', 'not', 'did']);
  });

  it('fillers include hedges and negation verbs from the lexicon', () => {
    const lexicon = defaultLexicon();
    const { doc } = subjectsOf('Moscow reportedly refused talks.');
    const words = doc.tokens.filter((t) => isFiller(t, lexicon)).map((t) => t.lower);
    expect(words).toContain('reportedly');
    expect(words).not.toContain('moscow');
  });

  it('"he" in the next sentence goes back to the last person subject', () => {
    const { doc, subjects } = subjectsOf('Trump spoke to reporters. He said talks would follow.');
    const he = doc.mentions.find((m) => wordsOf(doc, m) === 'He');
    const sentence = doc.sentences[1];
    expect(he && subjects.lastPersonSubject(sentence, sentence.clauses[0], he)).toBe('trump');
  });
});
