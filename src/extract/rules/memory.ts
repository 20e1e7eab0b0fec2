/**
 * What pronouns and descriptions can point back to, as the pass walks the article: the
 * persons named recently, the last organisation, country, group and pair, how often each
 * actor was named, where each was first seen, and the noun phrases a definite description
 * ("the fund") may repeat.
 */
import type { ActorKind } from '../../dataset/vocabulary';
import type { PairKind } from '../actors';
import type { NounPhrase } from '../topics';

export class Memory {
  readonly recentPersons: Array<{ id: string; sentence: number }> = [];
  lastThing: string | undefined;
  lastOrg: string | undefined;
  lastCountry: string | undefined;
  lastPlural: string[] | undefined;
  readonly lastPair: Record<PairKind, string[] | undefined> = {
    PERSON: undefined,
    COUNTRY: undefined,
    ANY: undefined,
    PEOPLE: undefined,
  };
  /** How often each actor has been named so far: "the president" is the one named most. */
  readonly named = new Map<string, number>();
  /** Where each actor is first mentioned (UTF-16 offset). */
  readonly firstSeen = new Map<string, number>();
  /** Indefinite noun phrases by head, for "the fund" later. */
  readonly nounPhrases = new Map<string, NounPhrase>();

  constructor(private readonly kindOf: (id: string) => ActorKind | undefined) {}

  /** Two actors seen together are who "both leaders" / "the two countries" means next. */
  rememberPair(ids: readonly string[]): void {
    if (ids.length !== 2) return;
    this.lastPair.ANY = [...ids];
    const kinds = ids.map(this.kindOf);
    if (kinds.every((k) => k === 'PERSON')) this.lastPair.PERSON = [...ids];
    if (kinds.every((k) => k === 'COUNTRY')) this.lastPair.COUNTRY = [...ids];
  }

  /** Records a resolved mention: `ids` as resolved, at `offset`, in sentence `sentence`. */
  remember(ids: string[], offset: number, sentence: number, demonym: boolean): void {
    for (const id of ids) {
      if (!this.firstSeen.has(id)) this.firstSeen.set(id, offset);
      this.named.set(id, (this.named.get(id) ?? 0) + 1);
    }
    if (ids.length >= 2) {
      this.lastPlural = ids;
      this.rememberPair(ids);
      if (ids.every((id) => this.kindOf(id) === 'PERSON')) this.lastPair.PEOPLE = [...ids];
      for (const id of ids)
        if (this.kindOf(id) === 'PERSON') this.recentPersons.push({ id, sentence });
      return;
    }
    const id = ids[0];
    if (!id || demonym) return;
    this.rememberOne(id, sentence);
  }

  private rememberOne(id: string, sentence: number): void {
    switch (this.kindOf(id)) {
      case 'PERSON':
        this.recentPersons.push({ id, sentence });
        // Pronouns reach back a few sentences at most; keep the list short.
        if (this.recentPersons.length > 64) this.recentPersons.splice(0, 32);
        break;
      case 'GROUP':
        this.lastPlural = [id];
        break;
      case 'ORGANIZATION':
        this.lastOrg = id;
        this.lastThing = id;
        break;
      case 'COUNTRY':
        this.lastCountry = id;
        this.lastThing = id;
        break;
      case 'GOVERNMENT':
        this.lastThing = id;
        break;
      default:
        break;
    }
  }

  /** `group`, grown to `size` with the persons named most recently outside it. */
  peopleOf(group: readonly string[], size: number): string[] {
    const out = [...group];
    for (let k = this.recentPersons.length - 1; k >= 0 && out.length < size; k--) {
      const id = this.recentPersons[k].id;
      if (!out.includes(id)) out.push(id);
    }
    return out.length === size ? out : [...group];
  }

  /** The most recent person not in `exclude`. */
  lastPersonExcept(exclude: ReadonlySet<string>): string | undefined {
    for (let k = this.recentPersons.length - 1; k >= 0; k--) {
      const id = this.recentPersons[k].id;
      if (!exclude.has(id)) return id;
    }
    return undefined;
  }
}
