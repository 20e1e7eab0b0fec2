/**
 * Every Cypher statement stancegraph runs lives in cypher/, one file per
 * statement, runnable as-is in Neo4j Browser. This module reads them once.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** cypher/ sits at the project root, two levels above both src/db and dist/db. */
export const CYPHER_DIR = resolve(__dirname, '..', '..', 'cypher');

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `cypher('load/actors')`. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
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
