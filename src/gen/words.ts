/**
 * The made-up vocabulary of generated corpora: names built from syllables
 * (unique by construction, a few with non-ASCII letters), and sentence
 * templates for every relation type and stance position. Nothing here names a
 * real person or claims anything about one.
 */
import type { RelationType, StancePosition } from '../dataset/vocabulary';
import type { Random } from './random';

const SYLLABLES = [
  'ka', 'lo', 'mi', 'ne', 'ra', 'su', 'té', 'vo', 'za', 'ri',
  'an', 'el', 'or', 'us', 'ič', 'ba', 'de', 'go', 'hu', 'ji',
  'ma', 'no', 'pe', 'qu', 'sa', 'ti', 'ul', 've', 'wa', 'xo',
  'ya', 'zé', 'br', 'ch', 'dr', 'fl', 'gr', 'kr', 'st', 'ør',
] as const; // prettier-ignore

const FIRST_NAMES = [
  'Ada', 'Bela', 'Cyra', 'Dov', 'Elin', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas',
  'Kaja', 'Lev', 'Mara', 'Nils', 'Oda', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tove',
  'Uma', 'Viktor', 'Wren', 'Xenia', 'Yusuf', 'Zora', 'Amir', 'Bruna', 'Céline', 'Darius',
  'Emeka', 'Freya', 'Goran', 'Hana', 'Ilkka', 'Jana', 'Kemal', 'Lucía', 'Marek', 'Noor',
  'Olek', 'Priya', 'Radu', 'Saoirse', 'Tomás', 'Ulla', 'Vesna', 'Wiktor', 'Yara', 'Zeynep',
] as const; // prettier-ignore

const TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Senator',
  'Chancellor', 'Ambassador', 'Governor', 'General', 'Spokesperson',
] as const; // prettier-ignore

const ROLE_TITLES = [
  'Head of State', 'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Chief Negotiator',
  'Spokesperson', 'Secretary General', 'Chair', 'Envoy', 'Director',
] as const; // prettier-ignore

const ORG_WORDS = [
  'Alliance', 'Council', 'Union', 'Front', 'League', 'Assembly', 'Bloc', 'Forum', 'Party', 'Agency',
] as const; // prettier-ignore

const MEDIA_WORDS = ['Herald', 'Courier', 'Tribune', 'Dispatch', 'Observer', 'Gazette'] as const;
const GROUP_WORDS = [
  'farmers',
  'veterans',
  'students',
  'exporters',
  'unions',
  'pensioners',
] as const;

const TOPIC_ADJECTIVES = [
  'Regional', 'Grain', 'Border', 'Energy', 'Nuclear', 'Maritime', 'Digital', 'Water',
  'Refugee', 'Tariff', 'Arms', 'Climate', 'Debt', 'Election', 'Pipeline', 'Sanctions',
] as const; // prettier-ignore

const TOPIC_NOUNS = [
  'ceasefire', 'corridor', 'treaty', 'reform', 'moratorium', 'referendum', 'embargo',
  'agreement', 'inquiry', 'settlement', 'quota', 'levy', 'relief', 'mission', 'accord',
] as const; // prettier-ignore

export const PUBLISHERS = [
  'Lorem Wire', 'The Ipsum Times', 'Dolor Daily', 'Sitamet News', 'Consectetur Post',
  'Adipiscing Radio', 'Elit Review', 'Sed Do Weekly', 'Tempor Network', 'Incididunt Press',
] as const; // prettier-ignore

/** Syllable word for a number: distinct numbers give distinct words (base-40 digits). */
function syllableWord(n: number, length: number): string {
  let word = '';
  let rest = n;
  for (let i = 0; i < length; i++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A surname unique to `index` (for up to 40³ = 64 000 indexes, then a numeral is added). */
export function surname(index: number): string {
  const scrambled = (index * 7919) % 64_000;
  const base = syllableWord(scrambled, 3);
  const round = Math.floor(index / 64_000);
  return round === 0 ? base : `${base} ${toRoman(round + 1)}`;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export function firstName(random: Random): string {
  return random.pick(FIRST_NAMES);
}

export function title(random: Random): string {
  return random.pick(TITLES);
}

export function roleTitle(random: Random): string {
  return random.pick(ROLE_TITLES);
}

export function countryName(index: number): string {
  return `${syllableWord((index * 131) % 1600, 2)}ia`;
}

export function organizationName(index: number, random: Random): string {
  return `${surname(index)} ${random.pick(ORG_WORDS)}`;
}

export function mediaName(index: number, random: Random): string {
  return `${surname(index)} ${random.pick(MEDIA_WORDS)}`;
}

export function groupName(index: number, random: Random): string {
  return `${surname(index)} ${random.pick(GROUP_WORDS)}`;
}

export function topicName(index: number, random: Random): string {
  const round = Math.floor(index / (TOPIC_ADJECTIVES.length * TOPIC_NOUNS.length));
  const adjective = TOPIC_ADJECTIVES[index % TOPIC_ADJECTIVES.length] as string;
  const noun = TOPIC_NOUNS[Math.floor(index / TOPIC_ADJECTIVES.length) % TOPIC_NOUNS.length];
  const qualifier = round === 0 ? '' : ` of ${countryName(round + random.int(0, 3))}`;
  return `${adjective} ${noun as string}${qualifier}`;
}

/** What the source did, as a verb phrase put between the two names. */
const RELATION_PHRASES: Record<RelationType, readonly string[]> = {
  CALLED: ['telephoned', 'placed a call to', 'phoned'],
  SPOKE_WITH: ['spoke with', 'held talks with', 'had a conversation with'],
  MEETS: ['met', 'met in person with', 'sat down with'],
  WILL_MEET: ['will meet', 'is due to meet', 'plans to meet'],
  AGREES_TO_NEGOTIATE: ['agreed to negotiate with', 'agreed to open talks with'],
  NEGOTIATES_WITH: ['is negotiating with', 'continued negotiations with'],
  SUPPORTS: ['backs', 'pledged support for', 'stands behind'],
  OFFERS_COOPERATION: ['offered cooperation to', 'called for closer cooperation with'],
  PRAISES: ['praised', 'commended', 'lauded'],
  TRUSTS: ['expressed confidence in', 'said it trusts', 'voiced trust in'],
  AGREES_WITH: ['agreed with', 'echoed', 'sided with'],
  OPPOSES: ['opposes', 'came out against', 'rejected the position of'],
  CRITICIZES: ['criticized', 'denounced', 'condemned'],
  WORRIES_ABOUT: ['is worried about', 'voiced concern over', 'is wary of'],
  THREATENS: ['threatened', 'warned of consequences for', 'issued an ultimatum to'],
};

const TAILS = [
  '',
  '',
  ' on Tuesday',
  ', officials said',
  ' after weeks of talks',
  ' in a statement',
  ', according to a spokesperson',
  ' late on Friday',
  ' at a summit',
  ' in an interview',
] as const; // prettier-ignore

const RESTATEMENTS = [
  'The exchange between {s} and {t} was confirmed by both offices.',
  'Aides to {s} later described the move toward {t} as deliberate.',
  '{s} repeated the message about {t} in a second statement.',
  'Observers said {s} had signalled this stance toward {t} for months.',
] as const; // prettier-ignore

const STANCE_PHRASES: Record<StancePosition, readonly string[]> = {
  SUPPORTS: ['supports', 'spoke in favour of', 'endorsed'],
  OPPOSES: ['opposes', 'spoke against', 'rejected'],
  WORRIES_ABOUT: ['is worried about', 'raised concerns about'],
  UNDECIDED: ['has not taken a side on', 'remains undecided on'],
};

const FILLERS = [
  'Markets were little changed on the news.',
  'Talks are expected to continue next week.',
  'The statement did not give further details.',
  'Several delegations declined to comment.',
  'Analysts cautioned against reading too much into the remarks.',
  'The meeting ran for more than an hour.',
  'Protesters gathered outside the venue — peacefully, police said.',
  'A joint communiqué is due by the end of the month.',
] as const; // prettier-ignore

/** A few documents carry a character outside the BMP, so offsets are checked in code points. */
export const ASTRAL_FILLER = 'Flags 🏳️ were lowered to half-mast at the ministry.';

export function relationSentence(
  type: RelationType,
  source: string,
  target: string,
  random: Random,
): string {
  return `${source} ${random.pick(RELATION_PHRASES[type])} ${target}${random.pick(TAILS)}.`;
}

export function restatement(source: string, target: string, random: Random): string {
  return random.pick(RESTATEMENTS).replace('{s}', source).replace('{t}', target);
}

export function stanceSentence(
  position: StancePosition,
  actor: string,
  topic: string,
  random: Random,
): string {
  return `${actor} ${random.pick(STANCE_PHRASES[position])} the ${topic.toLowerCase()}${random.pick(TAILS)}.`;
}

export function filler(random: Random): string {
  return random.pick(FILLERS);
}
