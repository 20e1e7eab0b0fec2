/**
 * Mentions that describe a person instead of naming one, found after the
 * names: a title and a country before a known person ("Ukrainian President
 * Volodymyr Zelenskyy" is the person, not Ukraine), "his Russian counterpart",
 * a bare office ("the president") and the first-person words a quotation's
 * speaker uses ("I", "we"). Resolution is ./resolve.ts's and ./engine.ts's.
 */
import type { ActorIndex, Mention } from './actors';
import type { Lexicon } from './lexicon';
import type { Token } from './nlp';

export interface MentionTable {
  owner: Array<Mention | undefined>;
  mentions: Mention[];
  add(m: Mention): void;
}

const drop = (table: MentionTable, m: Mention) => {
  const at = table.mentions.indexOf(m);
  if (at !== -1) table.mentions.splice(at, 1);
  for (let k = m.t0; k < m.t1; k++) if (table.owner[k] === m) table.owner[k] = undefined;
};

const claim = (table: MentionTable, m: Mention, t0: number) => {
  for (let k = t0; k < m.t0; k++) {
    const inner = table.owner[k];
    if (inner && inner !== m) drop(table, inner);
    table.owner[k] = m;
  }
  m.t0 = t0;
};

/**
 * "U.S. President Donald Trump", "Ukrainian President Volodymyr Zelenskyy":
 * title words and a country (or its adjective) right before a known person
 * join the person's mention, so that the country is not taken for an actor.
 */
export function absorbTitles(
  tokens: readonly Token[],
  table: MentionTable,
  index: ActorIndex,
  titleWord: (t: Token) => boolean,
): void {
  for (const m of [...table.mentions]) {
    if (m.kind !== 'actor' || !m.actorId || index.actors.get(m.actorId)?.kind !== 'PERSON')
      continue;
    let k = m.t0;
    while (k > 0 && !table.owner[k - 1] && (titleWord(tokens[k - 1]) || isOfState(tokens, k - 1)))
      k--;
    // An alias may hold the title itself ("Defense Secretary Pete Hegseth").
    if (k === m.t0 && !titleWord(tokens[m.t0])) continue;
    const before = table.owner[k - 1];
    const country = before?.kind === 'actor' && before.t1 === k && !before.possessive;
    const kind = country && before.actorId ? index.actors.get(before.actorId)?.kind : undefined;
    claim(table, m, kind === 'COUNTRY' ? (before as Mention).t0 : k);
  }
}

/** "of" and "State" inside "Secretary of State". */
function isOfState(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (t.lower === 'of' && tokens[k + 1]?.text === 'State') || t.text === 'State';
}

/**
 * "his Russian counterpart", "Trump's Ukrainian counterpart": the possessor, an
 * optional country, a counterpart word. Not when a name follows after a comma
 * (apposition names the person: "his Lao counterpart, Phouthone Keomany").
 */
export function findCounterparts(
  tokens: readonly Token[],
  table: MentionTable,
  lexicon: Lexicon,
): void {
  for (let i = 0; i < tokens.length; i++) {
    if (table.owner[i]) continue;
    const words = lexicon.offices.counterparts.find((w) =>
      w.every((x, q) => tokens[i + q]?.lower === x && !table.owner[i + q]),
    );
    if (!words) continue;
    const end = i + words.length;
    if (tokens[end]?.text === ',' && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) continue;
    let k = i;
    let country: string | undefined;
    const c = table.owner[k - 1];
    if (c?.kind === 'actor' && c.t1 === k && !c.possessive && c.actorId) {
      country = c.actorId;
      k = c.t0;
    }
    const possessor = table.owner[k - 1];
    if (!possessor || possessor.t1 !== k || !possessor.possessive) continue;
    if (c && country) drop(table, c);
    drop(table, possessor);
    table.add({
      kind: 'counterpart',
      t0: possessor.t0,
      t1: end,
      possessor: { ...possessor, possessive: true },
      country,
      possessive: false,
    });
    i = end - 1;
  }
}

/** "the president", "the secretary of state": an office without a country. */
export function findOffices(tokens: readonly Token[], table: MentionTable, lexicon: Lexicon): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].lower !== 'the' || table.owner[i]) continue;
    const words = lexicon.offices.bare.find((w) =>
      w.every((x, q) => tokens[i + 1 + q]?.lower === x && !table.owner[i + 1 + q]),
    );
    if (!words) continue;
    const end = i + 1 + words.length;
    // "the president of Mali", "the president's office" are someone else's business.
    if (tokens[end]?.lower === 'of' || table.owner[end]) continue;
    table.add({ kind: 'office', t0: i, t1: end, office: words.join(' '), possessive: false });
    i = end - 1;
  }
}

/** "I", "we", "our": resolved only inside a quotation whose speaker is known. */
export function findFirstPerson(
  tokens: readonly Token[],
  table: MentionTable,
  lexicon: Lexicon,
): void {
  const { singular, plural } = lexicon.speech;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (table.owner[i] || t.pos === 'PROPN') continue;
    // "US" in capitals is the country; "us" is the speakers.
    if (t.text === 'US' || t.text === 'U.S.') continue;
    const isPlural = plural.has(t.lower);
    if (!isPlural && !singular.has(t.lower)) continue;
    const possessive = t.lower === 'my' || t.lower === 'our';
    table.add({ kind: 'first-person', t0: i, t1: i + 1, plural: isPlural, possessive });
  }
}
