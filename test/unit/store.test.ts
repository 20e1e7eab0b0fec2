/**
 * Every statement declared in src/store agrees with its Cypher file: the
 * parameters it declares are the `$parameters` the file uses, and the columns
 * it declares are the file's RETURN columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../../src/db/cypher';
import { declared } from '../../src/store';
import { columnsOf, parametersOf } from '../../src/store/agreement';
import { cypherFiles } from '../harness/cypherFiles';

describe.each(declared.map((s) => [s.name, s] as const))('store statement %s', (name, s) => {
  const text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');

  it('declares the parameters the file uses', () => {
    expect([...s.params].sort()).toEqual(parametersOf(text));
  });

  it('declares the columns the file returns', () => {
    expect([...s.columns].sort()).toEqual(columnsOf(text));
  });
});

describe('the store', () => {
  it('declares every Cypher file exactly once', () => {
    const names = declared.map((s) => `${s.name}.cypher`).sort();
    expect(names).toEqual(cypherFiles());
  });
});

describe('reading a Cypher file', () => {
  it('ignores parameters in comments and strings, and RETURNs inside subqueries', () => {
    const text = [
      '// :param ids => $nope',
      "MATCH (a {id: $id}) WHERE a.x <> '$notParam'",
      'CALL (a) { MATCH (a)--(b) RETURN b }',
      'RETURN a {.id, .name} AS actor, count(*) AS n, a.id',
      'ORDER BY n',
    ].join('\n');
    expect(parametersOf(text)).toEqual(['id']);
    expect(columnsOf(text)).toEqual(['actor', 'id', 'n']);
  });

  it('finds no columns in a statement without RETURN', () => {
    expect(columnsOf('MATCH (a) SET a.x = $x')).toEqual([]);
  });

  it('ends the RETURN at its own ORDER BY, not one inside a COLLECT subquery', () => {
    const text = [
      'MATCH (r)',
      'RETURN r.id AS id, COLLECT { MATCH (e) WITH e ORDER BY e.start LIMIT 1 RETURN e } AS first',
      'ORDER BY id',
    ].join('\n');
    expect(columnsOf(text)).toEqual(['first', 'id']);
  });
});
