/**
 * Every Cypher statement stancegraph runs lives in cypher/, one file per
 * statement, runnable as-is in Neo4j Browser. This module reads them once.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** cypher/ sits at the project root, two levels above both src/db and dist/db. */
export const CYPHER_DIR = resolve(__dirname, '..', '..', 'cypher');

const cache = new Map<string, string>();

/** Statements made from another file by filling in its names (see `fillIn`): name → how. */
const recipes = new Map<string, { file: string; names: Readonly<Record<string, string>> }>();

/**
 * The text of a statement: `cypher/<name>.cypher`, e.g. `cypher('load/actors')`, or one
 * declared by `fillIn`, e.g. `cypher('load/assertions:relation')`.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const recipe = recipes.get(name);
    text = recipe
      ? filled(cypher(recipe.file), recipe.names, recipe.file)
      : readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * Declares the statement `name` as `cypher/<file>.cypher` with each dynamic label or type
 * `$($placeholder)` written as the literal `names[placeholder]`. The file stays runnable as it
 * is (Neo4j 5.26 takes `:$($param)` in MATCH, MERGE and CREATE), but a dynamic label or type
 * is never planned on an index; written in, it is. One file thus serves several statements
 * that differ only in labels (src/store/kinds.ts: one per assertion kind).
 */
export function fillIn(name: string, file: string, names: Readonly<Record<string, string>>): void {
  if (name === file)
    throw new Error(`cypher/${file}.cypher: a filled-in statement needs its own name`);
  recipes.set(name, { file, names });
}

const PLACEHOLDER = /\$\(\$([A-Za-z_]\w*)\)/g;
const NAME = /^[A-Za-z_]\w*$/;

/** `text` with each `$($placeholder)` replaced by its name from `names` (each one used must be given). */
export function filled(
  text: string,
  names: Readonly<Record<string, string>>,
  file = 'text',
): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = names[key];
    if (value === undefined) throw new Error(`cypher/${file}.cypher: no name given for $($${key})`);
    if (!NAME.test(value))
      throw new Error(`cypher/${file}.cypher: ${JSON.stringify(value)} is no plain name`);
    return value;
  });
}

/** The statements of cypher/schema.cypher, a script (constraints and indexes) rather than one statement. */
export function schemaStatements(): string[] {
  return statements(cypher('schema'));
}

/** Splits a multi-statement script (such as schema.cypher) on the `;` that ends a line. */
export function statements(script: string): string[] {
  return script
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s !== '');
}
