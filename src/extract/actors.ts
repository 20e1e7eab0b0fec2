/**
 * Who the article names: the registry's actors by name and alias, the
 * gazetteer's countries, organisations and outlets, descriptions derived from
 * the registry's roles ("the Ukrainian president" when only one actor fits),
 * and new people, organisations and groups from winkNLP's proper-noun tags.
 * Pronouns and descriptions ("they", "both leaders", "the bloc") become
 * mentions here and are resolved in order by ./engine.ts.
 */
import type { ActorKind } from '../dataset/vocabulary';
import type { Lexicon } from './lexicon';
import { normalizeWord, tokenize, type Token } from './nlp';
import type { Registry } from './registry';
import { officesOf } from './resolve';
import { absorbTitles, findCounterparts, findFirstPerson, findOffices } from './descriptions';
import { nameKey, slugify } from './slug';

export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** In the registry (referenced by id) or proposed by the extractor (defined in the draft). */
  registry: boolean;
  aliases: string[];
  roles: Array<{ title: string; organization: string }>;
  /** For a government: the country it governs, when its names say so. */
  country?: string;
}

interface AliasEntry {
  actorId: string;
  /** The alias's own tokens, for the case check. */
  texts: string[];
  priority: number;
  demonym: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

const trieNode = (): TrieNode => ({ next: new Map(), entries: [] });

/** The actors the extractor can name: registry first, then the gazetteer. */
export class ActorIndex {
  readonly actors = new Map<string, KnownActor>();
  private readonly root = trieNode();
  /** Names and aliases (nameKey) → actor ids, for "Trump supporters" and eval. */
  readonly byName = new Map<string, string>();

  constructor(registry: Registry, lexicon: Lexicon) {
    const phrases: Array<{ text: string; actorId: string; priority: number; demonym: boolean }> =
      [];
    for (const a of registry.actors) {
      this.actors.set(a.id, {
        id: a.id,
        name: a.name,
        kind: a.kind,
        registry: true,
        aliases: [...a.aliases],
        roles: a.roles.map((r) => ({ ...r })),
      });
      for (const n of [a.name, ...a.aliases]) {
        phrases.push({ text: n, actorId: a.id, priority: 3, demonym: false });
        if (!this.byName.has(nameKey(n))) this.byName.set(nameKey(n), a.id);
      }
    }
    const demonyms = new Map<string, string[]>();
    for (const g of lexicon.gazetteer) {
      const same =
        this.actors.get(g.id)?.registry === true ? g.id : this.byName.get(nameKey(g.name));
      const id = same ?? g.id;
      if (!same) {
        if (this.actors.has(id)) continue;
        this.actors.set(id, {
          id,
          name: g.name,
          kind: g.kind,
          registry: false,
          aliases: [...g.aliases],
          roles: (g.roles ?? []).map((r) => ({ ...r })),
        });
      }
      for (const n of [g.name, ...g.aliases]) {
        phrases.push({ text: n, actorId: id, priority: 2, demonym: false });
        if (!this.byName.has(nameKey(n))) this.byName.set(nameKey(n), id);
      }
      for (const d of g.demonyms)
        phrases.push({ text: d, actorId: id, priority: 1, demonym: true });
      demonyms.set(id, g.demonyms);
    }
    // Governments govern the country whose name their own names contain ("US government").
    for (const a of this.actors.values()) {
      if (a.kind !== 'GOVERNMENT') continue;
      for (const n of [a.name, ...a.aliases]) {
        const words = ` ${n.toLowerCase()} `;
        const country = [...this.actors.values()].find(
          (c) =>
            c.kind === 'COUNTRY' &&
            [c.name, ...c.aliases].some((cn) => words.includes(` ${cn.toLowerCase()} `)),
        );
        if (country) {
          a.country = country.id;
          break;
        }
      }
    }
    // "the Ukrainian president", "the U.S. leader", "the president of Ukraine": kept only where one actor fits.
    const descriptors = new Map<string, Set<string>>();
    for (const a of this.actors.values()) {
      if (a.kind !== 'PERSON') continue;
      for (const office of officesOf(this.actors, a, lexicon)) {
        const country = office.country ? this.actors.get(office.country) : undefined;
        if (!country) continue;
        const names = [country.name, ...country.aliases].filter((n) => !/^the\s/i.test(n));
        const forms = [
          ...(demonyms.get(country.id) ?? []).map((d) => `the ${d} ${office.head}`),
          ...names.flatMap((n) => [`the ${n} ${office.head}`, `${n}'s ${office.head}`]),
          `the ${office.head} of ${country.name}`,
        ];
        for (const f of forms) {
          const set = descriptors.get(f) ?? new Set<string>();
          set.add(a.id);
          descriptors.set(f, set);
        }
      }
    }
    for (const [text, ids] of descriptors) {
      if (ids.size === 1) phrases.push({ text, actorId: [...ids][0], priority: 1, demonym: false });
    }
    this.addPhrases(phrases);
  }

  private addPhrases(
    phrases: ReadonlyArray<{ text: string; actorId: string; priority: number; demonym: boolean }>,
  ): void {
    const tokenized = tokenizeMany(phrases.map((p) => p.text));
    phrases.forEach((p, k) => {
      const toks = tokenized[k] ?? [];
      if (toks.length === 0) return;
      let node = this.root;
      for (const t of toks) {
        let next = node.next.get(t.lower);
        if (!next) {
          next = trieNode();
          node.next.set(t.lower, next);
        }
        node = next;
      }
      // A higher-priority actor keeps an alias another entry also claims ("Washington").
      const existing = node.entries.find((e) => e.priority > p.priority);
      if (existing && existing.actorId !== p.actorId) return;
      if (node.entries.some((e) => e.actorId === p.actorId && e.demonym === p.demonym)) return;
      node.entries.push({
        actorId: p.actorId,
        texts: toks.map((t) => t.text),
        priority: p.priority,
        demonym: p.demonym,
      });
      node.entries.sort((a, b) => b.priority - a.priority);
    });
  }

  /** Adds an actor the extractor proposes (a new person, organisation or group). */
  propose(actor: KnownActor): KnownActor {
    const existing = this.actors.get(actor.id);
    if (existing) return existing;
    this.actors.set(actor.id, actor);
    return actor;
  }

  /** The longest alias match starting at token `i`, honouring case. */
  longestMatch(
    tokens: readonly Token[],
    i: number,
    limit: number,
  ): { end: number; entry: AliasEntry } | undefined {
    let node: TrieNode | undefined = this.root;
    let best: { end: number; entry: AliasEntry } | undefined;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(tokens[j].lower);
      if (!node) break;
      for (const e of node.entries) {
        if (caseFits(e.texts, tokens, i)) {
          best = { end: j + 1, entry: e };
          break;
        }
      }
    }
    return best;
  }
}

const tokenCache = new Map<string, Token[]>();

/** Tokenizes many short phrases (aliases, keywords) with one call to the tagger; remembered per process. */
export function tokenizeMany(phrases: readonly string[]): Token[][] {
  const missing = [...new Set(phrases.filter((p) => !tokenCache.has(p)))];
  if (missing.length > 0) {
    const joined = missing.map((p) => p.replace(/\n/g, ' ')).join('\n');
    const tokens = tokenize(joined);
    const out: Token[][] = missing.map(() => []);
    let line = 0;
    let lineEnd = joined.indexOf('\n');
    for (const t of tokens) {
      while (lineEnd !== -1 && t.start > lineEnd) {
        line++;
        lineEnd = joined.indexOf('\n', lineEnd + 1);
      }
      out[line]?.push(t);
    }
    missing.forEach((p, k) => tokenCache.set(p, out[k] ?? []));
  }
  return phrases.map((p) => tokenCache.get(p) ?? []);
}

/**
 * An alias token written in capitals ("US", "EU") matches only those capitals;
 * one written capitalised matches only a capitalised word; a lowercase one
 * ("the") matches any case.
 */
function caseFits(texts: readonly string[], tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < texts.length; k++) {
    const alias = texts[k];
    const word = tokens[at + k].text;
    const letters = alias.replace(/[^\p{L}]/gu, '');
    if (letters === '') continue;
    if (letters.length >= 2 && letters === letters.toUpperCase()) {
      if (word.replace(/[^\p{L}]/gu, '') !== letters) return false;
    } else if (/^\p{Lu}/u.test(letters) && !/^\P{L}*\p{Lu}/u.test(word)) {
      return false;
    }
  }
  return true;
}

/** Which last pair (or group of people) a phrase such as "the two leaders" means. */
export type PairKind = 'PERSON' | 'COUNTRY' | 'ANY' | 'PEOPLE';

export type MentionKind =
  | 'actor'
  | 'person-pronoun'
  | 'thing-pronoun'
  | 'plural-pronoun'
  | 'pair'
  | 'quantifier'
  | 'org-description'
  | 'country-description'
  | 'officials'
  | 'possessed-group'
  | 'counterpart'
  | 'office'
  | 'first-person'
  | 'list';

export interface Mention {
  kind: MentionKind;
  t0: number;
  t1: number;
  /** For kind actor: the actor. */
  actorId?: string;
  /** A demonym ("Russian"): names the country, weakly. */
  demonym?: boolean;
  /** Ends in "'s" (or is "his", "their", …): a possessor, not a subject. */
  possessive: boolean;
  /** Follows "according to": a source of the report, never its actor. */
  reporter?: boolean;
  /** For officials: the country; for possessed-group: the possessor and the noun. */
  country?: string;
  possessor?: Mention;
  noun?: string;
  /** For office: the office's head ("president"). */
  office?: string;
  /** For first-person: "we", "us", "our" rather than "I". */
  plural?: boolean;
  /** For pair: what the two are ("both leaders": people). */
  pairKind?: PairKind;
  /** For list: the coordinated mentions. */
  members?: Mention[];
  /** Set by resolution (./engine.ts): the actors it stands for; empty when unresolved. */
  resolved?: string[];
  /** Resolved through a pronoun or description rather than named. */
  anaphoric?: boolean;
}

const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text);
const isWordLike = (t: Token) => /^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(t.text);
const MONTHS_AND_DAYS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const ROMAN = /^(?:[IVXLC]+)$/;
const POSSESSIVE = new Set(["'s", "'"]);
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Finds every mention in the token stream, left to right, longest first:
 * aliases, new names, groups, pronouns and descriptions, then coordinated lists.
 */
export function findMentions(
  tokens: readonly Token[],
  index: ActorIndex,
  lexicon: Lexicon,
  sentenceStarts: ReadonlySet<number>,
): Mention[] {
  const n = tokens.length;
  const owner: Array<Mention | undefined> = new Array<Mention | undefined>(n);
  const mentions: Mention[] = [];
  const add = (m: Mention) => {
    for (let k = m.t0; k < m.t1; k++) owner[k] = m;
    mentions.push(m);
  };
  const withPossessive = (m: Mention): Mention => {
    const next = tokens[m.t1];
    if (next && POSSESSIVE.has(next.lower) && next.start === tokens[m.t1 - 1].end) {
      m.t1++;
      m.possessive = true;
    }
    return m;
  };

  // 1. Aliases of known actors.
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.pos === 'PUNCT') continue;
    const match = index.longestMatch(tokens, i, n);
    if (!match) continue;
    add(
      withPossessive({
        kind: 'actor',
        t0: i,
        t1: match.end,
        actorId: match.entry.actorId,
        demonym: match.entry.demonym,
        possessive: false,
      }),
    );
    i = owner[i]!.t1 - 1;
  }

  // 2. New names: runs of capitalised proper nouns, with the titles before them.
  const titleWord = (t: Token) =>
    lexicon.titleHeads.has(t.text) ||
    lexicon.titleModifiers.has(t.text) ||
    lexicon.titleHeads.has(capitalize(t.lower)) ||
    (lexicon.titleModifiers.has(capitalize(t.lower)) && t.lower !== 'state');
  const isHead = (t: Token) =>
    lexicon.titleHeads.has(t.text) || lexicon.titleHeads.has(capitalize(t.lower));
  const persons = new Map<string, KnownActor>();
  for (let i = 0; i < n; i++) {
    if (owner[i]) continue;
    const t = tokens[i];
    if (!((isCapitalized(t) && (t.pos === 'PROPN' || titleWord(t))) || titleWord(t))) continue;
    let j = i;
    while (j < n && !owner[j]) {
      const u = tokens[j];
      const joins =
        (isCapitalized(u) && isWordLike(u) && ['PROPN', 'NOUN', 'ADJ'].includes(u.pos)) ||
        titleWord(u) ||
        (u.lower === 'of' &&
          j > i &&
          tokens[j + 1] !== undefined &&
          isCapitalized(tokens[j + 1]) &&
          titleWord(tokens[j - 1])) ||
        (j > i && isNameJoiner(tokens, j)) ||
        // "Vice Premier He Lifeng": a surname the tagger reads as a pronoun, after a title.
        (j > i &&
          u.pos === 'PRON' &&
          isCapitalized(u) &&
          titleWord(tokens[j - 1]) &&
          tokens[j + 1]?.pos === 'PROPN' &&
          isCapitalized(tokens[j + 1]));
      if (!joins) break;
      j++;
    }
    if (j === i) continue;
    // "Adeyo-Crane" after "Samuel Adeyo-Crane": the person already named, not a new one.
    const earlier = personBySurname(persons.values(), tokens, i, j);
    if (earlier) {
      add(withPossessive({ kind: 'actor', t0: i, t1: j, actorId: earlier, possessive: false }));
      i = j - 1;
      continue;
    }
    const made = classifyRun(tokens, i, j, owner, lexicon, index, titleWord, isHead);
    if (made) {
      add(withPossessive(made.mention));
      if (made.person) persons.set(made.person.id, made.person);
      i = owner[i]?.t1 ? (owner[i] as Mention).t1 - 1 : j - 1;
    } else {
      i = j - 1;
    }
  }

  // 3. Surnames of the people just found ("Kalnienė" after "Rasa Kalnienė"), and of the
  // gazetteer's people named in full.
  for (const m of mentions) {
    const a = m.actorId ? index.actors.get(m.actorId) : undefined;
    if (a?.kind === 'PERSON' && !a.registry) persons.set(a.id, a);
  }
  const surnames = new Map<string, string | null>();
  for (const p of persons.values()) {
    for (const name of [p.name, ...p.aliases]) {
      const parts = name.split(/\s+/);
      if (parts.length < 2) continue;
      const last = normalizeWord(parts[parts.length - 1]);
      const had = surnames.get(last);
      surnames.set(last, had === undefined || had === p.id ? p.id : null);
    }
  }
  for (let i = 0; i < n; i++) {
    if (owner[i]) continue;
    const t = tokens[i];
    const id = isCapitalized(t) ? surnames.get(t.lower) : undefined;
    if (!id) continue;
    // "He Lifeng said …": the whole name, though the tagger reads "He" as a pronoun.
    const t0 = fullNameStart(tokens, i, index.actors.get(id)?.name ?? '', owner);
    add(withPossessive({ kind: 'actor', t0, t1: i + 1, actorId: id, possessive: false }));
  }

  // 3b. Places the gazetteer lacks, named as actors: a lone proper noun written with a
  // possessive at least once ("Solvara's ambassador … Tamaru summoned Solvara's …").
  for (const m of unknownStates(tokens, owner, sentenceStarts, index)) add(withPossessive(m));

  // 4. Groups: "wealthy nations", "Small island states", "European leaders".
  for (let j = 0; j < n; j++) {
    const t = tokens[j];
    if (owner[j] || !lexicon.groupNouns.has(t.lower)) continue;
    let k = j;
    let adjective = false;
    while (k > 0 && j - k < 3) {
      const u = tokens[k - 1];
      const demonymOwner = owner[k - 1];
      if (demonymOwner?.demonym && demonymOwner.t1 === k) {
        adjective = true;
        k = demonymOwner.t0;
        continue;
      }
      if (owner[k - 1] || lexicon.notAdjectives.has(u.lower)) break;
      // A capitalised adjective opening a sentence is often tagged a proper noun ("Small island states").
      if (
        u.pos === 'ADJ' ||
        (u.pos === 'VERB' && u.lower.endsWith('ing')) ||
        (u.pos === 'PROPN' && sentenceStarts.has(k - 1)) ||
        lexicon.groupAdjectives.has(u.lower)
      )
        adjective = true;
      else if (u.pos !== 'NOUN' && u.pos !== 'PROPN') break;
      k--;
    }
    if (!adjective || k === j) continue;
    // "Estonian officials", "Chinese leaders" when the registry lacks the group: the country.
    const only = owner[k];
    const words = tokens.slice(k, j + 1).map((u) => u.text);
    const name = capitalize(words.join(' ').replace(/\s+([’'])/g, '$1'));
    const id = index.byName.get(nameKey(name)) ?? slugify(name);
    if (only?.demonym && only.t1 === j && lexicon.representatives.some((r) => r[0] === t.lower)) {
      for (let q = only.t0; q < only.t1; q++) owner[q] = undefined;
      mentions.splice(mentions.indexOf(only), 1);
      add(
        withPossessive({
          kind: 'actor',
          t0: k,
          t1: j + 1,
          actorId: only.actorId ?? id,
          possessive: false,
        }),
      );
      continue;
    }
    if (only?.demonym) {
      for (let q = only.t0; q < only.t1; q++) owner[q] = undefined;
      mentions.splice(mentions.indexOf(only), 1);
    }
    index.propose({ id, name, kind: 'GROUP', registry: false, aliases: [], roles: [] });
    add(withPossessive({ kind: 'actor', t0: k, t1: j + 1, actorId: id, possessive: false }));
  }

  // 5. Pronouns, pair phrases and descriptions.
  const a = lexicon.anaphora;
  const phrases = anaphoraPhrases(lexicon);
  for (let i = 0; i < n; i++) {
    if (owner[i]) continue;
    const t = tokens[i];
    const candidates = phrases.get(t.lower);
    const phrase = candidates?.find((p) =>
      p.words.every((w, k) => tokens[i + k]?.lower === w && !owner[i + k]),
    );
    if (phrase) {
      const len = phrase.words.length;
      if (phrase.kind === 'pair') {
        add({ kind: 'pair', pairKind: phrase.pairKind, t0: i, t1: i + len, possessive: false });
        i += len - 1;
      } else {
        add(withPossessive({ kind: phrase.kind, t0: i, t1: i + len, possessive: false }));
        i = (owner[i] as Mention).t1 - 1;
      }
      continue;
    }
    if (t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN') continue;
    const next = tokens[i + 1];
    // "her" is possessive before a noun ("her office"), an object otherwise ("thanked her").
    const possessive =
      ['his', 'its', 'their'].includes(t.lower) ||
      (t.lower === 'her' &&
        next !== undefined &&
        ['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(next.pos));
    if (a.person.includes(t.lower)) {
      add({ kind: 'person-pronoun', t0: i, t1: i + 1, possessive });
    } else if (a.thing.includes(t.lower)) {
      if (!isExpletive(tokens, i)) add({ kind: 'thing-pronoun', t0: i, t1: i + 1, possessive });
    } else if (a.plural.includes(t.lower)) {
      // ", among them Macron and Merz": the list that follows is what "them" means.
      if (tokens[i - 1]?.lower !== 'among')
        add({ kind: 'plural-pronoun', t0: i, t1: i + 1, possessive });
    } else if (a.quantifiers.includes(t.lower)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const clauseStart =
        !prev || prev.pos === 'PUNCT' || prev.pos === 'CCONJ' || sentenceStarts.has(i);
      if (clauseStart && next && ['VERB', 'AUX', 'ADV', 'NOUN'].includes(next.pos) && !owner[i + 1])
        add({ kind: 'quantifier', t0: i, t1: i + 1, possessive: false });
    }
  }

  // 6. Descriptions: titles before known people, counterparts, bare offices, "I" and "we".
  const table = { owner, mentions, add };
  absorbTitles(tokens, table, index, titleWord);
  findCounterparts(tokens, table, lexicon);
  findOffices(tokens, table, lexicon);
  findFirstPerson(tokens, table, lexicon);

  // 7. What a mention's neighbours make of it.
  mentions.sort((x, y) => x.t0 - y.t0);
  const out: Mention[] = [];
  for (const m of mentions) {
    if (owner[m.t0] !== m) continue;
    // "Putin's spokesman", "his office", "Estonian officials": a representative speaks for it.
    const rep = representativeAfter(tokens, m.t1, lexicon, owner);
    if (rep > 0 && (m.possessive || (m.kind === 'actor' && !m.possessive))) {
      const noun = tokens[m.t1]?.lower;
      // "the U.S. officials" (definite): the officials just named, not the whole country.
      const prev = tokens[m.t0 - 1];
      if (
        !m.possessive &&
        m.kind === 'actor' &&
        prev?.lower === 'the' &&
        !owner[m.t0 - 1] &&
        noun !== undefined &&
        a.officials.includes(noun)
      ) {
        const officials: Mention = {
          kind: 'officials',
          t0: m.t0 - 1,
          t1: m.t1 + rep,
          country: m.actorId,
          possessive: false,
        };
        withPossessive(officials);
        for (let k = officials.t0; k < officials.t1; k++) owner[k] = officials;
        out.push(officials);
        continue;
      }
      m.t1 += rep;
      m.possessive = false;
      m.demonym = false;
      for (let k = m.t0; k < m.t1; k++) owner[k] = m;
      withPossessive(m);
    } else if (m.possessive && m.kind !== 'pair') {
      // "His supporters", "Trump's supporters": a group named after its possessor.
      const noun = tokens[m.t1];
      if (noun && !owner[m.t1] && lexicon.groupNouns.has(noun.lower)) {
        const group: Mention = {
          kind: 'possessed-group',
          t0: m.t0,
          t1: m.t1 + 1,
          possessor: m,
          noun: noun.lower,
          possessive: false,
        };
        withPossessive(group);
        for (let k = group.t0; k < group.t1; k++) owner[k] = group;
        out.push(group);
        continue;
      }
    }
    // "the leaders of Mali and Niger": the representative phrase before "of" joins the mention.
    out.push(m);
  }
  const merged = apposition(tokens, out, lexicon, index, owner);
  for (const m of merged) {
    const back = representativeOfBefore(tokens, m.t0, lexicon, owner);
    if (back < m.t0) {
      for (let k = back; k < m.t0; k++) owner[k] = m;
      m.t0 = back;
    }
    const prev2 = tokens[m.t0 - 2];
    const prev1 = tokens[m.t0 - 1];
    if (prev2?.lower === 'according' && prev1?.lower === 'to') m.reporter = true;
  }
  return coordinate(tokens, merged);
}

/**
 * "Japan's prime minister, Haruto Sakai, …", "his Lao counterpart, Phouthone
 * Keomany": a possessor, a title and a named person after a comma are one
 * mention of the person (who also gets the role, when the possessor is a country).
 */
function apposition(
  tokens: readonly Token[],
  mentions: Mention[],
  lexicon: Lexicon,
  index: ActorIndex,
  owner: Array<Mention | undefined>,
): Mention[] {
  const out: Mention[] = [];
  const isHeadWord = (t: Token) =>
    lexicon.titleHeads.has(capitalize(t.lower)) ||
    t.lower === 'counterpart' ||
    t.lower === 'negotiator' ||
    t.lower === 'commissioner';
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k];
    if (!a.possessive || a.kind === 'list' || a.kind === 'pair') {
      out.push(a);
      continue;
    }
    // Title words up to the comma; demonym mentions may stand among them ("his Lao counterpart").
    let q = a.t1;
    let j = k + 1;
    let head = false;
    let ok = true;
    while (q < tokens.length && tokens[q].text !== ',' && q - a.t1 <= 5) {
      const inner = mentions[j];
      if (inner && inner.t0 === q) {
        if (!inner.demonym) {
          ok = false;
          break;
        }
        q = inner.t1;
        j++;
        continue;
      }
      const t = tokens[q];
      if (!/^\p{L}/u.test(t.text)) {
        ok = false;
        break;
      }
      if (isHeadWord(t)) head = true;
      q++;
    }
    const person = mentions[j];
    if (
      !ok ||
      !head ||
      (tokens[q] as Token | undefined)?.text !== ',' ||
      !person ||
      person.t0 !== q + 1 ||
      person.kind !== 'actor' ||
      !person.actorId ||
      index.actors.get(person.actorId)?.kind !== 'PERSON'
    ) {
      out.push(a);
      continue;
    }
    const actor = index.actors.get(person.actorId) as KnownActor;
    const country = a.kind === 'actor' && a.actorId ? index.actors.get(a.actorId) : undefined;
    if (country?.kind === 'COUNTRY' && !actor.registry && actor.roles.length === 0) {
      const title = tokens
        .slice(a.t1, q)
        .map((t) => t.text)
        .join(' ');
      actor.roles.push({ title: capitalize(title), organization: country.id });
    }
    const m: Mention = {
      kind: 'actor',
      t0: a.t0,
      t1: person.t1,
      actorId: person.actorId,
      possessive: person.possessive,
    };
    for (let t = m.t0; t < m.t1; t++) owner[t] = m;
    out.push(m);
    k = j;
  }
  return out;
}

interface AnaphoraPhrase {
  words: string[];
  kind: 'pair' | 'org-description' | 'country-description';
  pairKind?: PairKind;
}

const phraseCache = new WeakMap<Lexicon, Map<string, AnaphoraPhrase[]>>();

/** Pair phrases and definite descriptions by first word, longest first. */
function anaphoraPhrases(lexicon: Lexicon): Map<string, AnaphoraPhrase[]> {
  let byFirst = phraseCache.get(lexicon);
  if (byFirst) return byFirst;
  const a = lexicon.anaphora;
  const all: AnaphoraPhrase[] = [
    ...(['PERSON', 'COUNTRY', 'ANY', 'PEOPLE'] as const).flatMap((pairKind) =>
      a.pairs[pairKind].map((p) => ({ words: words(p), kind: 'pair' as const, pairKind })),
    ),
    ...a.organizations.map((p) => ({ words: words(p), kind: 'org-description' as const })),
    ...a.countries.map((p) => ({ words: words(p), kind: 'country-description' as const })),
  ].sort((x, y) => y.words.length - x.words.length);
  byFirst = new Map();
  for (const p of all) {
    const first = p.words[0];
    byFirst.set(first, [...(byFirst.get(first) ?? []), p]);
  }
  phraseCache.set(lexicon, byFirst);
  return byFirst;
}

const words = (phrase: string) => phrase.toLowerCase().split(/\s+/);

/** Joins "A, B and C" into one list mention. */
/** "Zelensky and several European leaders": a quantity before a group does not end a list. */
const QUANTITY = new Set(['several', 'other', 'fellow', 'some', 'many']);
const INCLUDING = [[',', 'among', 'them'], [',', 'including'], ['including'], [',', 'such', 'as']];
const isIncluding = (between: readonly string[]) =>
  INCLUDING.some((w) => w.length === between.length && w.every((x, k) => x === between[k]));

function coordinate(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let k = 0;
  while (k < mentions.length) {
    const first = mentions[k];
    const members = [first];
    let end = first.t1;
    let j = k + 1;
    while (j < mentions.length) {
      const next = mentions[j];
      const last = members[members.length - 1];
      if (last.possessive || last.kind === 'quantifier' || next.kind === 'quantifier') break;
      const between = tokens.slice(end, next.t0).map((t) => t.lower);
      // "several European leaders, among them Macron, Merz and Meloni": the people named
      // stand for the group they belong to.
      if (isIncluding(between) && last.kind === 'actor' && !last.possessive) {
        members.pop();
        members.push(next);
        end = next.t1;
        j++;
        continue;
      }
      const joins =
        between.length > 0 &&
        between.length <= 2 &&
        between.every(
          (w) => w === ',' || w === 'and' || w === 'or' || w === '&' || QUANTITY.has(w),
        ) &&
        !QUANTITY.has(between[0]);
      if (!joins) break;
      // "A, and B" of two is two clauses ("… from European leaders, and Starmer phoned …").
      if (members.length === 1 && between.length === 2 && between[0] === ',') break;
      // "A, and B" of two is two clauses ("… from European leaders, and Starmer phoned …").
      if (members.length === 1 && between.length === 2 && between[0] === ',') break;
      // A comma alone joins only if an "and" follows later in the list ("A, B and C").
      if (between.every((w) => w === ',')) {
        let sawAnd = false;
        for (let q = j; q + 1 < mentions.length; q++) {
          const gap = tokens.slice(mentions[q].t1, mentions[q + 1].t0).map((t) => t.lower);
          if (gap.includes('and') || gap.includes('or')) {
            sawAnd = gap.every((w) => w === ',' || w === 'and' || w === 'or');
            break;
          }
          if (!gap.every((w) => w === ',')) break;
        }
        if (!sawAnd) break;
      }
      members.push(next);
      end = next.t1;
      j++;
    }
    if (members.length === 1) out.push(first);
    else
      out.push({
        kind: 'list',
        t0: first.t0,
        t1: end,
        members,
        possessive: members[members.length - 1].possessive,
        reporter: first.reporter,
      });
    k = j;
  }
  return out;
}

/**
 * Length of a representative noun phrase ("spokesman", "deputy secretary general") at `i`,
 * also after one lowercase modifier ("commerce ministry", "chief negotiator").
 */
function representativeAfter(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
  owner: ReadonlyArray<Mention | undefined>,
): number {
  const at = (j: number) => {
    let best = 0;
    for (const words of lexicon.representatives) {
      if (words.length <= best) continue;
      if (words.every((w, k) => tokens[j + k]?.lower === w && !owner[j + k])) best = words.length;
    }
    return best;
  };
  const direct = at(i);
  if (direct > 0) return direct;
  const modifier = tokens[i];
  const isModifier =
    modifier !== undefined &&
    !owner[i] &&
    modifier.pos === 'NOUN' &&
    modifier.text === modifier.lower;
  const after = isModifier ? at(i + 1) : 0;
  return after > 0 ? after + 1 : 0;
}

/** Start of "the leaders of" / "the government of" right before a mention at `t0`, or `t0`. */
function representativeOfBefore(
  tokens: readonly Token[],
  t0: number,
  lexicon: Lexicon,
  owner: ReadonlyArray<Mention | undefined>,
): number {
  if (tokens[t0 - 1]?.lower !== 'of' || owner[t0 - 1]) return t0;
  for (const words of lexicon.representatives) {
    const s = t0 - 1 - words.length;
    if (s < 0) continue;
    if (words.every((w, k) => tokens[s + k]?.lower === w && !owner[s + k])) {
      const det = tokens[s - 1];
      return det && DETERMINERS.has(det.lower) && !owner[s - 1] ? s - 1 : s;
    }
  }
  return t0;
}

/** "it was premature to …", "it is time that …": an "it" that stands for nothing. */
function isExpletive(tokens: readonly Token[], i: number): boolean {
  const be = tokens[i + 1];
  if (!be || be.lemma !== 'be') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k];
    if (t.lower === 'to' || t.lower === 'that') return k > i + 2;
    if (t.pos !== 'ADV' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'DET') return false;
  }
  return false;
}

/** Lowercase particles inside a personal name: "Ursula von der Leyen", "Mohammed bin Salman". */
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'bin',
  'al',
  'le',
  'la',
]);

/**
 * Does token `j` join two parts of one name: a hyphen with no space either side between
 * capitalised words ("Jens-Frederik"), or particles between capitalised words ("von der")?
 */
function isNameJoiner(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!t || !prev) return false;
  if (t.text === '-' || t.text === '‑') {
    const next = tokens[j + 1];
    return (
      next !== undefined &&
      prev.end === t.start &&
      t.end === next.start &&
      isCapitalized(prev) &&
      isCapitalized(next)
    );
  }
  if (!NAME_PARTICLES.has(t.text)) return false;
  let k = j - 1;
  while (k > 0 && NAME_PARTICLES.has(tokens[k].text)) k--;
  let e = j + 1;
  while (e < tokens.length && NAME_PARTICLES.has(tokens[e].text)) e++;
  const after = tokens[e];
  return isCapitalized(tokens[k]) && after !== undefined && isCapitalized(after) && e - k <= 3;
}

/** A lone capitalised word: not in a run of names, not a month or a day. */
function isLoneName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const beside = (u: Token | undefined) => u !== undefined && isCapitalized(u) && u.pos === 'PROPN';
  return (
    t.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) &&
    !MONTHS_AND_DAYS.has(t.lower) &&
    !beside(tokens[i - 1]) &&
    !beside(tokens[i + 1])
  );
}

/**
 * Unknown states: a lone capitalised word the article uses at least twice, once with a
 * possessive, and once inside a sentence; proposed as a country ("Solvara", "Ketania").
 */
function unknownStates(
  tokens: readonly Token[],
  owner: ReadonlyArray<Mention | undefined>,
  sentenceStarts: ReadonlySet<number>,
  index: ActorIndex,
): Mention[] {
  const seen = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (owner[i] || !isLoneName(tokens, i)) return;
    seen.set(t.text, [...(seen.get(t.text) ?? []), i]);
  });
  const out: Mention[] = [];
  for (const [name, at] of seen) {
    const possessive = at.some((i) => POSSESSIVE.has(tokens[i + 1]?.lower ?? ''));
    const inside = at.some((i) => !sentenceStarts.has(i));
    if (at.length < 2 || !possessive || !inside) continue;
    const id = index.byName.get(nameKey(name)) ?? slugify(name);
    if (!index.actors.has(id))
      index.propose({ id, name, kind: 'COUNTRY', registry: false, aliases: [], roles: [] });
    for (const i of at)
      out.push({ kind: 'actor', t0: i, t1: i + 1, actorId: id, possessive: false });
  }
  return out;
}

/** Where the full `name` ending at token `i` starts, when the words before it spell it; else `i`. */
function fullNameStart(
  tokens: readonly Token[],
  i: number,
  name: string,
  owner: ReadonlyArray<Mention | undefined>,
): number {
  const parts = name.split(/\s+/).map(normalizeWord);
  const first = i - (parts.length - 1);
  if (parts.length < 2 || first < 0) return i;
  for (let k = first; k < i; k++)
    if (owner[k] || normalizeWord(tokens[k].text) !== parts[k - first]) return i;
  return first;
}

/** Where a title head follows one to three capitalised words and precedes a name, else -1. */
function titleHeadAfterWords(run: readonly Token[], isHead: (t: Token) => boolean): number {
  for (let k = 1; k <= 3 && k < run.length - 1; k++) {
    if (!isCapitalized(run[k - 1]) || !isWordLike(run[k - 1])) return -1;
    if (isHead(run[k])) return k;
  }
  return -1;
}

/** The one person among `people` whose name ends in the words of tokens [i, j) ("Adeyo-Crane"). */
function personBySurname(
  people: Iterable<KnownActor>,
  tokens: readonly Token[],
  i: number,
  j: number,
): string | undefined {
  if (j - i < 2) return undefined;
  const run = tokens
    .slice(i, j)
    .map((t, k) => (k > 0 && tokens[i + k - 1].end < t.start ? ' ' : '') + t.text)
    .join('');
  const found = [...people].filter((p) => {
    const name = normalizeWord(p.name);
    const tail = normalizeWord(run);
    return name !== tail && name.endsWith(` ${tail}`);
  });
  return found.length === 1 ? found[0].id : undefined;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Turns a run of capitalised words into a person, organisation or outlet, or nothing. */
function classifyRun(
  tokens: readonly Token[],
  i: number,
  j: number,
  owner: ReadonlyArray<Mention | undefined>,
  lexicon: Lexicon,
  index: ActorIndex,
  titleWord: (t: Token) => boolean,
  isHead: (t: Token) => boolean,
): { mention: Mention; person?: KnownActor } | undefined {
  const run = tokens.slice(i, j);
  let titleEnd = 0;
  let sawHead = false;
  for (let k = 0; k < run.length; k++) {
    const t = run[k];
    // "Foreign Ministry spokeswoman", "State Department spokesman": an office inside the title.
    const office = lexicon.orgHeads.get(t.text) === 'GOVERNMENT' && !sawHead && k > 0;
    // "Kesmari Prime Minister Tomas Orvell": a nationality the gazetteer lacks, then the title.
    const nationality =
      k === 0 &&
      run.length > 2 &&
      titleWord(run[1]) &&
      t.pos !== 'NOUN' &&
      !MONTHS_AND_DAYS.has(t.lower);
    if (titleWord(t) || office || nationality || (t.lower === 'of' && sawHead)) {
      if (isHead(t)) sawHead = true;
      titleEnd = k + 1;
      // "Secretary of State": "State" is part of the title only after "of".
    } else if (t.text === 'State' && run[k - 1]?.lower === 'of') {
      titleEnd = k + 1;
    } else break;
  }
  // "Harbour Minister Lena Voss", "Kaldori Mining Minister …": capitalised words before a
  // title head are the title's own, though no list names them.
  if (!sawHead) {
    const h = titleHeadAfterWords(run, isHead);
    if (h > 0) {
      sawHead = true;
      titleEnd = h + 1;
    }
  }
  const nameTokens = run.slice(titleEnd);
  const isName =
    nameTokens.length >= 1 &&
    nameTokens.length <= 4 &&
    nameTokens.every(
      (t, k) =>
        (k > 0 && k < nameTokens.length - 1 && isNameJoiner(tokens, i + titleEnd + k)) ||
        (isCapitalized(t) &&
          isWordLike(t) &&
          !ROMAN.test(t.text) &&
          !MONTHS_AND_DAYS.has(t.lower) &&
          !lexicon.orgHeads.has(t.text)),
    );
  const text = (ts: readonly Token[]) =>
    ts.map((t, k) => (k > 0 && ts[k - 1].end < t.start ? ' ' : '') + t.text).join('');

  if (sawHead && isName) {
    const name = text(nameTokens);
    const id = index.byName.get(nameKey(name)) ?? slugify(name);
    const known = index.actors.get(id);
    const person: KnownActor = known ?? {
      id,
      name,
      kind: 'PERSON',
      registry: false,
      aliases: [],
      roles: [],
    };
    // "Hungarian Foreign Minister Gábor Szentesi", "NATO Secretary General Mark Rutte": the
    // demonym, country or organisation before the title is the role's organisation.
    const before = owner[i - 1];
    const beforeKind = before?.actorId ? index.actors.get(before.actorId)?.kind : undefined;
    const serves =
      before?.demonym ||
      (before?.kind === 'actor' &&
        !before.possessive &&
        (beforeKind === 'COUNTRY' || beforeKind === 'ORGANIZATION' || beforeKind === 'GOVERNMENT'));
    let t0 = i;
    if (serves && before && before.t1 === i && before.actorId && titleEnd > 0) {
      t0 = before.t0;
      const title = text(run.slice(0, titleEnd));
      if (!person.registry && !person.roles.some((r) => r.organization === before.actorId)) {
        person.roles.push({ title: capitalize(title), organization: before.actorId });
      }
    }
    index.propose(person);
    const mention: Mention = { kind: 'actor', t0, t1: j, actorId: person.id, possessive: false };
    if (t0 !== i) {
      // The caller's owner array is updated by `add`; the mention before is dropped there.
      (before as Mention).t1 = before!.t0;
    }
    return { mention, person: person.registry ? undefined : person };
  }
  if (titleEnd > 0) return undefined;

  const last = run[run.length - 1];
  const orgKind = lexicon.orgHeads.get(last.text);
  if (orgKind && run.length >= 2) {
    const name = text(run);
    const id = index.byName.get(nameKey(name)) ?? slugify(name);
    index.propose({ id, name, kind: orgKind, registry: false, aliases: [], roles: [] });
    return { mention: { kind: 'actor', t0: i, t1: j, actorId: id, possessive: false } };
  }
  const allProper = run.every((t, k) => t.pos === 'PROPN' || isNameJoiner(tokens, i + k));
  const words = run.filter((_, k) => !isNameJoiner(tokens, i + k)).length;
  if (isName && words >= 2 && words <= 3 && allProper) {
    const name = text(run);
    const id = index.byName.get(nameKey(name)) ?? slugify(name);
    const person = index.actors.get(id) ?? {
      id,
      name,
      kind: 'PERSON' as const,
      registry: false,
      aliases: [],
      roles: [],
    };
    index.propose(person);
    return {
      mention: { kind: 'actor', t0: i, t1: j, actorId: person.id, possessive: false },
      person: person.registry ? undefined : person,
    };
  }
  if (
    run.length === 1 &&
    last.text.length >= 3 &&
    /^\p{Lu}+$/u.test(last.text) &&
    !ROMAN.test(last.text)
  ) {
    const id = slugify(last.text);
    index.propose({
      id,
      name: last.text,
      kind: 'ORGANIZATION',
      registry: false,
      aliases: [],
      roles: [],
    });
    return { mention: { kind: 'actor', t0: i, t1: j, actorId: id, possessive: false } };
  }
  return undefined;
}
