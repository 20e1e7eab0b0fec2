/**
 * Stage 4b of the rules engine (src/extract/rules/acts.ts, with ./evidence.ts): which matches
 * are acts, whose, and how hedged.
 */
import { Acts } from '../../src/extract/rules/acts';
import { quotes, round } from '../../src/extract/rules/evidence';
import { Matcher } from '../../src/extract/rules/matching';
import { Resolver } from '../../src/extract/rules/resolution';
import { Subjects } from '../../src/extract/rules/subjects';
import { loadRegistry, passOf } from '../harness/rules';

beforeAll(async () => {
  await loadRegistry();
});

/** The acts of every match in `text`, as "sources: pattern modality confidence". */
function actsIn(text: string) {
  const { doc, memory } = passOf(text);
  const subjects = new Subjects(doc);
  const acts = new Acts(doc, subjects, new Resolver(doc, memory, subjects));
  const matcher = new Matcher(doc, memory);
  return doc.sentences.flatMap((s) =>
    s.clauses.flatMap((c) =>
      matcher.clauseMatches(c).flatMap((m) => {
        const act = acts.actOf(s, c, m);
        return act
          ? [
              {
                sources: act.sources,
                modality: act.modality,
                confidence: round(act.confidence),
                flipped: act.flipped,
              },
            ]
          : [];
      }),
    ),
  );
}

describe('Acts', () => {
  it('an asserted act has its subject as source and the pattern’s confidence', () => {
    expect(actsIn('Trump called Zelensky on Monday.')).toEqual([
      { sources: ['trump'], modality: 'asserted', confidence: 0.9, flipped: undefined },
    ]);
  });

  it('a hedge lowers the confidence by its factor', () => {
    expect(actsIn('Trump reportedly called Zelensky.')).toEqual([
      {
        sources: ['trump'],
        modality: 'asserted',
        confidence: round(0.9 * 0.7),
        flipped: undefined,
      },
    ]);
  });

  it('an actor found through a pronoun lowers it too', () => {
    const found = actsIn('Trump landed in Kyiv. He called Zelensky.');
    expect(found.at(-1)).toEqual({
      sources: ['trump'],
      modality: 'asserted',
      confidence: round(0.9 * 0.9),
      flipped: undefined,
    });
  });

  it('a condition, a question or a negated event is no act', () => {
    expect(actsIn('If Trump calls Zelensky, talks may follow.')).toEqual([]);
    expect(actsIn('Will Trump call Zelensky?')).toEqual([]);
    expect(actsIn('Did Trump call Zelensky on Monday?')).toEqual([]);
    expect(actsIn('Trump did not call Zelensky.')).toEqual([]);
  });

  it('an event noun after a plan verb is a future event', () => {
    const [act] = actsIn('Trump began arranging a meeting with Putin.');
    expect(act).toMatchObject({ sources: ['trump'], modality: 'future' });
  });

  it('a negated stance is the position its negation states', () => {
    const [act] = actsIn('Germany did not support NATO membership for Ukraine.');
    expect(act).toMatchObject({ sources: ['germany'], modality: 'negated', flipped: 'OPPOSES' });
  });
});

describe('evidence', () => {
  it('rounds confidence to two decimals within [0.05, 0.99]', () => {
    expect([round(0.634), round(1.2), round(0.01)]).toEqual([0.63, 0.99, 0.05]);
  });

  it('quotes a sentence, after the lead-in sentence of the list it belongs to', () => {
    const { doc } = passOf('The ministers agreed on two points:\n- Germany backed the fund.\n');
    const item = doc.sentences.find((s) => s.parent);
    expect(item?.parent).toBe(doc.sentences[0]);
    const lead = doc.sentences[0];
    expect(item && quotes(item)).toEqual([
      { start: lead.start, end: lead.end },
      { start: item?.start, end: item?.end },
    ]);
    expect(quotes(lead)).toEqual([{ start: 0, end: lead.end }]);
  });
});
