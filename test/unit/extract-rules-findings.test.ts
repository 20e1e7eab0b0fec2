/**
 * Stages 4c and 5 of the rules engine: relations from acts and delegations
 * (src/extract/rules/events.ts), stances (./stances.ts), and the findings they are kept in
 * (./findings.ts).
 */
import {
  compilePattern,
  type RelationPattern,
  type StancePattern,
} from '../../src/extract/lexicon';
import { Findings, mergeEvidence, relationId } from '../../src/extract/rules/findings';
import { loadRegistry, passOf } from '../harness/rules';

beforeAll(async () => {
  await loadRegistry();
});

const base = { text: 'p', order: 0, polarity: 'NEUTRAL' as const, confidence: 0.8 };
const met: RelationPattern = {
  ...compilePattern('met'),
  ...base,
  category: 'relation',
  type: 'MEETS',
  pair: 'one',
  future: 'WILL_MEET',
  also: [],
  cameo: '036',
};
const backs: StancePattern = {
  ...compilePattern('back {topic}'),
  ...base,
  category: 'stance',
  position: 'SUPPORTS',
  polarity: 'POSITIVE',
  newTopic: true,
};

describe('Findings', () => {
  it('a symmetric relation seen again either way adds evidence and keeps the higher confidence', () => {
    const f = new Findings();
    f.addRelation('MEETS', 'trump', 'putin', met, 0.7, [{ start: 40, end: 60 }]);
    f.addRelation('MEETS', 'putin', 'trump', met, 0.9, [{ start: 0, end: 20 }]);
    expect(f.relationList()).toEqual([
      expect.objectContaining({
        id: relationId('trump', 'MEETS', 'putin'),
        confidence: 0.9,
        evidence: [
          { start: 0, end: 20 },
          { start: 40, end: 60 },
        ],
      }),
    ]);
  });

  it('a stance id has its position only where one actor holds several on a topic', () => {
    const f = new Findings();
    f.addStance('germany', 'fund', backs, 0.8, [{ start: 0, end: 5 }]);
    f.addStance('france', 'fund', backs, 0.8, [{ start: 0, end: 5 }]);
    f.addStance('france', 'fund', { ...backs, position: 'OPPOSES' }, 0.8, [{ start: 9, end: 12 }]);
    expect(f.stanceList().map((s) => s.id)).toEqual([
      'stance-germany-fund',
      'stance-france-fund-supports',
      'stance-france-fund-opposes',
    ]);
  });

  it('merges evidence without duplicates, in text order', () => {
    const into = [{ start: 10, end: 20 }];
    mergeEvidence(into, [
      { start: 10, end: 20 },
      { start: 0, end: 5 },
    ]);
    expect(into).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ]);
  });
});

/** Relations of a pass over `text` as "TYPE source target". */
function relationsIn(text: string): string[] {
  return passOf(text)
    .findings.relationList()
    .map((r) => `${r.type} ${r.source} ${r.target}`);
}

describe('Events', () => {
  it('a plural subject of a pair pattern meets once per other member', () => {
    expect(relationsIn('Trump and Putin met in Helsinki.')).toEqual(['MEETS trump putin']);
  });

  it('every pair of the parties to one meeting meets, named order kept', () => {
    expect(
      relationsIn(
        'Emmanuel Macron, Friedrich Merz and Donald Tusk met Volodymyr Zelensky in Kyiv.',
      ).sort(),
    ).toEqual(
      [
        'MEETS emmanuel-macron donald-tusk',
        'MEETS emmanuel-macron friedrich-merz',
        'MEETS emmanuel-macron zelensky',
        'MEETS friedrich-merz donald-tusk',
        'MEETS friedrich-merz zelensky',
        'MEETS donald-tusk zelensky',
      ].sort(),
    );
    expect(
      relationsIn('Emmanuel Macron, Friedrich Merz and Donald Tusk met in Kyiv.'),
    ).toHaveLength(3);
  });

  it('a relation with a target runs from each source to each target', () => {
    expect(relationsIn('France and Germany criticized Russia.')).toEqual([
      'CRITICIZES france russia',
      'CRITICIZES germany russia',
    ]);
  });

  it('a pattern that also codes a second type gives both relations ("held talks")', () => {
    expect(relationsIn('Trump and Putin held talks in Helsinki.')).toEqual([
      'NEGOTIATES_WITH trump putin',
      'MEETS trump putin',
    ]);
  });

  it('an unnamed representative after a noun modifier speaks for the possessor', () => {
    expect(relationsIn('China’s commerce ministry accused Washington of bullying.')).toEqual([
      'CRITICIZES china united-states',
    ]);
  });

  it('two delegations led by named people meet', () => {
    const text =
      'A delegation led by Marco Rubio sat down in Riyadh with a Russian team headed by Sergei Lavrov.';
    expect(relationsIn(text)).toContainEqual(expect.stringMatching(/^MEETS rubio /));
  });

  it('remembers the ends of a relation as the next "two leaders"', () => {
    const { memory } = passOf('Trump called Zelensky on Monday.');
    expect(memory.lastPair.PERSON).toEqual(['trump', 'zelensky']);
  });
});

describe('stances', () => {
  it('each acting actor takes the position on the topic', () => {
    const stances = passOf('France and Germany opposed NATO membership for Ukraine.')
      .findings.stanceList()
      .map((s) => `${s.actor} ${s.position} ${s.topic}`);
    expect(stances).toEqual([
      'france OPPOSES ukraine-nato-membership',
      'germany OPPOSES ukraine-nato-membership',
    ]);
  });

  it('a stance of the speaker’s own country in reported speech is the speaker’s', () => {
    const stances = (text: string) =>
      passOf(text)
        .findings.stanceList()
        .map((s) => `${s.actor} ${s.position} ${s.topic}`);
    expect(stances('Trump said the United States opposed NATO membership for Ukraine.')).toEqual([
      'trump OPPOSES ukraine-nato-membership',
    ]);
    // Another country's position, as the speaker tells it, is hearsay.
    expect(stances('Trump said Germany opposed NATO membership for Ukraine.')).toEqual([]);
  });

  it('a negated pattern states the opposite position, named as such', () => {
    const [st] = passOf(
      'Germany did not support NATO membership for Ukraine.',
    ).findings.stanceList();
    expect(st).toMatchObject({ actor: 'germany', position: 'OPPOSES', polarity: 'NEGATIVE' });
    expect(st.pattern).toMatch(/^not /);
  });
});
