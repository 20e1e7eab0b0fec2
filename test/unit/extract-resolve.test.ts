/**
 * Offices resolved against roles (src/extract/resolve.ts) and the mentions
 * that describe instead of name (src/extract/descriptions.ts).
 */
import { ActorIndex, type KnownActor } from '../../src/extract/actors';
import { extractDraft } from '../../src/extract/draft';
import { defaultLexicon } from '../../src/extract/lexicon';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from '../../src/extract/registry';
import { counterpartOf, holderOf, officesOf } from '../../src/extract/resolve';

let registry: Registry;
let index: ActorIndex;
beforeAll(async () => {
  registry = await readRegistry([DEFAULT_REGISTRY]);
  index = new ActorIndex(registry, defaultLexicon());
});

const actor = (id: string) => index.actors.get(id) as KnownActor;
const relations = (text: string) =>
  extractDraft(text, {
    registry,
    meta: { id: 'doc', publishedAt: '2025-02-12' },
  }).dataset.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`);

describe('officesOf', () => {
  it('takes the country out of the title and makes a head of state a leader', () => {
    expect(officesOf(index.actors, actor('trump'), defaultLexicon())).toEqual([
      { head: 'president', country: 'united-states' },
      { head: 'leader', country: 'united-states' },
      { head: 'head of state', country: 'united-states' },
    ]);
  });

  it('keeps "of State" in a title and finds the country through a government', () => {
    expect(officesOf(index.actors, actor('rubio'), defaultLexicon())).toEqual([
      { head: 'secretary of state', country: 'united-states' },
    ]);
  });
});

describe('counterpartOf and holderOf', () => {
  it('finds the holder of the same office in the other country', () => {
    expect(counterpartOf(index.actors, 'trump', 'russia', defaultLexicon())).toBe('putin');
    expect(counterpartOf(index.actors, 'putin', 'ukraine', defaultLexicon())).toBe('zelensky');
    expect(counterpartOf(index.actors, 'rubio', 'russia', defaultLexicon())).toBeUndefined();
  });

  it('takes the office holder the article named most, the first named on a tie', () => {
    const named = new Map([
      ['putin', 1],
      ['trump', 2],
    ]);
    const first = new Map([
      ['putin', 0],
      ['trump', 10],
    ]);
    expect(holderOf(index.actors, 'president', named, first, defaultLexicon())).toBe('trump');
    named.set('putin', 2);
    expect(holderOf(index.actors, 'president', named, first, defaultLexicon())).toBe('putin');
    expect(holderOf(index.actors, 'chancellor', named, first, defaultLexicon())).toBeUndefined();
  });
});

describe('descriptions in articles', () => {
  it.each([
    [
      'Trump spoke by phone with his Russian counterpart on Wednesday.',
      'SPOKE_WITH trump -> putin',
    ],
    ['The Russian president praised the U.S. leader.', 'PRAISES putin -> trump'],
    [
      'The Kremlin said the Russian leader had criticized the Ukrainian president.',
      'CRITICIZES putin -> zelensky',
    ],
    ['Trump called Ukrainian President Volodymyr Zelenskyy on Sunday.', 'CALLED trump -> zelensky'],
    [
      'President Donald Trump met Vance. Witkoff said the president praised Putin.',
      'PRAISES trump -> putin',
    ],
    [
      'Trump spoke with Putin, and the two leaders agreed to start negotiations.',
      'AGREES_TO_NEGOTIATE putin -> trump',
    ],
  ])('%s → %s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('keeps a person named with a country adjective the person, not the country', () => {
    expect(relations('Trump called Ukrainian President Volodymyr Zelenskyy.')).not.toContain(
      'CALLED trump -> ukraine',
    );
  });

  it('proposes an unknown titled person with the role the title and adjective give', () => {
    // An invented name: the gazetteer knows the real office holders (next test).
    const draft = extractDraft('Italian Prime Minister Carla Benedetti praised Zelensky.', {
      registry,
      meta: { id: 'doc', publishedAt: '2025-03-02' },
    });
    expect(draft.dataset.actors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Carla Benedetti',
          kind: 'PERSON',
          roles: [{ title: 'Prime Minister', organization: 'italy' }],
        }),
      ]),
    );
  });

  it('proposes a gazetteer person with the office the gazetteer gives', () => {
    const draft = extractDraft('Italian Prime Minister Giorgia Meloni praised Zelensky.', {
      registry,
      meta: { id: 'doc', publishedAt: '2025-03-02' },
    });
    expect(draft.dataset.actors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Giorgia Meloni',
          kind: 'PERSON',
          roles: [{ title: 'Prime Minister of Italy', organization: 'italy' }],
        }),
      ]),
    );
  });
});
