/**
 * The `extract` and `eval-extract` subcommands of `stancegraph` (src/cli.ts).
 * Neither touches Neo4j: extract writes draft datasets for `load`, eval
 * prints how an engine scores against gold. Both start the engine once for
 * the whole run and close it at the end, also on failure or Ctrl-C.
 *
 * Exit codes, as for every stancegraph command: 0 done, 1 input rejected (an
 * unreadable article, a bad registry or gold file; nothing written), 2 bad usage.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../config';
import { startProgress } from '../progress';
import { count, say, took } from '../summary';
import {
  articleFiles,
  draftFileFor,
  draftToJson,
  PROPOSED_NAME,
  proposedToText,
  readArticle,
  shareProposals,
} from './command-files';
import { draftFromAnalysis, draftToYaml, findDate, validateDraft, type Draft } from './draft';
import { DEFAULT_ENGINE, engineNames, withEngine, type ExtractionEngine } from './engines';
import { evaluate } from './evaluate';
import { readClasses } from './gold-classes';
import { formatEvaluation } from './gold-report';
import { defaultLexicon } from './lexicon';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from './registry';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('must be a date written YYYY-MM-DD');
  return value;
}

function slugId(value: string): string {
  if (!/^[a-z0-9][a-z0-9._-]{0,127}$/.test(value))
    throw new InvalidArgumentError(
      'must be a slug: lowercase letters, digits, ".", "_" or "-", starting with a letter or digit',
    );
  return value;
}

type Format = 'yaml' | 'json';

interface ExtractFlags {
  out?: string;
  format: Format;
  engine: string;
  title?: string;
  date?: string;
  id?: string;
  url?: string;
  publisher?: string;
  registry?: string[];
  textFile?: boolean;
}

const ONE_ARTICLE_FLAGS = ['title', 'id', 'url', 'publisher'] as const;

const registryFilesOf = (flags: { registry?: string[] }) =>
  flags.registry && flags.registry.length > 0 ? flags.registry : [DEFAULT_REGISTRY];

/** Where the default registry lives, as the help shows it. */
const DEFAULT_REGISTRY_HELP = `data/actors.yaml of this checkout (${DEFAULT_REGISTRY})`;

export async function runExtract(inputs: readonly string[], flags: ExtractFlags): Promise<void> {
  const started = Date.now();
  const { files, several } = await articleFiles(inputs);
  checkExtractFlags(flags, several);
  const registryFiles = registryFilesOf(flags);
  const registry = await readRegistry(registryFiles);
  // Every article is read and checked before the engine starts, so a bad one costs no server start.
  const articles: Array<{ file: string; text: string }> = [];
  for (const file of files) articles.push({ file, text: await readArticle(file) });
  const targets = await draftFileFor(files, flags.out, several, flags.format);
  if (several && flags.out) await mkdir(flags.out, { recursive: true });

  const drafts = await withEngine(flags.engine, { log: say }, (engine) =>
    extractDrafts(engine, articles, targets, { flags, registry, several }),
  );
  const totals = await writeDrafts(drafts, targets, { flags, registryFiles, several });
  const found = `${count(totals.relations, 'relation')}, ${count(totals.stances, 'stance')}, ${count(totals.actors, 'new actor')}, ${count(totals.topics, 'new topic')}`;
  const engineNote = `(engine ${flags.engine})`;
  const loadHint = `stancegraph load ${registryFiles.map(shown).join(' ')}`;
  if (several) {
    say(
      `extracted ${count(files.length, 'article')} into ${flags.out}: ${found} ${engineNote} ${took(started)}; load them with: ${loadHint} ${flags.out}`,
    );
  } else if (flags.out) {
    say(
      `wrote ${targets[0]}: ${found} ${engineNote} ${took(started)}; load it with: ${loadHint} ${targets[0]}`,
    );
  } else {
    say(`extracted ${found} from ${files[0]} ${engineNote} ${took(started)}`);
  }
}

function checkExtractFlags(flags: ExtractFlags, several: boolean): void {
  if (several) {
    for (const flag of ONE_ARTICLE_FLAGS)
      if (flags[flag] !== undefined)
        throw new ConfigError(`--${flag} names one article: drop it when extracting several`);
    if (!flags.out)
      throw new ConfigError('several articles need --out DIR: one draft is written per article');
  }
  if (flags.textFile && !flags.out)
    throw new ConfigError(
      '--text-file needs --out: the text file is referenced relative to the draft',
    );
}

interface RunContext {
  flags: ExtractFlags;
  several: boolean;
}

/** Runs the engine over every article, with progress on stderr. */
async function extractDrafts(
  engine: ExtractionEngine,
  articles: ReadonlyArray<{ file: string; text: string }>,
  targets: ReadonlyArray<string | undefined>,
  { flags, registry, several }: RunContext & { registry: Registry },
): Promise<Array<{ file: string; draft: Draft }>> {
  const lexicon = defaultLexicon();
  const drafts: Array<{ file: string; draft: Draft }> = [];
  const progress = startProgress('extracting articles', articles.length, { threshold: 2 });
  try {
    for (const [k, { file, text }] of articles.entries()) {
      const publishedAt = flags.date ?? findDate(text);
      const analysis = await engine.analyze({ text, publishedAt }, registry, lexicon);
      const draft = draftFromAnalysis(text, analysis, {
        registry,
        lexicon,
        meta: {
          id: flags.id,
          title: flags.title,
          publishedAt: flags.date,
          url: flags.url,
          publisher: flags.publisher,
        },
        sourceName: file,
        textFile: flags.textFile ? file : undefined,
        draftPath: targets[k] ?? 'draft.yaml',
      });
      for (const w of draft.warnings) say(several ? `${file}: ${w}` : w);
      drafts.push({ file, draft });
      progress.advance();
    }
  } finally {
    progress.stop();
  }
  return drafts;
}

const BATCH_NOTE = `# One of a folder of drafts: the new actors and topics it uses are defined once in\n# ${PROPOSED_NAME}.yaml beside it, so load the folder: \`stancegraph load data/actors.yaml <folder>\`.\n`;

/**
 * Checks every draft with the loader's own rules, then writes them (or prints
 * the one). Drafts of a folder load together, so the new actors and topics
 * they share go once into `<out>/proposed.<format>`.
 */
async function writeDrafts(
  drafts: Array<{ file: string; draft: Draft }>,
  targets: ReadonlyArray<string | undefined>,
  { flags, registryFiles, several }: RunContext & { registryFiles: string[] },
): Promise<{ relations: number; stances: number; actors: number; topics: number }> {
  const totals = { relations: 0, stances: 0, actors: 0, topics: 0 };
  for (const { draft } of drafts) {
    totals.relations += draft.dataset.relations.length;
    totals.stances += draft.dataset.stances.length;
    totals.actors += draft.dataset.actors.length;
    totals.topics += draft.dataset.topics.length;
  }
  let checkWith = registryFiles;
  let toWrite = drafts;
  const outputs: Array<{ path: string | undefined; text: string }> = [];
  if (several && flags.out) {
    const shared = shareProposals(drafts);
    for (const w of shared.warnings) say(w);
    const path = join(flags.out, `${PROPOSED_NAME}.${flags.format}`);
    const text = proposedToText(shared.proposed, flags.format);
    await validateDraft(text, resolve(path), registryFiles);
    // Written first: the drafts are checked against it.
    await writeFile(path, text);
    checkWith = [...registryFiles, path];
    toWrite = shared.drafts;
    totals.actors = shared.proposed.actors.length;
    totals.topics = shared.proposed.topics.length;
  }
  for (const [k, { file, draft }] of toWrite.entries()) {
    const path = targets[k];
    const text =
      flags.format === 'json'
        ? draftToJson(draft)
        : `${several ? BATCH_NOTE : ''}${draftToYaml(draft, file)}`;
    await validateDraft(text, resolve(path ?? 'draft.yaml'), checkWith);
    outputs.push({ path, text });
  }
  for (const { path, text } of outputs) {
    if (path) await writeFile(path, text);
    else process.stdout.write(text);
  }
  return totals;
}

/** A path as the user would type it from here. */
const shown = (path: string) => relative(process.cwd(), path) || '.';

interface EvalFlags {
  registry?: string[];
  json?: boolean;
  engine: string;
}

export async function runEvalExtract(dirs: readonly string[], flags: EvalFlags): Promise<void> {
  const started = Date.now();
  const registry = await readRegistry(registryFilesOf(flags));
  const classes = await readClasses();
  const result = await withEngine(flags.engine, { log: say }, (engine) =>
    evaluate(dirs, { engine, registry, classes }),
  );
  process.stdout.write(
    flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatEvaluation(result),
  );
  const f1 = (x: number) => x.toFixed(2);
  const parts = result.splits.map(
    (s) => `${s.dir}: relation F1 ${f1(s.relations.total.f1)}, stance F1 ${f1(s.stances.total.f1)}`,
  );
  const articles = result.splits.reduce((n, s) => n + s.articles.length, 0);
  say(
    `scored ${count(articles, 'article')} with engine ${result.engine}: ${parts.join('; ')} ${took(started)}`,
  );
}

const engineOption = () =>
  new Option('--engine <name>', 'extraction engine').choices(engineNames()).default(DEFAULT_ENGINE);

/** Adds `extract` and `eval-extract` to the stancegraph program. */
export function addExtractCommands(program: Command): void {
  program
    .command('extract')
    .description(
      'extract draft datasets (actors, topics, relations, stances with evidence) from news articles; no database needed',
    )
    .argument(
      '<articles...>',
      'UTF-8 text files, or folders of them (every *.txt inside, not recursive)',
    )
    .option(
      '-o, --out <path>',
      'one article: write its draft to this file (default: standard output); several: a folder, one draft per article, named after it',
    )
    .addOption(
      new Option('--format <format>', 'draft format; both load as they are')
        .choices(['yaml', 'json'])
        .default('yaml'),
    )
    .addOption(engineOption())
    .option('--title <title>', 'document title (one article; default: the first sentence)')
    .option(
      '--date <YYYY-MM-DD>',
      'publication date (default: the first date each article prints)',
      isoDate,
    )
    .option('--id <slug>', 'document id (one article; default: from the file name)', slugId)
    .option('--url <url>', 'document URL (one article)')
    .option('--publisher <name>', 'publisher (one article)')
    .option(
      '--registry <file>',
      `actor and topic registry to resolve names against; repeatable (default: ${DEFAULT_REGISTRY_HELP})`,
      collect,
    )
    .option(
      '--text-file',
      'reference each article with textFile (relative to its draft) instead of inlining its text',
    )
    .addHelpText(
      'after',
      [
        '',
        'Registry actors are referenced by id; new ones are proposed (defined in the draft).',
        'Every relation and stance has method: EXTRACTED and quotes its sentence.',
        'The engine starts once for the whole run; a progress bar shows on stderr for several articles.',
        '',
        'Examples:',
        '  stancegraph extract article.txt --date 2025-02-13 --title "Trump and Putin agree to talks" --out draft.yaml',
        '  stancegraph load data/actors.yaml draft.yaml',
        '  stancegraph extract articles/ --out drafts/ --format json',
        '  stancegraph load data/actors.yaml drafts/',
        '  stancegraph extract article.txt --registry my/actors.yaml --id my-article > draft.yaml',
        '',
        'Exit codes: 0 done, 1 input rejected (nothing written), 2 bad usage.',
      ].join('\n'),
    )
    .action((articles: string[], flags: ExtractFlags) => runExtract(articles, flags));

  program
    .command('eval-extract')
    .description(
      'score an extraction engine against gold: precision, recall and F1 per relation class and stance polarity, per folder (split)',
    )
    .argument(
      '<gold-dirs...>',
      'folders of <name>.txt articles, each with its gold <name>.gold.json (simple form) or dataset <name>.yaml',
    )
    .addOption(engineOption())
    .option(
      '--registry <file>',
      `registry the gold refers to; repeatable (default: ${DEFAULT_REGISTRY_HELP})`,
      collect,
    )
    .option('--json', 'print the scores, misses and false hits as JSON')
    .addHelpText(
      'after',
      [
        '',
        'Relations match on class (lexicon/extract/classes.yaml) and both ends, pair classes',
        '(CALL, MEET, NEGOTIATE) in either direction; stances on actor, polarity and a topic',
        'the gold pattern accepts. docs/EXTRACTION.md describes the simple gold format.',
        '',
        'Examples:',
        '  stancegraph eval-extract test/fixtures/extract/tune test/fixtures/extract/test',
        '  stancegraph eval-extract my-labelled-articles --registry my/actors.yaml --json',
        '',
        'Exit codes: 0 done, 1 a gold file is invalid, 2 bad usage.',
      ].join('\n'),
    )
    .action((dirs: string[], flags: EvalFlags) => runEvalExtract(dirs, flags));
}
