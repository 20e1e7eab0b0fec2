/**
 * Stage 5 of the rules engine (src/extract/rules/stances.ts and the stance patterns of
 * lexicon/extract/patterns.yaml): who holds which position on which topic, from the whole pass.
 */
import { loadRegistry, passOf } from '../harness/rules';

beforeAll(async () => {
  await loadRegistry();
});

/** The stances found in `text`, as "actor POSITION topic". */
function stancesIn(text: string): string[] {
  return passOf(text)
    .findings.stanceList()
    .map((s) => `${s.actor} ${s.position} ${s.topic}`);
}

describe('stance cues', () => {
  it.each([
    ['Keir Starmer is firmly against the new tariffs.', 'keir-starmer OPPOSES tariffs'],
    ['Keir Starmer spoke out against the tariffs.', 'keir-starmer OPPOSES tariffs'],
    ['Keir Starmer objected to the new tariffs.', 'keir-starmer OPPOSES tariffs'],
    ['Keir Starmer voiced opposition to the tariffs.', 'keir-starmer OPPOSES tariffs'],
    ['Keir Starmer is in favour of a ceasefire.', 'keir-starmer SUPPORTS ceasefire'],
    ['Keir Starmer signalled support for a ceasefire.', 'keir-starmer SUPPORTS ceasefire'],
    ['Keir Starmer threw his weight behind the ceasefire.', 'keir-starmer SUPPORTS ceasefire'],
    ['Keir Starmer argued for a ceasefire.', 'keir-starmer SUPPORTS ceasefire'],
    ['Zelenskiy said he had asked for a full ceasefire.', 'zelensky SUPPORTS ceasefire'],
    ['Marco Rubio pressed his Russian counterpart for a ceasefire.', 'rubio SUPPORTS ceasefire'],
    [
      'Masoud Pezeshkian said Iran would respect the ceasefire.',
      'masoud-pezeshkian SUPPORTS ceasefire',
    ],
    [
      'Hanna Ostrova ruled out a coalition with the Farmers Party.',
      'hanna-ostrova OPPOSES coalition',
    ],
    [
      'Keir Starmer expressed concern about the military drills.',
      'keir-starmer WORRIES_ABOUT military-drills',
    ],
  ])('%s', (text, stance) => {
    expect(stancesIn(text)).toEqual([stance]);
  });

  it('a named, not a lone, object of "interested in" becomes a topic', () => {
    expect(stancesIn('Sergei Lavrov said Moscow remained interested in normal relations.')).toEqual(
      ['sergei-lavrov SUPPORTS normal-relations'],
    );
  });

  it('a lone topic noun the tagger reads as a verb ("open to talks") is still the topic', () => {
    expect(stancesIn('Keir Starmer said he was open to talks with Washington.')).toEqual([
      'keir-starmer SUPPORTS negotiations',
    ]);
  });

  it('"any talk of X" is about X', () => {
    expect(stancesIn('Jaishankar Rao rejected any talk of outside mediation.')).toEqual([
      'jaishankar-rao OPPOSES mediation',
    ]);
  });

  it('a truce in a trade war is a trade truce, not a ceasefire', () => {
    expect(stancesIn('The United States and China agreed to a truce in their trade war.')).toEqual([
      'united-states SUPPORTS trade-truce',
      'china SUPPORTS trade-truce',
    ]);
  });

  it('"would keep negotiating" stays a plan: no call is coded for "keep talking to"', () => {
    expect(
      passOf('Keir Starmer said he wanted to keep talking to Washington.').findings.relationList(),
    ).toEqual([]);
  });
});

describe('what a position is about and whose it is', () => {
  it('a definite description takes the topic the article proposed with that head', () => {
    expect(
      stancesIn(
        'Rhea Tolentin called on Solvara to respect the 2019 arbitration ruling. Idris Vell dismissed the ruling.',
      ),
    ).toEqual([
      'rhea-tolentin SUPPORTS 2019-arbitration-ruling',
      'idris-vell OPPOSES 2019-arbitration-ruling',
    ]);
  });

  it('a definite description before "was unacceptable" is what the article named before', () => {
    expect(
      stancesIn(
        'The bloc proposed a joint borrowing plan. Luca Santaro said the plan was unacceptable.',
      ),
    ).toEqual(['luca-santaro OPPOSES joint-borrowing-plan']);
  });

  it('a definite description with a modifier and no antecedent is proposed as it stands', () => {
    expect(stancesIn('Idris Vell dismissed the arbitration ruling.')).toEqual([
      'idris-vell OPPOSES arbitration-ruling',
    ]);
  });

  it('a phrase that opens its clause before "off the table" is proposed as the topic', () => {
    expect(
      stancesIn(
        'Samuel Adeyo-Crane said the government was ready but that an amnesty for rebel commanders was "off the table".',
      ),
    ).toEqual(['samuel-adeyo-crane OPPOSES amnesty-for-rebel-commanders']);
    expect(
      stancesIn('"A dam on the river is off the table," Ansel Brandt told reporters.'),
    ).toEqual(['ansel-brandt OPPOSES dam-on-the-river']);
  });

  it('a known topic inside the opening phrase is the topic; a participle opens none', () => {
    expect(
      stancesIn('Maria Zakharova said the deployment of European troops was unacceptable.'),
    ).toEqual(['maria-zakharova OPPOSES troops-in-ukraine']);
    expect(stancesIn('Mark Carney spoke, telling reporters was wrong.')).toEqual([]);
  });

  it('a position in a quotation with no subject of its own is the speaker’s', () => {
    expect(stancesIn('"A ceasefire now would be a mistake," Dmitry Peskov said.')).toEqual([
      'dmitry-peskov OPPOSES ceasefire',
    ]);
    expect(stancesIn('"The tariffs are wrong," Keir Starmer said.')).toEqual([
      'keir-starmer OPPOSES tariffs',
    ]);
  });

  it('what a speaker says their country will do is the speaker’s stance, also after "the"', () => {
    expect(stancesIn('Keir Starmer said the United Kingdom would back a European force.')).toEqual([
      'keir-starmer SUPPORTS troops-in-ukraine',
    ]);
  });

  it('a speaker saying what another person or another country wants is hearsay: no stance', () => {
    expect(stancesIn('Zelensky said Putin was preparing to reject the ceasefire.')).toEqual([]);
    expect(stancesIn('Zelensky said Russia would reject the ceasefire.')).toEqual([]);
  });

  it('a relative clause after a name is that actor’s; an unnamed subject borrows no name', () => {
    expect(
      stancesIn('Keir Starmer welcomed Emmanuel Macron, who had long opposed the tariffs.'),
    ).toEqual(['emmanuel-macron OPPOSES tariffs']);
    expect(
      stancesIn(
        'Emmanuel Macron spoke to reporters, while protesters outside rejected the tariffs.',
      ),
    ).toEqual([]);
    expect(
      stancesIn('Keir Starmer met Macron in Paris, where lawmakers voted to back the sanctions.'),
    ).toEqual([]);
  });

  it('"those who" and a quantified noun ("some countries") are subjects no actor names', () => {
    expect(stancesIn('Keir Starmer said those who opposed the sanctions were mistaken.')).toEqual(
      [],
    );
    expect(
      stancesIn('Emmanuel Macron said he understood why some countries opposed the sanctions.'),
    ).toEqual([]);
    expect(stancesIn('Keir Starmer told lawmakers that many Britons opposed the tariffs.')).toEqual(
      [],
    );
  });

  it('a government speaking of its own country states its own position', () => {
    expect(stancesIn('The Kremlin said Moscow was ready to resume direct talks.')).toEqual([
      'kremlin SUPPORTS negotiations',
    ]);
  });

  it('a reporting verb a few words before "that" still makes the pronoun its speaker', () => {
    expect(
      stancesIn(
        'Benjamin Netanyahu met Trump, the White House said. Netanyahu said in a video posted later that he had not agreed to a Palestinian state.',
      ),
    ).toEqual(['benjamin-netanyahu OPPOSES palestinian-statehood']);
  });

  it('who pays for a measure backs it', () => {
    expect(
      stancesIn('Friedrich Merz said Germany would finance two Patriot batteries for Ukraine.'),
    ).toEqual(['friedrich-merz SUPPORTS air-defence']);
    expect(stancesIn('Trump threatened to make Madrid pay in a trade deal.')).toEqual([]);
  });

  it('"the French president" is the office holder the gazetteer names', () => {
    expect(
      stancesIn('The French president said Europe should not accept an unbalanced deal.'),
    ).toEqual(['emmanuel-macron OPPOSES unbalanced-deal']);
  });

  it('cutting or suspending a measure is a concession, not opposition to it', () => {
    expect(stancesIn('China agreed to suspend the rare-earth controls for a year.')).toEqual([]);
    expect(stancesIn('Washington cut a tariff on Chinese goods.')).toEqual([]);
  });

  it('ending a war, a visit or a round of talks concludes it; stopping aid opposes it', () => {
    expect(stancesIn('Trump said he had ended several wars.')).toEqual([]);
    expect(stancesIn('Mark Carney ended a second round of talks with Beijing.')).toEqual([]);
    expect(stancesIn('Keir Starmer said Britain would stop military aid.')).toEqual([
      'keir-starmer OPPOSES military-aid-to-ukraine',
    ]);
  });

  it('a time or someone’s help is no topic', () => {
    expect(stancesIn('Ukraine and the United States ended weeks of tense negotiations.')).toEqual(
      [],
    );
    expect(stancesIn('Mette Frederiksen welcomed French support.')).toEqual([]);
  });

  it('"scaled back" backs nothing; "called on X to accept" still backs', () => {
    expect(stancesIn('Israel scaled back a planned strike.')).toEqual([]);
    expect(stancesIn('Keir Starmer called on Russia to accept the ceasefire.')).toEqual([
      'keir-starmer SUPPORTS ceasefire',
    ]);
  });

  it('critics saying what someone opposes is no stance of theirs; officials saying it is', () => {
    expect(stancesIn('Critics say Viktor Orbán opposes the sanctions.')).toEqual([]);
    expect(stancesIn('Officials said Viktor Orbán opposes the sanctions.')).toEqual([
      'viktor-orban OPPOSES sanctions-on-russia',
    ]);
  });

  it('questions, conditions and negated rejections code nothing', () => {
    expect(stancesIn('Would Keir Starmer support a ceasefire?')).toEqual([]);
    expect(stancesIn('If Russia agrees, Keir Starmer would support a ceasefire.')).toEqual([]);
    expect(stancesIn('Keir Starmer did not rule out a ceasefire.')).toEqual([]);
  });

  it.each([
    ['Keir Starmer is expected to back the ceasefire next week.'],
    ['Keir Starmer is due to announce new sanctions on Friday.'],
    ['Emmanuel Macron plans to propose a ceasefire at the summit.'],
    ['Emmanuel Macron may support the ceasefire.'],
    ['Trump would have opposed the ceasefire, his aides said.'],
    ['Emmanuel Macron denied that he had rejected the ceasefire.'],
  ])('a position expected, possible, counterfactual or denied codes nothing: %s', (text) => {
    expect(stancesIn(text)).toEqual([]);
  });

  it('a position stated for the future still codes', () => {
    expect(stancesIn('Keir Starmer will back the ceasefire.')).toEqual([
      'keir-starmer SUPPORTS ceasefire',
    ]);
  });

  it('a position that waits on a condition after it codes nothing; "even if" still codes', () => {
    expect(
      stancesIn('Giorgia Meloni said Italy would back the trade deal if farmers got guarantees.'),
    ).toEqual([]);
    expect(
      stancesIn('Keir Starmer said he would welcome a ceasefire, but only if Russia kept to it.'),
    ).toEqual([]);
    expect(
      stancesIn('Keir Starmer is ready to back a ceasefire, provided that Russia keeps to it.'),
    ).toEqual([]);
    expect(stancesIn('Keir Starmer backed the ceasefire, even if Russia might break it.')).toEqual([
      'keir-starmer SUPPORTS ceasefire',
    ]);
    expect(stancesIn('Keir Starmer backed the ceasefire, saying he would act if needed.')).toEqual([
      'keir-starmer SUPPORTS ceasefire',
    ]);
  });
});
