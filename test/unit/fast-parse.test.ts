/**
 * The fast parse (js-yaml, no source positions: src/dataset/fast.ts) against
 * the positioned parse (`yaml` with a LineCounter: parseWithPositions) on
 * generated dataset files written as YAML (block and flow styles) and JSON:
 * wherever the fast parse accepts a file, both give the same dataset, and the
 * fast parse accepts every well-formed file without an `&` (a possible anchor,
 * left to the positioned parse). Strings are drawn to look like
 * what YAML might read as something else (numbers, booleans, nulls, dates,
 * comments, indicators).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseFast } from '../../src/dataset/fast';
import { parseWithPositions } from '../../src/dataset/read';

const tricky = fc.constantFrom(
  'true',
  'False',
  'null',
  '~',
  '1e3',
  '0x1F',
  '0o17',
  '1_000',
  '.inf',
  '-.5',
  '2025-02-13',
  '# not a comment',
  'a: b',
  '- item',
  '&anchor',
  '*alias',
  "it's",
  '"quoted"',
  'Zürich – Kyiv 🇺🇦',
  ' padded ',
  'line\nbreak',
  'tab\there',
  '',
);
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  tricky.filter((s) => s !== ''),
);
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const evidence = fc.record({ quote: text, start: fc.nat(5000), end: fc.nat(5000) });
const assertion = {
  id,
  polarity: fc.constantFrom('COOPERATIVE', 'NEUTRAL', 'HOSTILE'),
  confidence: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5)),
  evidence: fc.array(evidence, { minLength: 1, maxLength: 3 }),
};
const dataset = fc.record(
  {
    actors: fc.array(
      fc.record(
        {
          id,
          name: text,
          kind: fc.constantFrom('PERSON', 'COUNTRY', 'ORGANIZATION'),
          aliases: fc.array(text, { maxLength: 3 }),
          description: text,
          roles: fc.array(fc.record({ title: text, organization: id }), { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'name', 'kind'] },
      ),
      { maxLength: 4 },
    ),
    topics: fc.array(fc.record({ id, name: text, concerns: fc.array(id, { maxLength: 3 }) }), {
      maxLength: 3,
    }),
    documents: fc.array(
      fc.record(
        {
          id,
          title: text,
          publishedAt: isoDate,
          text,
          publisher: text,
          references: fc.array(text, { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'title', 'publishedAt', 'text'] },
      ),
      { maxLength: 2 },
    ),
    relations: fc.array(
      fc.record(
        {
          ...assertion,
          type: fc.constantFrom('MEETS', 'SUPPORTS', 'OPPOSES'),
          source: id,
          target: id,
          date: isoDate,
          note: text,
          details: fc.dictionary(id, fc.oneof(text, fc.integer(), fc.boolean()), { maxKeys: 3 }),
        },
        { requiredKeys: ['id', 'polarity', 'confidence', 'evidence', 'type', 'source', 'target'] },
      ),
      { maxLength: 3 },
    ),
    stances: fc.array(
      fc.record({
        ...assertion,
        actor: id,
        topic: id,
        position: fc.constantFrom('SUPPORTS', 'OPPOSES'),
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

const formats: Array<[string, (value: unknown) => string]> = [
  ['yaml (block)', (v) => stringify(v)],
  ['yaml (flow items)', (v) => stringify(v, { collectionStyle: 'flow' })],
  ['yaml (double-quoted)', (v) => stringify(v, { defaultStringType: 'QUOTE_DOUBLE' })],
  ['json', (v) => JSON.stringify(v, null, 1)],
];

describe.each(formats)('fast parse = positioned parse, %s', (format, write) => {
  const file = format === 'json' ? 'generated.json' : 'generated.yaml';
  it('gives the same dataset for every generated file, and accepts each well-formed one', () => {
    fc.assert(
      fc.property(dataset, (value) => {
        const source = write(value);
        const positioned = parseWithPositions(file, source);
        const fast = parseFast(source);
        if (positioned.ok) {
          // What looks like an anchor (`&`) is left to the positioned parse; all else is accepted.
          if (fast !== undefined || !source.includes('&'))
            expect(fast).toEqual(positioned.parsed.data);
        } else {
          // A file the positioned parse refuses is never accepted by the fast one.
          expect(fast).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});

it('leaves files with anchors, aliases or syntax errors to the positioned parse', () => {
  expect(parseFast('actors: &a []\ntopics: *a\n')).toBeUndefined();
  expect(parseFast('actors: [\n')).toBeUndefined();
  expect(parseFast('actors: []\nactors: []\n')).toBeUndefined();
  expect(parseFast('- a\n- b\n')).toBeUndefined();
  expect(parseFast('actors: []\n')).toEqual({
    actors: [],
    topics: [],
    documents: [],
    relations: [],
    stances: [],
  });
});
