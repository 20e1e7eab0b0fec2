/**
 * lexicon/cameo.yaml maps every relation type to a CAMEO event code, and a bad
 * mapping is refused with a message naming the file and the type.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CAMEO_PATH, cameoMapping, cameoOf, readCameoMapping } from '../../src/dataset/cameo';
import { RELATION_TYPES } from '../../src/dataset/vocabulary';

describe('lexicon/cameo.yaml', () => {
  const mapping = cameoMapping();

  it('maps every relation type, and nothing else', () => {
    expect([...mapping.keys()]).toEqual([...RELATION_TYPES]);
  });

  it.each([...RELATION_TYPES])(
    '%s has a 2-4 digit code, a label, a Goldstein score in [-10, 10] and a description',
    (type) => {
      const info = mapping.get(type);
      expect(info?.type).toBe(type);
      expect(info?.cameo.code).toMatch(/^\d{2,4}$/);
      expect(info?.cameo.label.trim()).not.toBe('');
      expect(info?.cameo.goldstein).toBeGreaterThanOrEqual(-10);
      expect(info?.cameo.goldstein).toBeLessThanOrEqual(10);
      expect(info?.description.trim()).not.toBe('');
    },
  );

  it('gives the codebook codes', () => {
    expect(cameoOf('CALLED')).toEqual({ code: '041', label: 'Discuss by telephone', goldstein: 1 });
    expect(cameoOf('NEGOTIATES_WITH')).toEqual({
      code: '046',
      label: 'Engage in negotiation',
      goldstein: 7,
    });
    expect(cameoOf('THREATENS')).toEqual({
      code: '130',
      label: 'Threaten, not specified',
      goldstein: -4.4,
    });
  });

  it('is read once', () => {
    expect(cameoMapping()).toBe(mapping);
  });
});

interface RawMapping {
  relationTypes: Record<string, { description: string; cameo: Record<string, unknown> }>;
}

describe('a bad mapping is refused, naming the file and the type', () => {
  async function variant(edit: (data: RawMapping) => void) {
    const data = parse(await readFile(CAMEO_PATH, 'utf8')) as RawMapping;
    edit(data);
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-cameo-'));
    const file = join(dir, 'cameo.yaml');
    await writeFile(file, stringify(data));
    return file;
  }

  it('a missing relation type', async () => {
    const file = await variant((d) => delete d.relationTypes.THREATENS);
    expect(() => readCameoMapping(file)).toThrow(file);
    expect(() => readCameoMapping(file)).toThrow(/relation type THREATENS has no CAMEO mapping/);
  });

  it('an unknown relation type', async () => {
    const file = await variant((d) => (d.relationTypes.HUGS = d.relationTypes.PRAISES));
    expect(() => readCameoMapping(file)).toThrow(/relationTypes\.HUGS: not a relation type/);
  });

  it('a code that is a number, not a quoted string', async () => {
    const file = await variant((d) => (d.relationTypes.CALLED.cameo.code = 41));
    expect(() => readCameoMapping(file)).toThrow(/relationTypes\.CALLED\.cameo\.code/);
  });

  it('a Goldstein score outside [-10, 10]', async () => {
    const file = await variant((d) => (d.relationTypes.MEETS.cameo.goldstein = 12));
    expect(() => readCameoMapping(file)).toThrow(
      /relationTypes\.MEETS\.cameo\.goldstein: must be between -10 and 10/,
    );
  });
});
