/**
 * The files `stancegraph extract` reads and writes: which articles the
 * arguments name, where each draft goes, and a draft as JSON. Paths that do
 * not exist are usage errors (exit 2) naming the argument; articles that
 * cannot be read are rejected input (exit 1) naming the file.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ConfigError } from '../config';
import { DatasetError } from '../dataset';
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
  const seen = new Map<string, string>();
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
