/**
 * Stage 3, resolution: which actors a mention means. Names resolve to themselves; pronouns,
 * descriptions ("the Russian president", "his counterpart", "the two leaders") and "I"/"we"
 * inside quotations resolve through the memory of what came before, the clause's subject,
 * the registry's roles (../resolve.ts) and the quotation's speaker (../speech.ts).
 */
import type { Mention } from '../actors';
import type { Clause, Sentence } from '../document';
import { counterpartOf, holderOf } from '../resolve';
import { firstPersonIds, quotationAt, reportingVerbBefore } from '../speech';
import { kindIn, type Layout } from './layout';
import type { Memory } from './memory';
import type { Subjects } from './subjects';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);

/** The number in "the three leaders", "the five leaders". */
const PEOPLE_COUNTS = new Map([
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
]);

export class Resolver {
  constructor(
    private readonly doc: Layout,
    private readonly memory: Memory,
    private readonly subjects: Subjects,
  ) {}

  /** The actors `m` means (cached on the mention); marks descriptions and pronouns anaphoric. */
  resolve(m: Mention, sentence: Sentence): string[] {
    if (m.resolved) return m.resolved;
    const clause = sentence.clauses.find((c) => c.t0 <= m.t0 && m.t0 < c.t1);
    const ids = this.idsOf(m, sentence, clause);
    if (m.kind !== 'actor' && m.kind !== 'list') m.anaphoric = true;
    m.resolved = ids;
    return ids;
  }

  private idsOf(m: Mention, sentence: Sentence, clause: Clause | undefined): string[] {
    const { lastPlural, lastPair, lastOrg, lastCountry } = this.memory;
    switch (m.kind) {
      case 'actor':
        return m.actorId ? [m.actorId] : [];
      case 'list': {
        const ids = [...new Set((m.members ?? []).flatMap((x) => this.resolve(x, sentence)))];
        m.anaphoric = (m.members ?? []).some((x) => x.anaphoric);
        return ids;
      }
      case 'person-pronoun':
        return this.personPronoun(m, sentence, clause);
      case 'thing-pronoun': {
        const s = this.speaker(m, sentence, clause)?.filter((id) => this.kind(id) !== 'PERSON');
        const lastThing = this.memory.lastThing;
        return s && s.length > 0 ? s : lastThing ? [lastThing] : [];
      }
      case 'plural-pronoun': {
        const s = this.speaker(m, sentence, clause);
        return s && (s.length > 1 || this.kind(s[0] ?? '') === 'GROUP') ? s : (lastPlural ?? []);
      }
      case 'pair': {
        const ids = lastPair[m.pairKind ?? 'ANY'] ?? [];
        // "the five leaders" after four named together and one named before: all five.
        const size = PEOPLE_COUNTS.get(this.doc.tokens[m.t0 + 1]?.lower ?? '');
        return m.pairKind === 'PEOPLE' && size ? this.memory.peopleOf(ids, size) : ids;
      }
      case 'quantifier':
        return lastPlural?.length === 1 && this.kind(lastPlural[0] ?? '') === 'GROUP'
          ? lastPlural
          : [];
      case 'org-description':
        return lastOrg ? [lastOrg] : [];
      case 'country-description':
        return lastCountry ? [lastCountry] : [];
      case 'officials':
        return this.officials(m, sentence);
      case 'counterpart':
        return this.counterpart(m, sentence);
      case 'office': {
        const { actors, lexicon } = this.doc;
        const { named, firstSeen } = this.memory;
        const found = holderOf(actors.actors, m.office ?? '', named, firstSeen, lexicon);
        return found ? [found] : [];
      }
      case 'first-person':
        return this.firstPerson(m, sentence);
      case 'possessed-group':
        return this.possessedGroup(m, sentence);
    }
  }

  private kind(id: string) {
    return kindIn(this.doc, id);
  }

  /** "…, said he would": a subject pronoun after a reporting verb is that verb's subject. */
  private speaker(
    m: Mention,
    sentence: Sentence,
    clause: Clause | undefined,
  ): string[] | undefined {
    const { tokens, lexicon } = this.doc;
    if (!clause) return undefined;
    const k = reportingVerbBefore(tokens, m.t0, clause.t0, lexicon);
    // Only a subject pronoun is the speaker: "said he would", not "assured him".
    if (k < 0 || !SUBJECT_PRONOUNS.has(tokens[m.t0].lower)) return undefined;
    const s = this.subjects.subjectFor(clause, k, (x) => x === m, []);
    return s ? this.resolve(s, sentence) : undefined;
  }

  private personPronoun(m: Mention, sentence: Sentence, clause: Clause | undefined): string[] {
    const s = this.speaker(m, sentence, clause)?.filter((id) => this.kind(id) === 'PERSON');
    if (s && s.length > 0) return s;
    const word = this.doc.tokens[m.t0].lower;
    if (word === 'him' || (word === 'her' && !m.possessive)) {
      // An object is someone other than the clause's subject: "Rubio … assured him".
      const own = clause
        ? (this.subjects.clauseSubject(clause) ?? this.subjects.inherited(clause, []))
        : undefined;
      const other = this.memory.lastPersonExcept(
        new Set(own && own !== m ? (own.resolved ?? []) : []),
      );
      return other ? [other] : [];
    }
    // "he", "his": the last person who was a subject, else the last person named.
    const recent = this.memory.recentPersons;
    const last = recent[recent.length - 1];
    const subject = clause ? this.subjects.lastPersonSubject(sentence, clause, m) : undefined;
    return subject ? [subject] : last ? [last.id] : [];
  }

  /** "Russian officials": the persons of that country's government named in the last few sentences. */
  private officials(m: Mention, sentence: Sentence): string[] {
    const { actors } = this.doc.actors;
    const country = m.country;
    const governs = (org: string) => org === country || actors.get(org)?.country === country;
    const seen = new Set<string>();
    const recent = this.memory.recentPersons;
    for (let k = recent.length - 1; k >= 0; k--) {
      const p = recent[k];
      if (sentence.index - p.sentence > 3) break;
      if (actors.get(p.id)?.roles.some((r) => governs(r.organization))) seen.add(p.id);
    }
    return [...seen].reverse();
  }

  private counterpart(m: Mention, sentence: Sentence): string[] {
    const owners = m.possessor ? this.resolve(m.possessor, sentence) : [];
    const found =
      owners.length === 1
        ? counterpartOf(this.doc.actors.actors, owners[0], m.country, this.doc.lexicon)
        : undefined;
    return found ? [found] : [];
  }

  /** "I" and "we" inside a quotation: its speaker, and for "we" the speaker's side or pair. */
  private firstPerson(m: Mention, sentence: Sentence): string[] {
    const q = quotationAt(this.doc.quotations, m.t0);
    if (!q?.speaker || q.speaker === m) return [];
    const speaker = this.resolve(q.speaker, sentence).filter((id) => this.kind(id) !== 'MEDIA');
    const { lastPair } = this.memory;
    const pair = lastPair.PERSON?.some((id) => speaker.includes(id))
      ? lastPair.PERSON
      : lastPair.ANY;
    return firstPersonIds(this.doc.tokens, m, speaker, pair, this.doc.lexicon);
  }

  /** "Russia's army": the known actor named "<owner> <noun>" or "<noun> of <owner>". */
  private possessedGroup(m: Mention, sentence: Sentence): string[] {
    const { actors } = this.doc;
    const owners = m.possessor ? this.resolve(m.possessor, sentence) : [];
    for (const id of owners) {
      const a = actors.actors.get(id);
      if (!a) continue;
      const found = [a.name, ...a.aliases]
        .flatMap((n) => [`${n} ${m.noun ?? ''}`, `${m.noun ?? ''} of ${n}`])
        .map((n) => actors.byName.get(slugOf(n)))
        .find((x) => x !== undefined);
      if (found) return [found];
    }
    return [];
  }
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
