/**
 * Measures an extraction engine against gold: for each `<name>.txt` in a
 * folder with its gold beside it (`<name>.gold.json` in the simple form, or a
 * dataset `<name>.yaml`; see gold.ts), extract a draft with the engine and
 * score it per relation class and per stance polarity (gold-score.ts). Several
 * folders are scored as separate splits (tune/ and test/).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DatasetError } from '../dataset';
import type { DatasetFile } from '../dataset/schema';
import { draftFromAnalysis } from './draft';
import type { ExtractionEngine } from './engines';
import { ActorKeys, keyGold, readDatasetGold, readSimpleGold, readText, type Gold } from './gold';
import {
  RELATION_CLASSES,
  STANCE_POLARITIES,
  type Classes,
  type RelationClass,
  type StancePolarity,
} from './gold-classes';
import {
  score,
  scoreArticle,
  type ArticleScore,
  type FoundStanceKey,
  type KeyedRelation,
  type Score,
  type Tally,
} from './gold-score';
import { defaultLexicon, type Lexicon } from './lexicon';
import type { Registry } from './registry';

export { score, type Score } from './gold-score';

export interface ArticleResult extends ArticleScore {
  name: string;
}

export interface Totals<K extends string> {
  byKind: Record<K, Score>;
  total: Score;
}

export interface SplitResult {
  dir: string;
  articles: ArticleResult[];
  relations: Totals<RelationClass>;
  stances: Totals<StancePolarity>;
}

export interface Evaluation {
  engine: string;
  splits: SplitResult[];
}

export interface GoldPair {
  name: string;
  text: string;
  gold: string;
  kind: 'simple' | 'dataset';
}

const SIMPLE = '.gold.json';
const DATASET = ['.yaml', '.yml', '.json'];

/** The gold pairs in a folder: every `<name>.txt` with `<name>.gold.json` or a dataset `<name>.yaml` beside it. */
export async function goldPairs(dir: string): Promise<GoldPair[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new DatasetError([
      { file: dir, message: 'not a folder of articles (<name>.txt) with their gold beside them' },
    ]);
  }
  const entries = new Set(await readdir(dir));
  const pairs: GoldPair[] = [];
  for (const entry of [...entries].sort()) {
    if (!entry.endsWith('.txt')) continue;
    const name = basename(entry, '.txt');
    const simple = entries.has(`${name}${SIMPLE}`) ? `${name}${SIMPLE}` : undefined;
    const datasets = DATASET.map((ext) => `${name}${ext}`).filter((f) => entries.has(f));
    if (simple && datasets.length > 0) {
      throw new DatasetError([
        {
          file: join(dir, simple),
          message: `${name} has two golds (${[simple, ...datasets].join(', ')}): keep one`,
        },
      ]);
    }
    const gold = simple ?? datasets[0];
    if (!gold) continue;
    pairs.push({
      name,
      text: join(dir, entry),
      gold: join(dir, gold),
      kind: simple ? 'simple' : 'dataset',
    });
  }
  if (pairs.length === 0) {
    throw new DatasetError([
      {
        file: dir,
        message: `holds no gold pairs: put <name>.txt beside <name>${SIMPLE} or a dataset <name>.yaml`,
      },
    ]);
  }
  return pairs;
}

export interface EvaluateOptions {
  engine: ExtractionEngine;
  registry: Registry;
  classes: Classes;
  lexicon?: Lexicon;
  /** Called after each article, for progress. */
  onArticle?: (name: string) => void;
}

/** Scores the engine on every folder, one split each. Gold files are all checked before any extraction. */
export async function evaluate(
  dirs: readonly string[],
  options: EvaluateOptions,
): Promise<Evaluation> {
  const lexicon = options.lexicon ?? defaultLexicon();
  const splits: Array<{ dir: string; golds: Array<{ pair: GoldPair; gold: Gold }> }> = [];
  for (const dir of dirs) {
    const golds = [];
    for (const pair of await goldPairs(dir)) {
      const gold =
        pair.kind === 'simple'
          ? await readSimpleGold(pair.gold)
          : await readDatasetGold(pair.gold, options.registry, options.classes);
      golds.push({ pair, gold });
    }
    splits.push({ dir, golds });
  }
  const results: SplitResult[] = [];
  for (const { dir, golds } of splits) {
    const articles: ArticleResult[] = [];
    for (const { pair, gold } of golds) {
      const text = await readText(pair.text);
      const analysis = await options.engine.analyze(
        { text, publishedAt: gold.meta.publishedAt },
        options.registry,
        lexicon,
      );
      const draft = draftFromAnalysis(text, analysis, {
        registry: options.registry,
        lexicon,
        meta: gold.meta,
        sourceName: pair.text,
      });
      articles.push({ name: pair.name, ...scoreDraft(gold, draft.dataset, options) });
      options.onArticle?.(pair.name);
    }
    results.push(totals(dir, articles));
  }
  return { engine: options.engine.name, splits: results };
}

/** Scores one draft dataset against its gold. */
export function scoreDraft(
  gold: Gold,
  found: DatasetFile,
  options: { registry: Registry; classes: Classes },
): ArticleScore {
  const keys = new ActorKeys(options.registry, gold.actors);
  const keyedGold = keyGold(gold, keys);
  const proposed = new Map(found.actors.map((a) => [a.id, a]));
  const actor = (id: string) => keys.found(id, proposed.get(id));
  const topicNames = new Map(
    [...options.registry.topics, ...found.topics].map((t) => [t.id, t.name]),
  );
  const relations: KeyedRelation[] = found.relations.flatMap((r) => {
    const cls = options.classes.relationClass(r.type);
    return cls ? [{ cls, source: actor(r.source), target: actor(r.target) }] : [];
  });
  const stances: FoundStanceKey[] = found.stances.map((s) => ({
    actor: actor(s.actor),
    polarity: options.classes.stancePolarity(s.position),
    topicId: s.topic,
    topicName: topicNames.get(s.topic) ?? s.topic,
  }));
  return scoreArticle(keyedGold, { relations, stances }, (cls) => options.classes.isPair(cls));
}

function sumTallies(tallies: readonly Tally[]): Score {
  return score(
    tallies.reduce((n, t) => n + t.tp, 0),
    tallies.reduce((n, t) => n + t.fp, 0),
    tallies.reduce((n, t) => n + t.fn, 0),
  );
}

function totals(dir: string, articles: ArticleResult[]): SplitResult {
  const per = <K extends string>(
    keys: readonly K[],
    pick: (a: ArticleResult) => Record<K, Tally>,
  ) =>
    ({
      byKind: Object.fromEntries(
        keys.map((k) => [k, sumTallies(articles.map((a) => pick(a)[k]))]),
      ) as Record<K, Score>,
      total: sumTallies(articles.flatMap((a) => keys.map((k) => pick(a)[k]))),
    }) satisfies Totals<K>;
  return {
    dir,
    articles,
    relations: per(RELATION_CLASSES, (a) => a.relations),
    stances: per(STANCE_POLARITIES, (a) => a.stances),
  };
}
