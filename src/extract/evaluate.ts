/**
 * Measures the extractor against annotated gold: for each `<name>.txt` with a
 * `<name>.yaml` beside it (a dataset file, checked with the loader's rules
 * against the registry), extract a draft from the text and compare.
 *
 * - actors: the actors the relations and stances involve, on each side;
 * - relations: (type, source, target): the type, the direction and both ends
 *   must match (evidence, confidence and polarity need not);
 * - stances: (actor, topic, position).
 *
 * A new actor or topic the extractor proposes counts as a gold one when the ids
 * are equal, or when its name is the gold one's name or one of its aliases
 * (accents, case and punctuation aside): "Gábor Szentesi" is gabor-szentesi
 * whatever id either side chose.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DatasetError, EMPTY_GRAPH } from '../dataset';
import { readDatasetFile, type ParsedFile } from '../dataset/read';
import { validateDataset } from '../dataset/validate';
import type { DatasetFile } from '../dataset/schema';
import { decodeUtf8 } from '../dataset/utf8';
import { extractDraft } from './draft';
import type { Lexicon } from './lexicon';
import type { Registry } from './registry';
import { nameKey } from './slug';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleResult {
  name: string;
  actors: Score;
  relations: Score;
  stances: Score;
  /** In the gold, not found. */
  misses: { actors: string[]; relations: string[]; stances: string[] };
  /** Found, not in the gold. */
  falseHits: { actors: string[]; relations: string[]; stances: string[] };
}

export interface Evaluation {
  articles: ArticleResult[];
  overall: { actors: Score; relations: Score; stances: Score };
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function compare(gold: ReadonlySet<string>, found: ReadonlySet<string>) {
  const misses = [...gold].filter((k) => !found.has(k)).sort();
  const falseHits = [...found].filter((k) => !gold.has(k)).sort();
  return {
    score: score(found.size - falseHits.length, falseHits.length, misses.length),
    misses,
    falseHits,
  };
}

/** The gold pairs in a directory: every `<name>.yaml` whose `<name>.txt` stands beside it. */
export async function goldPairs(
  dir: string,
): Promise<Array<{ name: string; text: string; yaml: string }>> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new DatasetError([
      { file: dir, message: 'not a directory of gold pairs (<name>.txt + <name>.yaml)' },
    ]);
  }
  const entries = (await readdir(dir)).sort();
  const pairs = entries
    .filter((e) => extname(e) === '.yaml' || extname(e) === '.yml')
    .map((e) => ({ name: basename(e, extname(e)), yaml: join(dir, e) }))
    .filter((p) => entries.includes(`${p.name}.txt`))
    .map((p) => ({ ...p, text: join(dir, `${p.name}.txt`) }));
  if (pairs.length === 0) {
    throw new DatasetError([
      { file: dir, message: 'holds no gold pairs (<name>.txt beside <name>.yaml)' },
    ]);
  }
  return pairs;
}

export async function evaluate(
  dir: string,
  registry: Registry,
  lexicon?: Lexicon,
): Promise<Evaluation> {
  const pairs = await goldPairs(dir);
  const registryFiles: ParsedFile[] = [];
  for (const file of registry.files) {
    const r = await readDatasetFile(file);
    if (!r.ok) throw new DatasetError(r.problems);
    registryFiles.push(r.parsed);
  }
  const articles: ArticleResult[] = [];
  for (const pair of pairs) {
    const read = await readDatasetFile(pair.yaml);
    if (!read.ok) throw new DatasetError(read.problems);
    const { problems } = await validateDataset([...registryFiles, read.parsed], EMPTY_GRAPH);
    if (problems.length > 0) throw new DatasetError(problems);
    const decoded = decodeUtf8(await readFile(pair.text));
    if (!decoded.ok) throw new DatasetError([{ file: pair.text, message: 'not valid UTF-8' }]);
    const gold = read.parsed.data;
    const doc = gold.documents[0];
    const draft = extractDraft(decoded.text, {
      registry,
      lexicon,
      meta: doc ? { id: doc.id, title: doc.title, publishedAt: doc.publishedAt } : {},
      sourceName: pair.text,
    });
    articles.push(compareDatasets(pair.name, gold, draft.dataset, registry));
  }
  const sum = (key: 'actors' | 'relations' | 'stances') =>
    score(
      articles.reduce((n, a) => n + a[key].tp, 0),
      articles.reduce((n, a) => n + a[key].fp, 0),
      articles.reduce((n, a) => n + a[key].fn, 0),
    );
  return {
    articles,
    overall: { actors: sum('actors'), relations: sum('relations'), stances: sum('stances') },
  };
}

/** Compares one extracted dataset with its gold. */
export function compareDatasets(
  name: string,
  gold: DatasetFile,
  found: DatasetFile,
  registry: Registry,
): ArticleResult {
  // Names and aliases of every actor and topic either side knows, to map proposals onto gold ids.
  const actorByName = new Map<string, string>();
  for (const a of [...registry.actors, ...gold.actors]) {
    for (const n of [a.name, ...a.aliases]) actorByName.set(nameKey(n), a.id);
  }
  const goldActorIds = new Set([...registry.actors, ...gold.actors].map((a) => a.id));
  const actorId = (id: string): string => {
    if (goldActorIds.has(id)) return id;
    const proposed = found.actors.find((a) => a.id === id);
    for (const n of proposed ? [proposed.name, ...proposed.aliases] : []) {
      const mapped = actorByName.get(nameKey(n));
      if (mapped) return mapped;
    }
    return id;
  };
  const topicByName = new Map<string, string>();
  for (const t of [...registry.topics, ...gold.topics]) topicByName.set(nameKey(t.name), t.id);
  const goldTopicIds = new Set([...registry.topics, ...gold.topics].map((t) => t.id));
  const topicId = (id: string): string => {
    if (goldTopicIds.has(id)) return id;
    const proposed = found.topics.find((t) => t.id === id);
    return (proposed && topicByName.get(nameKey(proposed.name))) ?? id;
  };

  const involved = (d: DatasetFile, map: (id: string) => string) =>
    new Set(
      [...d.relations.flatMap((r) => [r.source, r.target]), ...d.stances.map((s) => s.actor)].map(
        map,
      ),
    );
  const relationKeys = (d: DatasetFile, map: (id: string) => string) =>
    new Set(d.relations.map((r) => `${r.type} ${map(r.source)} -> ${map(r.target)}`));
  const stanceKeys = (
    d: DatasetFile,
    mapActor: (id: string) => string,
    mapTopic: (id: string) => string,
  ) => new Set(d.stances.map((s) => `${mapActor(s.actor)} ${s.position} ${mapTopic(s.topic)}`));

  const same = (id: string) => id;
  const actors = compare(involved(gold, same), involved(found, actorId));
  const relations = compare(relationKeys(gold, same), relationKeys(found, actorId));
  const stances = compare(stanceKeys(gold, same, same), stanceKeys(found, actorId, topicId));
  return {
    name,
    actors: actors.score,
    relations: relations.score,
    stances: stances.score,
    misses: { actors: actors.misses, relations: relations.misses, stances: stances.misses },
    falseHits: {
      actors: actors.falseHits,
      relations: relations.falseHits,
      stances: stances.falseHits,
    },
  };
}

const fmt = (s: Score) =>
  `${s.precision.toFixed(2)}  ${s.recall.toFixed(2)}  ${s.f1.toFixed(2)} ${`(${s.tp}/${s.fp}/${s.fn})`.padEnd(11)}`;

/** The evaluation as a table (P, R, F1 and tp/fp/fn per article and overall), then the misses and false hits. */
export function formatEvaluation(e: Evaluation): string {
  const width = Math.max(7, ...e.articles.map((a) => a.name.length));
  const columns = ['actors', 'relations', 'stances'];
  const sub = 'P     R     F1   (tp/fp/fn)';
  const groups = `${''.padEnd(width)}  ${columns.map((c) => c.padEnd(34)).join('  ')}`.trimEnd();
  const head =
    `${'article'.padEnd(width)}  ${columns.map(() => sub.padEnd(34)).join('  ')}`.trimEnd();
  const row = (name: string, r: { actors: Score; relations: Score; stances: Score }) =>
    `${name.padEnd(width)}  ${fmt(r.actors).padEnd(34)}  ${fmt(r.relations).padEnd(34)}  ${fmt(r.stances)}`.trimEnd();
  const lines = [groups, head, '-'.repeat(head.length)];
  for (const a of e.articles) lines.push(row(a.name, a));
  lines.push('-'.repeat(head.length), row('overall', e.overall), '');
  for (const a of e.articles) {
    const parts: string[] = [];
    for (const kind of ['actors', 'relations', 'stances'] as const) {
      for (const m of a.misses[kind]) parts.push(`  miss       ${kind.padEnd(9)} ${m}`);
      for (const f of a.falseHits[kind]) parts.push(`  false hit  ${kind.padEnd(9)} ${f}`);
    }
    if (parts.length > 0) lines.push(`${a.name}:`, ...parts);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
