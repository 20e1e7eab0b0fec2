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

describe.each(declared.map((s) => [s.name, s] as const))('store statement %s', (name, s) => {
  const text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');

  it('declares the parameters the file uses', () => {
    expect([...s.params].sort()).toEqual(parametersOf(text));
  });

  it('declares the columns the file returns', () => {
    expect([...s.columns].sort()).toEqual(columnsOf(text));
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
});
