/**
 * Every statement declared in src/store agrees with its Cypher file: the
 * parameters it declares are the `$parameters` the file uses, and the columns
 * it declares are the file's RETURN columns. A file declared once per
 * assertion kind (src/store/kinds.ts) is checked as each kind's statement,
 * with the kind's names filled in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, filled } from '../../src/db/cypher';
import { ASSERTION_KINDS, declared, STORED_KINDS, textOf } from '../../src/store';
import { columnsOf, parametersOf } from '../../src/store/agreement';
import { cypherFiles } from '../harness/cypherFiles';

describe.each(declared.map((s) => [s.name, s] as const))('store statement %s', (_, s) => {
  const text = textOf(s);

  it('declares the parameters the file uses', () => {
    expect([...s.params].sort()).toEqual(parametersOf(text));
  });

  it('declares the columns the file returns', () => {
    expect([...s.columns].sort()).toEqual(columnsOf(text));
  });
});

describe('the store', () => {
  it('declares every Cypher file exactly once, or once per assertion kind', () => {
    expect([...new Set(declared.map((s) => `${s.file}.cypher`))].sort()).toEqual(cypherFiles());
    const plain = declared.filter((s) => s.name === s.file).map((s) => s.file);
    const perKind = new Set(declared.filter((s) => s.name !== s.file).map((s) => s.file));
    expect(plain.filter((file, i) => plain.indexOf(file) !== i || perKind.has(file))).toEqual([]);
    for (const file of perKind)
      expect(declared.filter((s) => s.file === file).map((s) => s.name)).toEqual(
        ASSERTION_KINDS.map((kind) => `${file}:${kind}`),
      );
  });

  it.each(ASSERTION_KINDS)('fills in the names of a %s, and nothing is left to fill', (kind) => {
    const { assertionType, targetLabel } = STORED_KINDS[kind];
    for (const s of declared.filter((d) => d.name === `${d.file}:${kind}`)) {
      const text = textOf(s);
      expect({ name: s.name, left: text.match(/\$\(/g) ?? [] }).toEqual({ name: s.name, left: [] });
      expect(text).toContain(`:${assertionType}`);
      const file = readFileSync(join(CYPHER_DIR, `${s.file}.cypher`), 'utf8');
      if (file.includes('$($targetLabel)')) expect(text).toContain(`:${targetLabel}`);
    }
  });
});

describe('filling in a Cypher file', () => {
  it('writes each $($placeholder) as its name, and refuses a missing or unsafe one', () => {
    const text = 'MATCH (a:Actor)-[r:$($assertionType)]->(b:$($targetLabel)) RETURN r';
    expect(filled(text, { assertionType: 'STANCE', targetLabel: 'Topic' })).toBe(
      'MATCH (a:Actor)-[r:STANCE]->(b:Topic) RETURN r',
    );
    expect(() => filled(text, { assertionType: 'STANCE' })).toThrow(
      /no name given for \$\(\$targetLabel\)/,
    );
    expect(() =>
      filled(text, { assertionType: 'X]->() DETACH DELETE r //', targetLabel: 'Topic' }),
    ).toThrow(/no plain name/);
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
