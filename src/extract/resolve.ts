/**
 * Who an office stands for: "the Russian president", "the U.S. leader", "his
 * Russian counterpart" and a bare "the president" resolved against the roles
 * the registry gives its people (and the roles of people the article
 * introduces with a title). Pure functions over the actor index; the engine
 * calls them as it walks the article.
 */
import type { KnownActor } from './actors';
import type { Lexicon } from './lexicon';

export interface Office {
  /** The office's head, lowercased, without "of <country>": "president", "secretary of state". */
  head: string;
  /** The country the office serves, when the role says so. */
  country: string | undefined;
}

type Actors = ReadonlyMap<string, KnownActor>;

/** The country an organisation belongs to: itself if a country, else the country a government governs. */
export function countryOf(actors: Actors, organization: string): string | undefined {
  const org = actors.get(organization);
  return org?.kind === 'COUNTRY' ? org.id : org?.country;
}

/**
 * The offices a person holds, by head: "President of the United States" is
 * the "president" of united-states; a leader's office (lexicon offices.leaders)
 * also gives the leader words ("leader").
 */
export function officesOf(actors: Actors, person: KnownActor, lexicon: Lexicon): Office[] {
  const out: Office[] = [];
  for (const role of person.roles) {
    const country = countryOf(actors, role.organization);
    const c = country ? actors.get(country) : undefined;
    const names = c ? [c.name, ...c.aliases].map((n) => n.toLowerCase()) : [];
    let head = role.title.toLowerCase().replace(/\s+/g, ' ').trim();
    // "President of the United States" → "president"; "Secretary of State" keeps its "of".
    const of = /\s+of\s+(.*)$/.exec(head);
    if (of && names.some((n) => (of[1] ?? '').replace(/^the /, '') === n.replace(/^the /, '')))
      head = head.slice(0, of.index);
    out.push({ head, country });
    if (lexicon.offices.leaders.has(head))
      for (const w of lexicon.offices.leaderWords) out.push({ head: w, country });
  }
  return out;
}

const holds = (offices: readonly Office[], head: string, country?: string) =>
  offices.some((o) => o.head === head && (country === undefined || o.country === country));

/**
 * "his Russian counterpart": the person holding, in `country`, an office the
 * possessor holds; undefined unless exactly one fits.
 */
export function counterpartOf(
  actors: Actors,
  possessor: string,
  country: string | undefined,
  lexicon: Lexicon,
): string | undefined {
  const owner = actors.get(possessor);
  if (!owner || owner.kind !== 'PERSON') return undefined;
  const heads = new Set(officesOf(actors, owner, lexicon).map((o) => o.head));
  const found = new Set<string>();
  for (const a of actors.values()) {
    if (a.kind !== 'PERSON' || a.id === possessor) continue;
    const offices = officesOf(actors, a, lexicon);
    if (country === undefined) {
      if (offices.some((o) => heads.has(o.head))) found.add(a.id);
    } else if ([...heads].some((h) => holds(offices, h, country))) found.add(a.id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * "the president": of the people holding that office, the one the article has
 * named most so far (the first named, on a tie); undefined if none was named.
 */
export function holderOf(
  actors: Actors,
  head: string,
  named: ReadonlyMap<string, number>,
  firstSeen: ReadonlyMap<string, number>,
  lexicon: Lexicon,
): string | undefined {
  let best: string | undefined;
  for (const [id, count] of named) {
    const a = actors.get(id);
    if (!a || a.kind !== 'PERSON' || !holds(officesOf(actors, a, lexicon), head)) continue;
    if (best === undefined) {
      best = id;
      continue;
    }
    const bestCount = named.get(best) ?? 0;
    const earlier = (firstSeen.get(id) ?? Infinity) < (firstSeen.get(best) ?? Infinity);
    if (count > bestCount || (count === bestCount && earlier)) best = id;
  }
  return best;
}
