/**
 * The files `stancegraph extract` reads and writes: which articles the
 * arguments name, where each draft goes, and a draft as JSON. Paths that do
 * not exist are usage errors (exit 2) naming the argument; articles that
 * cannot be read are rejected input (exit 1) naming the file.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Document } from 'yaml';
import { ConfigError } from '../config';
import { DatasetError } from '../dataset';
import type { ActorInput, DatasetFile, TopicInput } from '../dataset/schema';
import type { Draft } from './draft';
import { readText } from './gold';

/** The article files the arguments name, in order; a folder gives its *.txt files, sorted. */
export async function articleFiles(
  inputs: readonly string[],
): Promise<{ files: string[]; several: boolean }> {
  const files: string[] = [];
  let folder = false;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) {
      throw new ConfigError(
        `article "${input}" does not exist: give a UTF-8 text file or a folder of .txt files`,
      );
    }
    if (info.isDirectory()) {
      folder = true;
      const inside = (await readdir(input)).filter((f) => f.endsWith('.txt')).sort();
      if (inside.length === 0) throw new ConfigError(`folder "${input}" holds no .txt articles`);
      files.push(...inside.map((f) => join(input, f)));
    } else files.push(input);
  }
  return { files, several: folder || files.length > 1 };
}

/** Reads an article as UTF-8 text, or rejects it the way the loader rejects a text file. */
export async function readArticle(path: string): Promise<string> {
  const text = await readText(path);
  if (text.trim() === '') throw new DatasetError([{ file: path, message: 'the article is empty' }]);
  return text;
}

/**
 * Where each article's draft goes: for several, `<out>/<article name>.<format>`
 * (two articles with one name are refused); for one, `--out` itself, or a file
 * in it when it is a folder; undefined for standard output.
 */
export async function draftFileFor(
  files: readonly string[],
  out: string | undefined,
  several: boolean,
  format: 'yaml' | 'json',
): Promise<Array<string | undefined>> {
  const named = (file: string, dir: string) =>
    join(dir, `${basename(file, extname(file))}.${format}`);
  if (!out) return files.map(() => undefined);
  if (!several) {
    const isDir = (await stat(out).catch(() => undefined))?.isDirectory() ?? false;
    return [isDir ? named(files[0] ?? 'draft', out) : out];
  }
  const seen = new Map<string, string>([[named(PROPOSED_NAME, out), 'the new actors and topics']]);
  return files.map((file) => {
    const target = named(file, out);
    const other = seen.get(target);
    if (other)
      throw new ConfigError(
        `"${other}" and "${file}" would both be written to ${target}: rename one`,
      );
    seen.set(target, file);
    return target;
  });
}

/** The draft as JSON, in the order the YAML draft uses; `load` reads it as it is. */
export function draftToJson(draft: Draft): string {
  const d = draft.dataset;
  const ordered = {
    documents: d.documents,
    ...(d.actors.length > 0 ? { actors: d.actors } : {}),
    ...(d.topics.length > 0 ? { topics: d.topics } : {}),
    relations: d.relations,
    stances: d.stances,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The file, in the output folder, that defines the new actors and topics of a batch. */
export const PROPOSED_NAME = 'proposed';

/**
 * For a folder of drafts that must load together: the new actors and topics
 * each draft proposes move into one shared list (a dataset may define an id
 * only once), and each draft keeps only its document, relations and stances.
 * When two articles propose one id differently, the first wins and a warning
 * names both.
 */
export function shareProposals(drafts: ReadonlyArray<{ file: string; draft: Draft }>): {
  drafts: Array<{ file: string; draft: Draft }>;
  proposed: Pick<DatasetFile, 'actors' | 'topics'>;
  warnings: string[];
} {
  const actors = new Map<string, { file: string; actor: ActorInput }>();
  const topics = new Map<string, { file: string; topic: TopicInput }>();
  const warnings: string[] = [];
  for (const { file, draft } of drafts) {
    for (const actor of draft.dataset.actors) {
      const first = actors.get(actor.id);
      if (!first) actors.set(actor.id, { file, actor });
      else if (first.actor.kind !== actor.kind || first.actor.name !== actor.name)
        warnings.push(
          `${file} proposes actor "${actor.id}" as ${actor.kind} "${actor.name}", ${first.file} as ${first.actor.kind} "${first.actor.name}": the first is kept`,
        );
    }
    for (const topic of draft.dataset.topics)
      if (!topics.has(topic.id)) topics.set(topic.id, { file, topic });
  }
  return {
    drafts: drafts.map(({ file, draft }) => ({
      file,
      draft: { ...draft, dataset: { ...draft.dataset, actors: [], topics: [] } },
    })),
    proposed: {
      actors: [...actors.values()].map((a) => a.actor),
      topics: [...topics.values()].map((t) => t.topic),
    },
    warnings,
  };
}

/** The shared new actors and topics of a batch, in the drafts' format. */
export function proposedToText(
  proposed: Pick<DatasetFile, 'actors' | 'topics'>,
  format: 'yaml' | 'json',
): string {
  if (format === 'json') return `${JSON.stringify(proposed, null, 2)}\n`;
  const doc = new Document(proposed);
  doc.commentBefore = [
    ' New actors and topics proposed by `stancegraph extract` for the drafts in this folder.',
    ' Review them with the drafts; load them together: `stancegraph load data/actors.yaml <this folder>`.',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
