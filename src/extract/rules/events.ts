/**
 * Stage 4c, events: relations between actors from acts of relation patterns (one actor to
 * another, or among the several actors of a plural subject), and meetings of two delegations
 * led by named people (../delegations.ts).
 */
import type { RelationType } from '../../dataset/vocabulary';
import type { Sentence } from '../document';
import { delegationLeaders } from '../delegations';
import type { RelationPattern } from '../lexicon';
import { typeFor } from '../modality';
import type { Act, Acts } from './acts';
import { quotes, round } from './evidence';
import type { Findings, Quote } from './findings';
import type { Layout } from './layout';
import type { Memory } from './memory';
import type { Resolver } from './resolution';
import type { Subjects } from './subjects';

export class Events {
  /** A side led by someone, named alone in the sentence before. */
  private lastSide: { index: number; ids: string[] } | undefined;

  constructor(
    private readonly doc: Layout,
    private readonly memory: Memory,
    private readonly subjects: Subjects,
    private readonly resolver: Resolver,
    private readonly findings: Findings,
  ) {}

  /** The relations an act of a relation pattern states (its type, and any it also codes). */
  fromAct(act: Act, p: RelationPattern): void {
    const { lexicon } = this.doc;
    const coded = [
      { p, type: typeFor(p.type, p.future, act.modality, lexicon) },
      ...p.also.map((a) => ({
        p: { ...p, ...a },
        type: typeFor(a.type, undefined, act.modality, lexicon),
      })),
    ];
    for (const c of coded) {
      // Talks "held" by countries may be by envoys or through mediators ("in separate rooms"):
      // the meeting they also code needs a person among the parties.
      if (c.p !== p && c.type === 'MEETS' && !this.personAmong(act)) continue;
      if (c.type) this.fromActAs(act, c.p, c.type);
    }
  }

  private personAmong(act: Act): boolean {
    const targets = act.match.target ? this.resolver.resolve(act.match.target, act.sentence) : [];
    const kind = (id: string) => this.doc.actors.actors.get(id)?.kind;
    return [...act.sources, ...targets].some((id) => kind(id) === 'PERSON');
  }

  private fromActAs(act: Act, p: RelationPattern, type: RelationType): void {
    const { match, sources, sentence } = act;
    const confidence = round(act.confidence);
    const targets = match.target ? this.resolver.resolve(match.target, sentence) : [];
    if (targets.length > 0) {
      this.toTargets(type, sources, targets, p, confidence, act);
      // "Macron, Merz and Tusk met Zelensky": one event, every party meets every other.
      if (p.pair === 'one') {
        this.amongParties(type, sources, p, confidence, act);
        this.amongParties(type, targets, p, confidence, act);
      }
      return;
    }
    if (match.target || !p.pair || sources.length < 2) return;
    // "Rubio and Lavrov met": among the subject's actors, once (pair: one) or both ways.
    if (p.pair === 'one') this.amongParties(type, sources, p, confidence, act);
    else
      for (const a of sources)
        for (const b of sources) if (a !== b) this.relate(type, a, b, p, confidence, act.evidence);
  }

  /** One edge for each pair of the parties to one event, earlier-named to later-named. */
  private amongParties(
    type: RelationType,
    parties: readonly string[],
    p: RelationPattern,
    confidence: number,
    act: Act,
  ): void {
    for (let i = 0; i < parties.length; i++) {
      const own = this.ownOrganizations(parties[i]);
      for (const other of parties.slice(i + 1))
        if (!own.has(other) && !this.ownOrganizations(other).has(parties[i]))
          this.relate(type, parties[i], other, p, confidence, act.evidence);
    }
  }

  /**
   * "a delegation led by A …, a team headed by B": A meets and negotiates with B. A lone side
   * waits one sentence for the other ("B and C led the American side. D headed the Chinese.").
   */
  delegations(sentence: Sentence, acts: Acts): void {
    const { tokens, startsAt, owner, lexicon } = this.doc;
    const leaders = delegationLeaders(
      tokens,
      sentence.t0,
      sentence.t1,
      (i) => startsAt.get(i),
      (i) => (owner[i - 1]?.t1 === i ? owner[i - 1] : undefined),
      lexicon,
    ).map((m) => this.subjects.nonMedia(this.resolver.resolve(m, sentence)));
    const pending = this.lastSide?.index === sentence.index - 1 ? this.lastSide : undefined;
    this.lastSide = leaders.length === 1 ? { index: sentence.index, ids: leaders[0] } : undefined;
    const sides =
      leaders.length === 2
        ? leaders
        : pending && leaders.length === 1
          ? [pending.ids, leaders[0]]
          : [];
    if (sides.length !== 2) return;
    const [a, b] = sides as [string[], string[]];
    const p = lexicon.delegations.pattern;
    const confidence = round(p.confidence * acts.sentenceFactor(sentence));
    for (const type of [p.type, ...p.also.map((x) => x.type)])
      for (const s of a)
        for (const t of b)
          if (!b.includes(s) && !a.includes(t))
            this.relate(type, s, t, p, confidence, quotes(sentence));
  }

  private toTargets(
    type: RelationType,
    sources: readonly string[],
    targets: readonly string[],
    p: RelationPattern,
    confidence: number,
    act: Act,
  ): void {
    for (const s of sources) {
      // Among several targets, the actor's own organisations and country are not counterparts.
      const own = targets.length > 1 ? this.ownOrganizations(s) : new Set<string>();
      for (const t of targets) {
        if (t === s || own.has(t)) continue;
        this.relate(type, s, t, p, confidence, act.evidence);
      }
    }
  }

  private relate(
    type: RelationType,
    source: string,
    target: string,
    p: RelationPattern,
    confidence: number,
    evidence: Quote[],
  ): void {
    if (source === target) return;
    // The two ends of a relation are who "both leaders" means next.
    this.memory.rememberPair([source, target]);
    this.findings.addRelation(type, source, target, p, confidence, evidence);
  }

  /** The organisations an actor holds a role in, and their countries. */
  private ownOrganizations(id: string): Set<string> {
    const { actors } = this.doc.actors;
    const orgs = new Set<string>();
    for (const r of actors.get(id)?.roles ?? []) {
      orgs.add(r.organization);
      const c = actors.get(r.organization)?.country;
      if (c) orgs.add(c);
    }
    return orgs;
  }
}
