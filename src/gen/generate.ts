/**
 * Synthetic corpora in the loader's own format, for benchmarks: one registry
 * file (actors.yaml: every actor and topic) and one dataset file per document
 * (documents/<id>.yaml: the document with its text, and the relations and
 * stances it reports), each quote a made-up sentence that stands verbatim at
 * its offsets in the document text, so the loader's evidence check runs on it.
 *
 * The shape is that of news coverage: actor degrees are Zipf-distributed (a
 * few actors take part in most relations), every relation type, polarity and
 * stance position occurs, documents are spread over ten years, and each
 * relation or stance has one to three quotes. The same options and seed give
 * byte-identical files. Documents are written one at a time, so memory stays
 * flat whatever the corpus size (the registry is built as it is written).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  RELATION_TYPES,
  STANCE_POSITIONS,
  type ActorKind,
  type Polarity,
  type RelationType,
  type StancePosition,
} from '../dataset/vocabulary';
import { permutation, Random, splitCounts, Zipf } from './random';
import * as words from './words';

export interface GenOptions {
  actors: number;
  relations: number;
  documents: number;
  seed: number;
  /** Topics; default max(10, actors / 100). */
  topics?: number;
  /** Stances; default relations / 5. */
  stances?: number;
  /** Zipf exponent of actor (and topic) popularity; default 1. */
  zipf?: number;
  format?: 'yaml' | 'json';
}

export interface GenSummary {
  out: string;
  files: number;
  bytes: number;
  actors: number;
  topics: number;
  documents: number;
  relations: number;
  stances: number;
  evidence: number;
  /** Share of relation ends that fall on the top 1 % of actors (by expected Zipf mass). */
  top1PercentShare: number;
  firstDate: string;
  lastDate: string;
}

/** Relation types, weighted roughly as news reports them (talks and criticism common, threats rare). */
const TYPE_WEIGHTS: ReadonlyArray<readonly [RelationType, number]> = [
  ['CALLED', 4],
  ['SPOKE_WITH', 10],
  ['MEETS', 9],
  ['WILL_MEET', 5],
  ['AGREES_TO_NEGOTIATE', 3],
  ['NEGOTIATES_WITH', 5],
  ['SUPPORTS', 10],
  ['OFFERS_COOPERATION', 5],
  ['PRAISES', 6],
  ['TRUSTS', 3],
  ['AGREES_WITH', 6],
  ['OPPOSES', 9],
  ['CRITICIZES', 12],
  ['WORRIES_ABOUT', 8],
  ['THREATENS', 5],
];

/** Each type's usual polarity; a share of relations carries another one (irony, mixed reports). */
const USUAL_POLARITY: Record<RelationType, Polarity> = {
  CALLED: 'NEUTRAL',
  SPOKE_WITH: 'NEUTRAL',
  MEETS: 'NEUTRAL',
  WILL_MEET: 'NEUTRAL',
  AGREES_TO_NEGOTIATE: 'POSITIVE',
  NEGOTIATES_WITH: 'NEUTRAL',
  SUPPORTS: 'POSITIVE',
  OFFERS_COOPERATION: 'POSITIVE',
  PRAISES: 'POSITIVE',
  TRUSTS: 'POSITIVE',
  AGREES_WITH: 'POSITIVE',
  OPPOSES: 'NEGATIVE',
  CRITICIZES: 'NEGATIVE',
  WORRIES_ABOUT: 'NEGATIVE',
  THREATENS: 'NEGATIVE',
};

const POSITION_POLARITY: Record<StancePosition, Polarity> = {
  SUPPORTS: 'POSITIVE',
  OPPOSES: 'NEGATIVE',
  WORRIES_ABOUT: 'NEGATIVE',
  UNDECIDED: 'NEUTRAL',
};

const KIND_WEIGHTS: ReadonlyArray<readonly [ActorKind, number]> = [
  ['PERSON', 60],
  ['ORGANIZATION', 12],
  ['GOVERNMENT', 8],
  ['COUNTRY', 5],
  ['GROUP', 10],
  ['MEDIA', 5],
];

const MAX_COUNTRIES = 250;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 11 * 365 + 2; // 2015-01-01 … 2025-12-31
const STREAM = { registry: 1, document: 2, popularity: 3, counts: 4 } as const;

function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Length in Unicode code points (the loader's offsets), not UTF-16 units. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** Everything about the actors and topics that documents need, without holding documents. */
class Registry {
  readonly actorIds: string[] = [];
  readonly actorNames: string[] = [];
  readonly topicIds: string[] = [];
  readonly topicNames: string[] = [];
  readonly actorRank: Int32Array;
  readonly topicRank: Int32Array;
  readonly actorZipf: Zipf;
  readonly topicZipf: Zipf;

  constructor(options: Required<Omit<GenOptions, 'format'>>) {
    const random = Random.derive(options.seed, STREAM.popularity, 0);
    this.actorZipf = new Zipf(options.actors, options.zipf);
    this.topicZipf = new Zipf(options.topics, options.zipf);
    this.actorRank = permutation(options.actors, random);
    this.topicRank = permutation(options.topics, random);
  }

  actor(random: Random): number {
    return this.actorRank[this.actorZipf.sample(random)];
  }

  topic(random: Random): number {
    return this.topicRank[this.topicZipf.sample(random)];
  }
}

/** Writes text to a file in chunks, counting bytes. */
class Sink {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = Buffer.from(this.buffer.join(''), 'utf8');
    writeSync(this.fd, chunk);
    this.bytes += chunk.length;
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** A YAML scalar: JSON's quoting is valid in YAML's double-quoted style, so any text is safe. */
const q = (s: string) => JSON.stringify(s);

/** A value for emit(): plain JSON data. */
type Value = string | number | boolean | null | Value[] | { [key: string]: Value | undefined };

/** Block-style YAML for plain data (strings always quoted), indented by `indent`. */
function yamlLines(value: Value, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const inner: string[] = [];
        yamlLines(item, `${indent}  `, inner);
        const first = inner[0] ?? '';
        out.push(`${indent}- ${first.slice(indent.length + 2)}`, ...inner.slice(1));
      } else {
        out.push(`${indent}- ${scalar(item)}`);
      }
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (Array.isArray(v)) {
        if (v.length === 0) out.push(`${indent}${key}: []`);
        else {
          out.push(`${indent}${key}:`);
          yamlLines(v, `${indent}  `, out);
        }
      } else if (v !== null && typeof v === 'object') {
        out.push(`${indent}${key}:`);
        yamlLines(v, `${indent}  `, out);
      } else {
        out.push(`${indent}${key}: ${scalar(v)}`);
      }
    }
    return;
  }
  out.push(`${indent}${scalar(value)}`);
}

function scalar(v: Value): string {
  return typeof v === 'string' ? q(v) : JSON.stringify(v);
}

/**
 * A dataset file. YAML sections are block style, or with `flow` one JSON
 * object per item (valid YAML flow mappings): the registry of 100 000 actors
 * stays under the loader's 16 MiB limit for one file that way.
 */
function serialise(
  data: Record<string, Value[]>,
  format: 'yaml' | 'json',
  header: string,
  flow = false,
): string {
  if (format === 'json') return `${JSON.stringify(data)}\n`;
  const out: string[] = [header];
  for (const [section, items] of Object.entries(data)) {
    if (items.length === 0) continue;
    out.push(`${section}:`);
    if (flow) for (const item of items) out.push(`  - ${JSON.stringify(item)}`);
    else yamlLines(items, '  ', out);
  }
  return `${out.join('\n')}\n`;
}

function resolved(options: GenOptions): Required<Omit<GenOptions, 'format'>> & {
  format: 'yaml' | 'json';
} {
  for (const key of ['actors', 'relations', 'documents'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 1)
      throw new RangeError(`--${key} must be a whole number of at least 1`);
  }
  if (options.actors < 2) throw new RangeError('--actors must be at least 2 (relations need two)');
  return {
    actors: options.actors,
    relations: options.relations,
    documents: options.documents,
    seed: options.seed,
    topics: options.topics ?? Math.max(10, Math.round(options.actors / 100)),
    stances: options.stances ?? Math.round(options.relations / 5),
    zipf: options.zipf ?? 1,
    format: options.format ?? 'yaml',
  };
}

/** Writes the corpus under `out` and says what it wrote. */
export function generateCorpus(
  input: GenOptions,
  out: string,
  onProgress?: (done: number, total: number) => void,
): GenSummary {
  const o = resolved(input);
  const ext = o.format === 'json' ? 'json' : 'yaml';
  mkdirSync(join(out, 'documents'), { recursive: true });
  const registry = new Registry(o);
  const actorWidth = String(o.actors).length;
  const topicWidth = String(o.topics).length;
  const docWidth = String(o.documents).length;
  const header = (what: string) =>
    `# Generated by \`stancegraph gen\` (seed ${o.seed}): ${what}. Made-up names and quotes.`;

  // 1. The registry: actors (kinds, aliases, some roles in organizations) and topics.
  const reg = new Random(o.seed);
  const kinds: ActorKind[] = [];
  let countries = 0;
  for (let i = 0; i < o.actors; i++) {
    let kind = reg.weighted(KIND_WEIGHTS);
    if (kind === 'COUNTRY' && ++countries > MAX_COUNTRIES) kind = 'PERSON';
    kinds.push(kind);
  }
  const organizations = kinds
    .map((k, i) => (k === 'PERSON' || k === 'MEDIA' || k === 'GROUP' ? -1 : i))
    .filter((i) => i >= 0);
  const actorsOut: Value[] = [];
  for (let i = 0; i < o.actors; i++) {
    const random = Random.derive(o.seed, STREAM.registry, i);
    const kind = kinds[i];
    const id = `a-${pad(i + 1, actorWidth)}`;
    let name: string;
    let aliases: string[];
    switch (kind) {
      case 'PERSON': {
        const last = words.surname(i);
        name = `${words.firstName(random)} ${last}`;
        aliases = random.chance(0.7) ? [last, `${words.title(random)} ${last}`] : [last];
        break;
      }
      case 'COUNTRY': {
        name = words.countryName(i);
        aliases = [`the ${name}n state`, `Republic of ${name}`];
        break;
      }
      case 'GOVERNMENT': {
        const last = words.surname(i);
        name = `${last} government`;
        aliases = [`the ${last} administration`];
        break;
      }
      case 'ORGANIZATION':
        name = words.organizationName(i, random);
        aliases = random.chance(0.5) ? [name.split(' ')[0]] : [];
        break;
      case 'MEDIA':
        name = words.mediaName(i, random);
        aliases = [];
        break;
      case 'GROUP':
        name = words.groupName(i, random);
        aliases = [];
        break;
    }
    registry.actorIds.push(id);
    registry.actorNames.push(name);
    const roles =
      kind === 'PERSON' && organizations.length > 0 && random.chance(0.2)
        ? [
            {
              title: words.roleTitle(random),
              organization: `a-${pad(random.pick<number>(organizations) + 1, actorWidth)}`,
            },
          ]
        : [];
    actorsOut.push({
      id,
      name,
      kind,
      aliases,
      wikidataId: random.chance(0.3) ? `Q${random.int(1, 99_999_999)}` : undefined,
      roles: roles.length > 0 ? roles : undefined,
      description: random.chance(0.5) ? `A generated ${kind.toLowerCase()}.` : undefined,
    });
  }
  const topicsOut: Value[] = [];
  const countryIds = kinds.map((k, i) => (k === 'COUNTRY' ? i : -1)).filter((i) => i >= 0);
  for (let i = 0; i < o.topics; i++) {
    const random = Random.derive(o.seed, STREAM.registry, o.actors + i);
    const id = `t-${pad(i + 1, topicWidth)}`;
    const name = words.topicName(i, random);
    registry.topicIds.push(id);
    registry.topicNames.push(name);
    const concerns =
      countryIds.length > 0
        ? [...new Set([random.pick(countryIds), random.pick(countryIds)])].map(
            (c) => registry.actorIds[c],
          )
        : [];
    topicsOut.push({
      id,
      name,
      description: random.chance(0.5) ? `A generated issue: ${name.toLowerCase()}.` : undefined,
      concerns,
    });
  }
  let bytes = 0;
  const registrySink = new Sink(join(out, `actors.${ext}`));
  registrySink.write(
    serialise(
      { actors: actorsOut, topics: topicsOut },
      o.format,
      header('the actor and topic registry'),
      true,
    ),
  );
  registrySink.close();
  bytes += registrySink.bytes;
  actorsOut.length = 0;
  topicsOut.length = 0;

  // 2. Documents, one file each, relations and stances spread over them.
  const countsRandom = Random.derive(o.seed, STREAM.counts, 0);
  const relationCounts = splitCounts(o.relations, o.documents, 0.6, countsRandom);
  const stanceCounts = splitCounts(o.stances, o.documents, 0.6, countsRandom);
  let evidence = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let d = 0; d < o.documents; d++) {
    const random = Random.derive(o.seed, STREAM.document, d);
    const documentId = `d-${pad(d + 1, docWidth)}`;
    const day = random.int(0, DAYS - 1);
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
    const sentences: string[] = [];
    let length = 0; // code points so far, separators included
    const add = (sentence: string) => {
      if (sentences.length > 0) {
        const separator = sentences.length % 5 === 0 ? '\n\n' : ' ';
        sentences.push(separator);
        length += separator.length;
      }
      const start = length;
      sentences.push(sentence);
      length += codePoints(sentence);
      return { quote: sentence, start, end: length };
    };
    const maybeFiller = () => {
      if (random.chance(0.25))
        add(random.chance(0.02) ? words.ASTRAL_FILLER : words.filler(random));
    };
    const quotesFor = () => random.weighted([[1, 70], [2, 22], [3, 8]] as const); // prettier-ignore

    const relations: Value[] = [];
    let title = '';
    for (let k = 0; k < relationCounts[d]; k++) {
      const s = registry.actor(random);
      let t = registry.actor(random);
      while (t === s) t = registry.actor(random);
      const type = random.weighted(TYPE_WEIGHTS);
      const usual = USUAL_POLARITY[type];
      const polarity: Polarity = random.chance(0.85)
        ? usual
        : random.pick((['POSITIVE', 'NEGATIVE', 'NEUTRAL'] as const).filter((p) => p !== usual));
      const sourceName = registry.actorNames[s];
      const targetName = registry.actorNames[t];
      maybeFiller();
      const quotes = [add(words.relationSentence(type, sourceName, targetName, random))];
      for (let n = quotesFor(); n > 1; n--) {
        maybeFiller();
        quotes.push(add(words.restatement(sourceName, targetName, random)));
      }
      if (k === 0) title = quotes[0]?.quote.replace(/\.$/, '') ?? '';
      evidence += quotes.length;
      const dated = random.chance(0.6);
      const bounded = random.chance(0.05);
      relations.push({
        id: `r-${documentId.slice(2)}-${pad(k, 3)}`,
        type,
        source: registry.actorIds[s],
        target: registry.actorIds[t],
        polarity,
        confidence: Math.round((0.35 + 0.64 * random.float()) * 100) / 100,
        method: random.chance(0.3) ? 'CURATED' : 'EXTRACTED',
        date: dated ? isoDay(Math.max(0, day - random.int(0, 3))) : undefined,
        validFrom: bounded ? isoDay(Math.max(0, day - 30)) : undefined,
        validTo: bounded ? isoDay(day + random.int(1, 365)) : undefined,
        details: random.chance(0.1) ? { durationMinutes: random.int(10, 180) } : undefined,
        note: random.chance(0.02) ? 'Generated: the source hedges this claim.' : undefined,
        evidence: quotes,
      });
    }
    const stances: Value[] = [];
    for (let k = 0; k < stanceCounts[d]; k++) {
      const a = registry.actor(random);
      const t = registry.topic(random);
      const position = random.weighted([
        [STANCE_POSITIONS[0], 45],
        [STANCE_POSITIONS[1], 30],
        [STANCE_POSITIONS[2], 17],
        [STANCE_POSITIONS[3], 8],
      ] as const);
      maybeFiller();
      const actorName = registry.actorNames[a];
      const quotes = [
        add(words.stanceSentence(position, actorName, registry.topicNames[t], random)),
      ];
      if (random.chance(0.25)) quotes.push(add(`${actorName} repeated the point later.`));
      evidence += quotes.length;
      stances.push({
        id: `s-${documentId.slice(2)}-${pad(k, 3)}`,
        actor: registry.actorIds[a],
        topic: registry.topicIds[t],
        position,
        polarity: POSITION_POLARITY[position],
        confidence: Math.round((0.4 + 0.59 * random.float()) * 100) / 100,
        method: random.chance(0.3) ? 'CURATED' : 'EXTRACTED',
        summary: random.chance(0.3) ? `${position.toLowerCase()} (generated)` : undefined,
        evidence: quotes,
      });
    }
    if (sentences.length === 0) add(words.filler(random));
    const document: Value = {
      id: documentId,
      title: title || `Generated report ${documentId}`,
      publishedAt: isoDay(day),
      publisher: random.pick(words.PUBLISHERS),
      url: `https://news.example/${documentId}`,
      text: sentences.join(''),
    };
    const text = serialise(
      { documents: [document], relations, stances },
      o.format,
      header(`document ${documentId}, its relations and stances`),
    );
    const sink = new Sink(join(out, 'documents', `${documentId}.${ext}`));
    sink.write(text);
    sink.close();
    bytes += sink.bytes;
    onProgress?.(d + 1, o.documents);
  }

  return {
    out,
    files: o.documents + 1,
    bytes,
    actors: o.actors,
    topics: o.topics,
    documents: o.documents,
    relations: o.relations,
    stances: o.stances,
    evidence,
    top1PercentShare: registry.actorZipf.shareOfTop(Math.max(1, Math.round(o.actors / 100))),
    firstDate: isoDay(firstDay),
    lastDate: isoDay(lastDay),
  };
}

/** Every relation type and polarity the generator can emit (for tests). */
export const GENERATED_RELATION_TYPES = RELATION_TYPES;
