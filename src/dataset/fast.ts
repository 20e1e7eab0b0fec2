/**
 * The happy-path parse of a dataset file: js-yaml (YAML 1.2 core schema, the
 * schema `yaml` uses by default; JSON is YAML) builds plain objects without
 * keeping any source position, then the shape check. Anything it does not
 * accept as it stands answers `undefined`, and the caller parses the file with
 * positions (./read.ts) to report the problem with its line and column.
 *
 * Anchors and aliases are left to the positioned parse, which caps alias
 * expansion (`maxAliasCount`); dataset files do not use them.
 */
import { load, CORE_SCHEMA } from 'js-yaml';
import { DatasetFile } from './schema';

/** An anchor (`&name`) where YAML allows one: after a line start, space, indicator or flow bracket. */
const ANCHOR = /(?:^|[\s,[{:-])&[^\s,[\]{}]/m;

/** The file's sections when the text parses and has the dataset shape; otherwise undefined. */
export function parseFast(text: string): DatasetFile | undefined {
  if (ANCHOR.test(text)) return undefined;
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const result = DatasetFile.safeParse(raw);
  return result.success ? result.data : undefined;
}
