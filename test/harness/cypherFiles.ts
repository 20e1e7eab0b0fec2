/** The statements under cypher/, as test/unit/cypher.test.ts and test/integration/cypher.test.ts read them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { CYPHER_DIR } from '../../src/db/cypher';

/** A multi-statement script, run statement by statement by applySchema; not one query. */
const SCRIPTS = new Set(['schema.cypher']);

/** Every .cypher file but the schema script, as a path relative to cypher/ with forward slashes, sorted. */
export function cypherFiles(): string[] {
  return readdirSync(CYPHER_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.cypher') && !SCRIPTS.has(file))
    .sort();
}

export function readStatement(file: string): string {
  return readFileSync(join(CYPHER_DIR, file), 'utf8');
}
