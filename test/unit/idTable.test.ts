/**
 * The loader's off-heap id index (src/load/idTable.ts) answers exactly as a
 * `Map` does, for slugs and for any other string (non-ASCII, longer than the
 * table keeps), through growth and rehashing, with ids that collide in the hash.
 */
import fc from 'fast-check';
import { IdTable } from '../../src/load/idTable';

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/);
const anyId = fc.oneof(
  { weight: 6, arbitrary: slug },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 250, maxLength: 300 }) },
);
const op = fc.oneof(
  fc.record({ set: anyId, value: fc.double({ noNaN: true }) }),
  fc.record({ get: anyId }),
);

describe('IdTable', () => {
  it('answers get, has, size and keys as a Map does', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const table = new IdTable();
        const map = new Map<string, number>();
        for (const o of ops) {
          if ('set' in o) {
            table.set(o.set, o.value);
            map.set(o.set, o.value);
          } else {
            expect(table.get(o.get)).toBe(map.get(o.get));
            expect(table.has(o.get)).toBe(map.has(o.get));
          }
        }
        expect(table.size).toBe(map.size);
        expect(new Set(table.keys())).toEqual(new Set(map.keys()));
        for (const [id, value] of map) expect(table.get(id)).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a hundred thousand ids through rehashing, each with its own value', () => {
    const table = new IdTable();
    for (let i = 0; i < 100_000; i++) table.set(`r-${i}`, i * 2 ** 33 + 7);
    expect(table.size).toBe(100_000);
    expect(table.get('r-0')).toBe(7);
    expect(table.get('r-99999')).toBe(99_999 * 2 ** 33 + 7);
    expect(table.get('r-100000')).toBeUndefined();
    expect([...table.keys()].slice(0, 3)).toEqual(['r-0', 'r-1', 'r-2']);
  });

  it('tells apart ids whose FNV-1a hashes are equal', () => {
    // Two ids with the same 32-bit FNV-1a hash, found by search over short slugs.
    const fnv = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const id = `c-${i.toString(36)}`;
      const other = seen.get(fnv(id));
      if (other !== undefined) pair = [other, id];
      else seen.set(fnv(id), id);
    }
    const table = new IdTable().set(pair[0], 1);
    expect(table.get(pair[1])).toBeUndefined();
    table.set(pair[1], 2);
    expect([table.get(pair[0]), table.get(pair[1]), table.size]).toEqual([1, 2, 2]);
  });

  it('frees what it holds on clear', () => {
    const table = new IdTable().set('a', 1).set('é', 2);
    table.clear();
    expect([table.size, table.get('a'), table.get('é'), [...table.keys()]]).toEqual([
      0,
      undefined,
      undefined,
      [],
    ]);
  });
});
