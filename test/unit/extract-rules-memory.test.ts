/**
 * The resolution memory of the rules engine (src/extract/rules/memory.ts): what pronouns and
 * descriptions can point back to.
 */
import type { ActorKind } from '../../src/dataset/vocabulary';
import { Memory } from '../../src/extract/rules/memory';

const KINDS: Record<string, ActorKind> = {
  trump: 'PERSON',
  putin: 'PERSON',
  rubio: 'PERSON',
  russia: 'COUNTRY',
  ukraine: 'COUNTRY',
  nato: 'ORGANIZATION',
  'european-leaders': 'GROUP',
  kremlin: 'GOVERNMENT',
};
const memory = () => new Memory((id) => KINDS[id]);

describe('Memory', () => {
  it('keeps where each actor was first seen and how often it was named', () => {
    const m = memory();
    m.remember(['trump'], 10, 0, false);
    m.remember(['trump'], 50, 1, false);
    m.remember(['putin'], 30, 1, false);
    expect(m.firstSeen).toEqual(
      new Map([
        ['trump', 10],
        ['putin', 30],
      ]),
    );
    expect(m.named.get('trump')).toBe(2);
  });

  it('remembers the last thing, organisation, country and group by kind', () => {
    const m = memory();
    m.remember(['nato'], 0, 0, false);
    m.remember(['russia'], 5, 0, false);
    m.remember(['european-leaders'], 9, 0, false);
    expect([m.lastOrg, m.lastCountry, m.lastThing]).toEqual(['nato', 'russia', 'russia']);
    expect(m.lastPlural).toEqual(['european-leaders']);
    m.remember(['kremlin'], 12, 1, false);
    expect(m.lastThing).toBe('kremlin');
  });

  it('a demonym counts as seen but is not what "it" or "he" means next', () => {
    const m = memory();
    m.remember(['russia'], 0, 0, true);
    expect(m.firstSeen.has('russia')).toBe(true);
    expect(m.lastCountry).toBeUndefined();
  });

  it('a list of two is the pair "the two leaders" or "both countries" means', () => {
    const m = memory();
    m.remember(['trump', 'putin'], 0, 0, false);
    expect(m.lastPair).toEqual({
      PERSON: ['trump', 'putin'],
      COUNTRY: undefined,
      ANY: ['trump', 'putin'],
      PEOPLE: ['trump', 'putin'],
    });
    m.rememberPair(['russia', 'ukraine']);
    expect(m.lastPair.COUNTRY).toEqual(['russia', 'ukraine']);
    expect(m.lastPair.PERSON).toEqual(['trump', 'putin']);
    m.rememberPair(['trump', 'putin', 'rubio']);
    expect(m.lastPair.ANY).toEqual(['russia', 'ukraine']);
  });

  it('several persons named together are who "the three leaders" means', () => {
    const m = memory();
    m.remember(['trump', 'putin', 'rubio'], 0, 0, false);
    m.remember(['russia', 'ukraine'], 9, 0, false);
    expect(m.lastPair.PEOPLE).toEqual(['trump', 'putin', 'rubio']);
    expect(m.lastPair.ANY).toEqual(['russia', 'ukraine']);
  });

  it('finds the most recent person outside a set', () => {
    const m = memory();
    m.remember(['trump'], 0, 0, false);
    m.remember(['putin'], 5, 0, false);
    expect(m.lastPersonExcept(new Set(['putin']))).toBe('trump');
    expect(m.lastPersonExcept(new Set(['putin', 'trump']))).toBeUndefined();
  });
});
