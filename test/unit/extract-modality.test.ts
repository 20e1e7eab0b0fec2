/**
 * Modality (src/extract/modality.ts): what did not happen is not coded as done.
 */
import { defaultLexicon } from '../../src/extract/lexicon';
import { addClauses, segment } from '../../src/extract/document';
import {
  isConditional,
  isNonAct,
  modalityOf,
  positionUnderNegation,
  typeFor,
  type Modality,
} from '../../src/extract/modality';
import { tokenize } from '../../src/extract/nlp';

const lexicon = () => defaultLexicon();
const words = (s: string) => (s === '' ? [] : tokenize(s));

describe('modalityOf', () => {
  it.each<[string, string, string, Modality]>([
    ['', '', '', 'asserted'],
    ['did not', '', '', 'negated'],
    ['', '', 'was not planning new', 'negated'],
    ['should', '', 'Maybe I', 'hypothetical'],
    ['might', '', '', 'hypothetical'],
    ['', '', 'Maybe he', 'hypothetical'],
    ['will', '', '', 'future'],
    ['is expected to', '', '', 'future'],
  ])('group "%s", inside "%s", before "%s": %s', (group, inside, before, expected) => {
    const b = words(before);
    expect(modalityOf(words(group), words(inside), b, b, lexicon())).toBe(expected);
  });

  it('does not take the month May for a modal', () => {
    expect(modalityOf([], [], words('In May'), [], lexicon())).toBe('asserted');
  });
});

describe('typeFor', () => {
  it('codes no event that is only possible or planned, unless it has a future type', () => {
    expect(typeFor('CALLED', undefined, 'hypothetical', lexicon())).toBeUndefined();
    expect(typeFor('CALLED', undefined, 'future', lexicon())).toBeUndefined();
    expect(typeFor('MEETS', 'WILL_MEET', 'hypothetical', lexicon())).toBe('WILL_MEET');
    expect(typeFor('MEETS', 'WILL_MEET', 'future', lexicon())).toBe('WILL_MEET');
    expect(typeFor('MEETS', 'WILL_MEET', 'asserted', lexicon())).toBe('MEETS');
  });

  it('keeps an attitude under a modal (hedges lower it) and drops anything negated', () => {
    expect(typeFor('SUPPORTS', undefined, 'hypothetical', lexicon())).toBe('SUPPORTS');
    expect(typeFor('SUPPORTS', undefined, 'negated', lexicon())).toBeUndefined();
  });
});

describe('isNonAct', () => {
  it('reads "the necessity of supporting" as a subject, not an act', () => {
    const t = tokenize('Orbán questioned the necessity of supporting Ukraine.');
    const anchor = t.findIndex((x) => x.lower === 'supporting');
    expect(isNonAct(t, anchor, lexicon())).toBe(true);
  });

  it('keeps "accused Kyiv of staging attacks" and a plain verb', () => {
    const t = tokenize('Moscow accused Kyiv of staging attacks and backed Minsk.');
    expect(
      isNonAct(
        t,
        t.findIndex((x) => x.lower === 'staging'),
        lexicon(),
      ),
    ).toBe(false);
    expect(
      isNonAct(
        t,
        t.findIndex((x) => x.lower === 'backed'),
        lexicon(),
      ),
    ).toBe(false);
  });
});

describe('isConditional', () => {
  const clauses = (text: string) => {
    const tokens = tokenize(text);
    const sentences = segment(text, tokens, lexicon());
    addClauses(sentences, tokens, lexicon().conditionals, () => false);
    return { tokens, clauses: sentences[0]?.clauses ?? [] };
  };

  it('marks a condition and the clause right after one that opens the sentence', () => {
    const { tokens, clauses: c } = clauses(
      'If Russia rejects the proposal, Washington could impose sanctions, Rubio said.',
    );
    expect(c.map((x) => isConditional(tokens, x, lexicon()))).toEqual([true, true, false]);
  });

  it('leaves the main clause before a condition alone', () => {
    const { tokens, clauses: c } = clauses('Sanctions stay until Moscow agrees to talks.');
    expect(c.map((x) => isConditional(tokens, x, lexicon()))).toEqual([false, true]);
  });
});

describe('positionUnderNegation', () => {
  it('reads a negated support as opposition and drops other negated stances', () => {
    expect(positionUnderNegation('SUPPORTS', lexicon())).toBe('OPPOSES');
    expect(positionUnderNegation('OPPOSES', lexicon())).toBeUndefined();
  });
});
