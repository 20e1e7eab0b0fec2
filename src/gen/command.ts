/**
 * The `gen` subcommand of `stancegraph` (src/cli.ts): writes a synthetic
 * corpus for benchmarks (src/gen/generate.ts). Needs no database.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { wholeNumber } from '../cliOptions';
import { generateCorpus, type GenOptions } from './generate';
import { parseSize, SIZES } from './sizes';
import { startProgress, type Progress } from '../progress';
import { count as counted, say, took } from '../summary';

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number');
  return n;
}

interface GenFlags {
  size?: string;
  actors?: number;
  relations?: number;
  documents?: number;
  topics?: number;
  stances?: number;
  seed: number;
  zipf?: number;
  format: 'yaml' | 'json';
  out?: string;
}

/** Where a corpus goes when --out is not given: a folder named by its options, under the OS temp dir. */
export function defaultOut(o: GenOptions): string {
  return join(
    tmpdir(),
    `stancegraph-gen-${o.actors}a-${o.relations}r-${o.documents}d-seed${o.seed}${o.format === 'json' ? '-json' : ''}`,
  );
}

export function genOptionsFrom(flags: GenFlags): GenOptions {
  const size = flags.size ? parseSize(flags.size) : undefined;
  const actors = flags.actors ?? size?.actors;
  const relations = flags.relations ?? size?.relations;
  if (actors === undefined || relations === undefined)
    throw new InvalidArgumentError('give --size, or --actors and --relations');
  const documents = flags.documents ?? size?.documents ?? Math.max(1, Math.round(relations / 20));
  return {
    actors,
    relations,
    documents,
    seed: flags.seed,
    ...(flags.topics !== undefined ? { topics: flags.topics } : {}),
    ...(flags.stances !== undefined ? { stances: flags.stances } : {}),
    ...(flags.zipf !== undefined ? { zipf: flags.zipf } : {}),
    format: flags.format,
  };
}

export function addGenCommand(program: Command): void {
  program
    .command('gen')
    .description(
      'write a synthetic corpus in the dataset format (a registry file and one file per document), deterministic for a seed; for benchmarks',
    )
    .option(
      '--size <size>',
      `S, M or L (${Object.entries(SIZES)
        .map(([k, v]) => `${k}: ${v.actors}/${v.relations}/${v.documents}`)
        .join(', ')} actors/relations/documents), or ACTORS/RELATIONS[/DOCUMENTS]`,
    )
    .option('--actors <n>', 'number of actors', wholeNumber('--actors'))
    .option('--relations <n>', 'number of relations', wholeNumber('--relations'))
    .option(
      '--documents <n>',
      'number of documents (default: relations / 20)',
      wholeNumber('--documents'),
    )
    .option(
      '--topics <n>',
      'number of topics (default: max(10, actors / 100))',
      wholeNumber('--topics'),
    )
    .option('--stances <n>', 'number of stances (default: relations / 5)', wholeNumber('--stances'))
    .option('--seed <n>', 'seed of the pseudo-random generator', wholeNumber('--seed'), 1)
    .option(
      '--zipf <s>',
      'Zipf exponent of actor popularity (default 1: the top 1% of actors are in ~60% of relations)',
      positive,
    )
    .option(
      '--format <format>',
      'yaml or json',
      (v: string) => {
        if (v !== 'yaml' && v !== 'json') throw new InvalidArgumentError('must be yaml or json');
        return v;
      },
      'yaml',
    )
    .option(
      '--out <dir>',
      'output folder (default: a folder named after the options in the temp dir)',
    )
    .addHelpText(
      'after',
      [
        '',
        'Writes DIR/actors.yaml (every actor and topic) and DIR/documents/<id>.yaml (a document, its',
        'text and the relations and stances it reports, each quote verbatim at its offsets), one',
        'document at a time, so memory stays flat. Load it with `stancegraph load DIR`.',
        '',
        'Examples:',
        '  stancegraph gen --actors 1000 --relations 10000 --documents 500 --seed 7 --out /tmp/corpus-s',
        '  stancegraph gen --size M --out /tmp/corpus-m && stancegraph load /tmp/corpus-m',
        '  npm run gen -- --size 200/2000 --seed 3',
      ].join('\n'),
    )
    .action((flags: GenFlags) => {
      const options = genOptionsFrom(flags);
      const out = resolve(flags.out ?? defaultOut(options));
      const started = Date.now();
      let progress: Progress | undefined;
      let written = 0;
      const summary = generateCorpus(options, out, (done, total) => {
        progress ??= startProgress('writing documents', total);
        progress.advance(done - written);
        written = done;
      });
      progress?.stop();
      process.stdout.write(
        [
          `wrote ${summary.files} files (${(summary.bytes / 1_048_576).toFixed(1)} MiB) to ${summary.out} in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
          `  ${summary.actors} actors, ${summary.topics} topics, ${summary.documents} documents (${summary.firstDate} … ${summary.lastDate}),`,
          `  ${summary.relations} relations, ${summary.stances} stances, ${summary.evidence} evidence quotes;`,
          `  the top 1% of actors are expected in ${(summary.top1PercentShare * 100).toFixed(0)}% of relation ends`,
          '',
        ].join('\n'),
      );
      say(
        `generated ${counted(summary.documents, 'document')} with ${counted(summary.relations, 'relation')} among ${counted(summary.actors, 'actor')} in ${summary.out} ${took(started)}`,
      );
    });
}
