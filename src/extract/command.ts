/**
 * The `extract` and `eval-extract` subcommands of `stancegraph` (src/cli.ts).
 * Neither touches Neo4j: extract writes a draft dataset for `load`, eval
 * prints how the extractor scores against gold.
 *
 * Exit codes, as for every stancegraph command: 0 done, 1 input rejected (an
 * unreadable article, a bad registry or gold file; nothing written), 2 bad usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { ConfigError } from '../config';
import { DatasetError } from '../dataset';
import { decodeUtf8 } from '../dataset/utf8';
import { draftToYaml, extractDraft, validateDraft } from './draft';
import { evaluate, formatEvaluation } from './evaluate';
import { DEFAULT_REGISTRY, readRegistry } from './registry';
import { count, say, took } from '../summary';

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

interface ExtractFlags {
  out?: string;
  title?: string;
  date?: string;
  id?: string;
  url?: string;
  publisher?: string;
  registry?: string[];
  textFile?: boolean;
}

/** Reads an article as UTF-8 text, or rejects it the way the loader rejects a text file. */
async function readArticle(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new DatasetError([
      {
        file: path,
        message: `cannot read the article (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      },
    ]);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new DatasetError([
      {
        file: path,
        line: decoded.line,
        column: decoded.column,
        message: 'not valid UTF-8: save the article as UTF-8',
      },
    ]);
  }
  if (decoded.text.trim() === '')
    throw new DatasetError([{ file: path, message: 'the article is empty' }]);
  return decoded.text;
}

export async function runExtract(article: string, flags: ExtractFlags): Promise<void> {
  const started = Date.now();
  const registryFiles =
    flags.registry && flags.registry.length > 0 ? flags.registry : [DEFAULT_REGISTRY];
  const registry = await readRegistry(registryFiles);
  const text = await readArticle(article);
  if (flags.textFile && !flags.out) {
    throw new ConfigError(
      '--text-file needs --out: the text file is referenced relative to the draft',
    );
  }
  const draftPath = flags.out ?? 'draft.yaml';
  const draft = extractDraft(text, {
    registry,
    meta: {
      id: flags.id,
      title: flags.title,
      publishedAt: flags.date,
      url: flags.url,
      publisher: flags.publisher,
    },
    sourceName: article,
    textFile: flags.textFile ? article : undefined,
    draftPath,
  });
  for (const w of draft.warnings) say(w);
  const yaml = draftToYaml(draft, article);
  // The draft must load as it is: check it with the loader's own rules before handing it over.
  await validateDraft(yaml, resolve(draftPath), registryFiles);
  const d = draft.dataset;
  const found = `${count(d.relations.length, 'relation')}, ${count(d.stances.length, 'stance')}, ${count(d.actors.length, 'new actor')}, ${count(d.topics.length, 'new topic')}`;
  if (flags.out) {
    await writeFile(flags.out, yaml);
    say(
      `wrote ${flags.out}: ${found} ${took(started)}; load it with: stancegraph load ${registryFiles.join(' ')} ${flags.out}`,
    );
  } else {
    process.stdout.write(yaml);
    say(`extracted ${found} from ${article} ${took(started)}`);
  }
}

export async function runEvalExtract(
  goldDir: string,
  flags: { registry?: string[]; json?: boolean },
): Promise<void> {
  const started = Date.now();
  const registryFiles =
    flags.registry && flags.registry.length > 0 ? flags.registry : [DEFAULT_REGISTRY];
  const registry = await readRegistry(registryFiles);
  const result = await evaluate(goldDir, registry);
  process.stdout.write(
    flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatEvaluation(result),
  );
  const f1 = (k: keyof typeof result.overall) => result.overall[k].f1.toFixed(2);
  say(
    `scored ${count(result.articles.length, 'article')}: F1 actors ${f1('actors')}, relations ${f1('relations')}, stances ${f1('stances')} ${took(started)}`,
  );
}

/** Adds `extract` and `eval-extract` to the stancegraph program. */
export function addExtractCommands(program: Command): void {
  program
    .command('extract')
    .description(
      'extract a draft dataset (actors, topics, relations, stances with evidence) from a news article; no database needed',
    )
    .argument('<article>', 'the article as a UTF-8 text file')
    .option('-o, --out <file>', 'write the draft YAML here (default: standard output)')
    .option('--title <title>', 'document title (default: the first sentence)')
    .option(
      '--date <YYYY-MM-DD>',
      'publication date (default: the first date the text prints)',
      isoDate,
    )
    .option('--id <slug>', 'document id (default: from the file name)', slugId)
    .option('--url <url>', 'document URL')
    .option('--publisher <name>', 'publisher')
    .option(
      '--registry <file>',
      `actor and topic registry to resolve names against; repeatable (default: ${'data/actors.yaml'})`,
      collect,
    )
    .option(
      '--text-file',
      'reference the article with textFile (relative to --out) instead of inlining its text',
    )
    .addHelpText(
      'after',
      [
        '',
        'Registry actors are referenced by id; new ones are proposed (defined in the draft).',
        'Every relation and stance has method: EXTRACTED and quotes its sentence.',
        '',
        'Examples:',
        '  stancegraph extract article.txt --date 2025-02-13 --title "Trump and Putin agree to talks" --out draft.yaml',
        '  stancegraph load data/actors.yaml draft.yaml',
        '  stancegraph extract article.txt --registry my/actors.yaml --id my-article > draft.yaml',
        '',
        'Exit codes: 0 done, 1 input rejected (nothing written), 2 bad usage.',
      ].join('\n'),
    )
    .action((article: string, flags: ExtractFlags) => runExtract(article, flags));

  program
    .command('eval-extract')
    .description(
      'score the extractor against gold: precision, recall and F1 for actors, relations and stances, per article and overall',
    )
    .argument(
      '<gold-dir>',
      'a directory of <name>.txt articles, each with its gold dataset <name>.yaml',
    )
    .option(
      '--registry <file>',
      'registry the gold refers to; repeatable (default: data/actors.yaml)',
      collect,
    )
    .option('--json', 'print the scores, misses and false hits as JSON')
    .addHelpText(
      'after',
      [
        '',
        'Relations match on type, direction and both ends; stances on actor, topic and position.',
        '',
        'Examples:',
        '  stancegraph eval-extract test/fixtures/extract/tune',
        '  stancegraph eval-extract data/documents --registry data/actors.yaml',
        '',
        'Exit codes: 0 done, 1 a gold file is invalid, 2 bad usage.',
      ].join('\n'),
    )
    .action((goldDir: string, flags: { registry?: string[]; json?: boolean }) =>
      runEvalExtract(goldDir, flags),
    );
}
