import { HoldingLoader } from '../../src/graphql/holdingLoader';

/** A loader over a fixed table that counts its batches. */
function table(values: Record<string, string | null>) {
  const batches: string[][] = [];
  const loader = new HoldingLoader<string | null>((keys) => {
    batches.push([...keys]);
    return Promise.resolve(keys.map((k) => values[k] ?? null));
  });
  return { loader, batches };
}

describe('HoldingLoader', () => {
  it('answers a primed key synchronously, without a batch', () => {
    const { loader, batches } = table({});
    loader.prime('a', 'A');
    expect(loader.known('a')).toBe('A');
    expect(loader.get('a')).toBe('A');
    expect(batches).toEqual([]);
  });

  it('holds what a batch loaded, so the next read of the key is synchronous', async () => {
    const { loader, batches } = table({ a: 'A', b: 'B' });
    const first = loader.get('a');
    expect(first).toBeInstanceOf(Promise);
    await expect(Promise.all([first, loader.get('b')])).resolves.toEqual(['A', 'B']);
    expect(batches).toEqual([['a', 'b']]);
    expect(loader.get('a')).toBe('A');
    expect(loader.known('b')).toBe('B');
  });

  it('does not hold a missing key, an error or a promise, and keeps the first value primed', async () => {
    const { loader } = table({ a: 'A' });
    await expect(loader.load('missing')).resolves.toBeNull();
    expect(loader.known('missing')).toBeUndefined();
    loader.prime('e', new Error('broken'));
    expect(loader.known('e')).toBeUndefined();
    loader.prime('p', Promise.resolve('P'));
    expect(loader.known('p')).toBeUndefined();
    await expect(loader.load('p')).resolves.toBe('P');
    loader.prime('a', 'first');
    loader.prime('a', 'second');
    expect(loader.known('a')).toBe('first');
    await expect(loader.load('a')).resolves.toBe('first');
  });
});
