/**
 * The pure parts of the corenlp engine on an annotation captured from the real
 * CoreNLP server (test/fixtures/corenlp/cases.json, the server's answer for
 * cases.txt): the annotation schema, dependency patterns, modality and the
 * Analysis built from them. No server runs here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotation, type CoreNlpDocument } from '../../src/extract/corenlp/annotation';
import { analyzeAnnotation } from '../../src/extract/corenlp/analyze';
import { findEvents, modeOf, type Event } from '../../src/extract/corenlp/events';
import { SentenceGraph } from '../../src/extract/corenlp/graph';
import { loadVerbLexicon } from '../../src/extract/corenlp/verbs';
import { defaultLexicon } from '../../src/extract/lexicon';
import { DEFAULT_REGISTRY, readRegistry } from '../../src/extract/registry';

const DIR = join(__dirname, '..', 'fixtures', 'corenlp');
const text = readFileSync(join(DIR, 'cases.txt'), 'utf8');
const doc: CoreNlpDocument = parseAnnotation(
  JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')),
);
const verbs = loadVerbLexicon();
const events = findEvents(doc, verbs);

const word = (e: Event, t: number) => doc.sentences[e.sentence]?.tokens[t - 1]?.word;
const triggered = (sentence: number, trigger: string) =>
  events.filter((e) => e.sentence === sentence && word(e, e.trigger) === trigger);

describe('CoreNLP annotation schema', () => {
  it('reads the captured answer: sentences, enhanced++ dependencies, coreference and quotes', () => {
    expect(doc.sentences).toHaveLength(9);
    expect(doc.quotes.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(doc.corefs).length).toBeGreaterThan(0);
  });

  it('names the field that does not fit when the server answers something else', () => {
    expect(() => parseAnnotation({ sentences: [{ index: 0, tokens: 'x' }] })).toThrow(
      /sentences\.0\.tokens/,
    );
  });
});

describe('dependency patterns', () => {
  it('finds both coordinated subjects of "Rubio and Lavrov met", and no object', () => {
    const [met] = triggered(4, 'met');
    expect(met?.kind).toBe('relation');
    if (met?.kind !== 'relation') return;
    expect(met.sources.map((t) => word(met, t))).toEqual(['Rubio', 'Lavrov']);
    expect(met.targets).toEqual([]);
    expect(met.mode).toBe('done');
  });

  it('takes the head of "Ukrainian President Volodymyr Zelenskyy" as the object', () => {
    const [called] = triggered(3, 'called');
    expect(called?.kind === 'relation' && called.targets.map((t) => word(called, t))).toEqual([
      'Zelenskyy',
    ]);
  });

  it('marks modality: "maybe … should" and "did not" dropped, "might" possible, "agreed to" future', () => {
    expect(triggered(5, 'call')[0]?.mode).toBe('dropped');
    expect(triggered(6, 'praise')[0]?.mode).toBe('dropped');
    expect(triggered(7, 'meet')[0]?.mode).toBe('possible');
    expect(triggered(1, 'negotiations')[0]?.mode).toBe('future');
    expect(triggered(2, 'criticized')[0]?.mode).toBe('done');
  });

  it('reads a predicate stance with its topic as the predicate’s subject', () => {
    const [s] = triggered(8, 'unrealistic');
    expect(s?.kind === 'stance' && [s.predicate, word(s, s.topic)]).toEqual([true, 'membership']);
  });

  it('reports why an event was dropped', () => {
    const g = new SentenceGraph(doc.sentences[6]);
    const praise = doc.sentences[6].tokens.find((t) => t.word === 'praise')!.index;
    expect(modeOf(g, praise, verbs.modality)).toEqual(['dropped', 'negated by "not"']);
  });
});

describe('analysis from the captured annotation', () => {
  it('codes the relations and drops the hypothetical and negated ones', async () => {
    const registry = await readRegistry([DEFAULT_REGISTRY, join(DIR, 'registry.yaml')]);
    const a = analyzeAnnotation(text, doc, registry, defaultLexicon(), verbs);
    const coded = a.relations.map((r) => `${r.source} ${r.type} ${r.target}`).sort();
    expect(coded).toEqual(
      expect.arrayContaining([
        'putin CRITICIZES zelensky',
        'rubio MEETS lavrov',
        'rubio WILL_MEET lavrov',
        'trump AGREES_TO_NEGOTIATE putin',
        'trump CALLED putin',
        'trump CALLED zelensky',
      ]),
    );
    expect(coded).not.toContain('trump PRAISES zelensky');
    expect(coded.filter((r) => r.startsWith('macron '))).toEqual([]);
    for (const r of a.relations)
      for (const q of r.evidence) expect(text.slice(q.start, q.end)).not.toMatch(/^\s|\s$/);
  });
});
