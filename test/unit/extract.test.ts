/**
 * The extractor without a database: patterns from lexicon/extract, negation and
 * hedging, reported speech, alias resolution against data/actors.yaml,
 * determinism, and drafts that the loader's own validation accepts.
 */
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EMPTY_GRAPH, readDataset } from '../../src/dataset';
import { cameoOf } from '../../src/dataset/cameo';
import { draftToYaml, extractDraft, findDate, validateDraft } from '../../src/extract/draft';
import { compilePattern, defaultLexicon, LexiconError } from '../../src/extract/lexicon';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from '../../src/extract/registry';
import { scopedId, slugify } from '../../src/extract/slug';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'extract', 'tune');
let registry: Registry;

beforeAll(async () => {
  registry = await readRegistry([DEFAULT_REGISTRY]);
});

function extract(text: string) {
  return extractDraft(text, { registry, meta: { id: 'test-doc', publishedAt: '2025-01-01' } });
}

/** Relations as "TYPE source -> target". */
function relations(text: string): string[] {
  return extract(text).dataset.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`);
}

function relation(text: string, type: string) {
  return extract(text).dataset.relations.find((r) => r.type === type);
}

describe('patterns (lexicon/extract/patterns.yaml)', () => {
  it('compiles words, alternatives, optional words, gaps and slots', () => {
    const { elements, anchor } = compilePattern('{source}? assure|assured {target} of ... support');
    expect(elements.map((e) => e.kind)).toEqual(['slot', 'word', 'slot', 'word', 'gap', 'word']);
    expect(anchor).toBe(1);
    expect(compilePattern('meet ...10 {target}').elements[1]).toEqual({ kind: 'gap', max: 10 });
    expect(() => compilePattern('{actor} praised {target}')).toThrow(LexiconError);
    expect(() => compilePattern('{source} {target}')).toThrow(/required word/);
  });

  it('loads the lexicon and takes CAMEO codes from the CAMEO mapping by type', () => {
    const lexicon = defaultLexicon();
    const called = lexicon.patterns.find((p) => p.category === 'relation' && p.type === 'CALLED');
    expect(called?.category === 'relation' && called.cameo).toBe(cameoOf('CALLED').code);
    expect(lexicon.patterns.filter((p) => p.category === 'stance').length).toBeGreaterThan(5);
  });

  it.each([
    ['Trump called Zelensky on Monday.', 'CALLED trump -> zelensky'],
    ['Putin spoke with Trump by phone.', 'SPOKE_WITH putin -> trump'],
    ['Trump praised Putin for his candour.', 'PRAISES trump -> putin'],
    ['Trump assured Zelensky of America’s continued support.', 'SUPPORTS trump -> zelensky'],
    ['Zelensky expressed confidence in Rubio.', 'TRUSTS zelensky -> rubio'],
    ['Germany criticized Russia over the attack.', 'CRITICIZES germany -> russia'],
    ['Russia warned Ukraine against further strikes.', 'THREATENS russia -> ukraine'],
    ['France is concerned about the Kremlin.', 'WORRIES_ABOUT france -> kremlin'],
    ['Ukraine rejected Russia’s demands.', 'OPPOSES ukraine -> russia'],
    ['Kyiv agreed to negotiate with Moscow.', 'AGREES_TO_NEGOTIATE ukraine -> russia'],
    ['Vance will meet Zelensky in Munich.', 'WILL_MEET vance -> zelensky'],
    ['Vance met Zelensky in Munich.', 'MEETS vance -> zelensky'],
    ['Zelensky was praised by Germany.', 'PRAISES germany -> zelensky'],
  ])('%s → %s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('gives a coordinated subject an edge each, and a pair subject edges both ways where each acts', () => {
    expect(relations('France and Germany criticized Russia.')).toEqual(
      expect.arrayContaining(['CRITICIZES france -> russia', 'CRITICIZES germany -> russia']),
    );
    const pair = relations('Trump spoke with Putin. Both leaders agreed to start negotiations.');
    expect(pair).toEqual(
      expect.arrayContaining([
        'AGREES_TO_NEGOTIATE trump -> putin',
        'AGREES_TO_NEGOTIATE putin -> trump',
      ]),
    );
    // One event, one edge: "spoke" is not recorded twice.
    expect(relations('Trump and Putin spoke for an hour.')).toEqual(['SPOKE_WITH trump -> putin']);
  });

  it('finds stances on registry topics by name and keyword', () => {
    const stances = extract(
      'Hegseth said that NATO membership for Ukraine is off the table. Putin stressed the importance of the root causes.',
    ).dataset.stances.map((s) => `${s.actor} ${s.position} ${s.topic}`);
    expect(stances).toEqual(
      expect.arrayContaining([
        'hegseth OPPOSES ukraine-nato-membership',
        'putin SUPPORTS root-causes-of-the-conflict',
      ]),
    );
  });
});

describe('negation and hedging', () => {
  it.each([
    'Trump did not call Zelensky.',
    'Trump never called Zelensky.',
    'Trump didn’t call Zelensky.',
    'Germany refused to criticize Russia.',
    'Moscow had not agreed to negotiate with Kyiv.',
  ])('drops a negated claim: %s', (text) => {
    expect(relations(text)).toEqual([]);
  });

  it('keeps the claim the negation does not reach', () => {
    expect(relations('Trump did not call Putin, but he praised Zelensky.')).toEqual([
      'PRAISES trump -> zelensky',
    ]);
  });

  it('lowers confidence for might, could and reportedly, more for two hedges', () => {
    const plain = relation('Germany supports Ukraine.', 'SUPPORTS')?.confidence ?? 0;
    const might = relation('Germany might support Ukraine.', 'SUPPORTS')?.confidence ?? 0;
    const reportedly =
      relation('Germany reportedly supports Ukraine.', 'SUPPORTS')?.confidence ?? 0;
    const both = relation('Germany reportedly might support Ukraine.', 'SUPPORTS')?.confidence ?? 0;
    expect(plain).toBeGreaterThan(0.8);
    expect(might).toBeLessThan(plain);
    expect(reportedly).toBeLessThan(plain);
    expect(both).toBeLessThan(Math.min(might, reportedly));
  });

  it('drops what a condition only imagines', () => {
    expect(relations('Sanctions stay until Moscow agrees to negotiate with Kyiv.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('attributes to the actor, not to the outlet or "according to" source', () => {
    expect(relations('According to Reuters, Putin praised Trump.')).toEqual([
      'PRAISES putin -> trump',
    ]);
    expect(relations('Reuters reported that Putin criticized Zelensky.')).toEqual([
      'CRITICIZES putin -> zelensky',
    ]);
    expect(relations('Putin praised Trump, the Kremlin said.')).toEqual(['PRAISES putin -> trump']);
  });

  it('makes the speaker the subject of "said (that) he/it …"', () => {
    expect(relations('Zelensky said he would meet Vance.')).toEqual([
      'WILL_MEET zelensky -> vance',
    ]);
    expect(relations('Germany said it was ready to work with France.')).toEqual([
      'OFFERS_COOPERATION germany -> france',
    ]);
    expect(relations('Putin’s spokesman said Moscow criticized Kyiv.')).toEqual([
      'CRITICIZES russia -> ukraine',
    ]);
  });

  it('gives a spokesman’s words to the one he speaks for', () => {
    expect(relations('Putin’s spokesman criticized Zelensky.')).toEqual([
      'CRITICIZES putin -> zelensky',
    ]);
  });

  it('lowers confidence for second-hand sourcing', () => {
    const direct = relation('Putin praised Trump.', 'PRAISES')?.confidence ?? 0;
    const reported = relation('According to two officials, Putin praised Trump.', 'PRAISES');
    expect(reported?.confidence).toBeLessThan(direct);
  });
});

describe('what real reporting writes (issue 12)', () => {
  it.each([
    // Reported speech: the speaker after the quotation, "we" for the two who just met.
    [
      'Rubio and Foreign Minister Sergei Lavrov met in Riyadh. "We agreed to start negotiations," Rubio told reporters.',
      ['AGREES_TO_NEGOTIATE rubio -> sergei-lavrov', 'AGREES_TO_NEGOTIATE sergei-lavrov -> rubio'],
    ],
    ['"We are ready to work with Germany," said Rubio.', ['OFFERS_COOPERATION rubio -> germany']],
    // Multi-party events.
    // Talks held by countries are negotiations; a meeting needs a person among the parties.
    [
      'Talks between the US and Russia were held in Riyadh.',
      ['NEGOTIATES_WITH united-states -> russia'],
    ],
    [
      'American and Russian officials held talks in Riyadh.',
      ['NEGOTIATES_WITH united-states -> russia'],
    ],
    [
      'President Emmanuel Macron hosted European leaders in Paris.',
      ['MEETS emmanuel-macron -> european-leaders'],
    ],
    // Negative relations.
    ['Trump called Zelensky a "dictator" on Wednesday.', ['CRITICIZES trump -> zelensky']],
    ['Zelensky slapped down Vance on Sunday.', ['CRITICIZES zelensky -> vance']],
    ['Chancellor Olaf Scholz rebuked Trump.', ['CRITICIZES olaf-scholz -> trump']],
    ['Trump’s remarks drew criticism from Germany.', ['CRITICIZES germany -> trump']],
  ])('%s', (text, expected) => {
    const found = relations(text);
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    '"Maybe I should call him, maybe not," Trump told reporters about Putin.',
    'Trump said he might call Putin.',
    'Orbán questioned the necessity of supporting Ukraine.',
    'Moscow was not planning new talks with Kyiv.',
    'Trump called Zelensky a "dictator" on Wednesday.',
  ])('codes no event that did not happen: %s', (text) => {
    expect(relations(text).filter((r) => /^(CALLED|SPOKE_WITH|MEETS|SUPPORTS) /.test(r))).toEqual(
      [],
    );
  });

  it.each([
    [
      'Hegseth said NATO membership for Ukraine was off the table.',
      'hegseth OPPOSES ukraine-nato-membership',
    ],
    [
      'Hegseth said a return to the pre-2014 borders was unrealistic.',
      'hegseth OPPOSES pre-2014-borders',
    ],
    [
      'Prime Minister Giorgia Meloni ruled out sending troops to Ukraine.',
      'meloni OPPOSES troops-in-ukraine',
    ],
    ['Britain would support a ceasefire.', 'united-kingdom SUPPORTS ceasefire'],
    ['Prime Minister Donald Tusk rejected sending soldiers.', 'tusk OPPOSES troops-in-ukraine'],
    [
      'U.S. Defense Secretary Pete Hegseth said NATO membership was not a realistic goal.',
      'hegseth OPPOSES ukraine-nato-membership',
    ],
    [
      'European leaders urged Moscow to accept the ceasefire.',
      'european-leaders SUPPORTS ceasefire',
    ],
    [
      'Putin rejected the ceasefire that Washington had proposed.',
      'united-states SUPPORTS ceasefire',
    ],
  ])('%s → %s', (text, expected) => {
    const stances = extract(text).dataset.stances.map(
      (s) => `${s.actor.replace(/^(giorgia|donald)-/, '')} ${s.position} ${s.topic}`,
    );
    expect(stances).toContain(expected);
  });
});

describe('alias resolution against the registry', () => {
  it.each([
    ['Zelenskyy', 'zelensky'],
    ['Zelensky', 'zelensky'],
    ['Volodymyr Zelensky', 'zelensky'],
    ['The Ukrainian president', 'zelensky'],
    ['The Kremlin', 'kremlin'],
    ['Moscow', 'russia'],
    ['Washington', 'united-states'],
    ['The U.S.', 'united-states'],
    ['Kyiv', 'ukraine'],
  ])('"%s" is %s', (name, id) => {
    expect(relations(`${name} criticized NATO.`)).toEqual([`CRITICIZES ${id} -> nato`]);
  });

  it('reads "us" as a pronoun, not the United States', () => {
    expect(relations('Trump told us he called Zelensky.')).toEqual(['CALLED trump -> zelensky']);
  });

  it('resolves pronouns and "the U.S. officials" to who was just named', () => {
    expect(relations('Zelensky met Rubio. He praised him.')).toEqual(
      expect.arrayContaining(['PRAISES zelensky -> rubio']),
    );
    expect(
      relations(
        'Zelensky will meet Vance and Rubio. Zelensky expressed confidence in the U.S. officials.',
      ),
    ).toEqual(expect.arrayContaining(['TRUSTS zelensky -> vance', 'TRUSTS zelensky -> rubio']));
  });

  it('references registry actors by id and proposes new ones with a kind and a slug id', () => {
    const { dataset } = extract(
      'Swedish Foreign Minister Anna Lindqvist praised Norway. Lindqvist also criticized the Kremlin.',
    );
    expect(dataset.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`)).toEqual([
      'PRAISES anna-lindqvist -> norway',
      'CRITICIZES anna-lindqvist -> kremlin',
    ]);
    const ids = dataset.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['anna-lindqvist', 'norway', 'sweden']));
    expect(ids).not.toContain('kremlin');
    const anna = dataset.actors.find((a) => a.id === 'anna-lindqvist');
    expect(anna).toMatchObject({
      name: 'Anna Lindqvist',
      kind: 'PERSON',
      aliases: ['Lindqvist'],
      roles: [{ title: 'Foreign Minister', organization: 'sweden' }],
    });
    expect(dataset.actors.find((a) => a.id === 'norway')?.kind).toBe('COUNTRY');
  });

  it('makes slug ids without accents', () => {
    expect(slugify('Gábor Szentesi')).toBe('gabor-szentesi');
    expect(slugify('Rasa Kalnienė')).toBe('rasa-kalniene');
    expect(slugify('Côte d’Ivoire')).toBe('cote-divoire');
  });
});

describe('drafts', () => {
  const demoText = join(ROOT, 'data', 'documents', 'trump-putin-call-2025-02.txt');

  it('is deterministic: the same article gives byte-identical YAML', async () => {
    const text = await import('node:fs/promises').then((fs) => fs.readFile(demoText, 'utf8'));
    const first = draftToYaml(extract(text), demoText);
    const again = draftToYaml(
      extractDraft(text, {
        registry: await readRegistry([DEFAULT_REGISTRY]),
        meta: { id: 'test-doc', publishedAt: '2025-01-01' },
      }),
      demoText,
    );
    expect(again).toBe(first);
  });

  it('marks every relation and stance EXTRACTED, with a confidence and verbatim evidence', async () => {
    const text = await import('node:fs/promises').then((fs) => fs.readFile(demoText, 'utf8'));
    const { dataset } = extract(text);
    expect(dataset.relations.length).toBeGreaterThan(10);
    const points = [...text];
    for (const a of [...dataset.relations, ...dataset.stances]) {
      expect(a.method).toBe('EXTRACTED');
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
      for (const e of a.evidence) expect(points.slice(e.start, e.end).join('')).toBe(e.quote);
    }
  });

  it('passes the loader’s validation with the registry, inline and with textFile', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-extract-'));
    const article = join(dir, 'article.txt');
    await copyFile(join(FIXTURES, 'g7-sanctions-call.txt'), article);
    const text = await import('node:fs/promises').then((fs) => fs.readFile(article, 'utf8'));

    const inline = join(dir, 'inline.yaml');
    await writeFile(inline, draftToYaml(extract(text), article));
    const plan = await readDataset([DEFAULT_REGISTRY, inline], EMPTY_GRAPH);
    expect(plan.relations.length).toBeGreaterThan(3);
    expect(plan.relations.every((r) => r.method === 'EXTRACTED')).toBe(true);

    const withFile = join(dir, 'drafts', 'with-file.yaml');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'drafts')));
    const draft = extractDraft(text, {
      registry,
      meta: { publishedAt: '2025-06-02' },
      sourceName: article,
      textFile: article,
      draftPath: withFile,
    });
    expect(draft.dataset.documents[0]?.textFile).toBe('../article.txt');
    const yaml = draftToYaml(draft, article);
    await writeFile(withFile, yaml);
    await expect(validateDraft(yaml, withFile, [DEFAULT_REGISTRY])).resolves.toBeUndefined();
    const plan2 = await readDataset([DEFAULT_REGISTRY, withFile], EMPTY_GRAPH);
    expect(plan2.documents[0]?.text).toBe(text);
  });

  it('counts offsets in code points, past emoji and combining marks', async () => {
    const text = '👩‍👩‍👧 🇺🇦 Café news. Trump called Zelensky on Tuesday.\n';
    const { dataset } = extract(text);
    const e = dataset.relations[0]?.evidence[0];
    expect(e?.quote).toBe('Trump called Zelensky on Tuesday.');
    expect(e?.start).toBe([...text].indexOf('T'));
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-extract-'));
    const file = join(dir, 'emoji.yaml');
    const yaml = draftToYaml(extract(text), undefined);
    await writeFile(file, yaml);
    await expect(readDataset([DEFAULT_REGISTRY, file], EMPTY_GRAPH)).resolves.toBeDefined();
  });

  it('takes the date the article prints when none is given', () => {
    expect(findDate('KYIV, 13 February 2025 — talks')).toBe('2025-02-13');
    expect(findDate('Published February 3, 2025. Talks')).toBe('2025-02-03');
    expect(findDate('No date here.')).toBeUndefined();
    const draft = extractDraft('Trump called Zelensky.', { registry });
    expect(draft.dataset.documents[0]?.publishedAt).toBe('1970-01-01');
    expect(draft.warnings.join()).toMatch(/--date/);
  });
});

describe('scopedId', () => {
  it('prefixes an extracted id with its document, so two articles never share one', () => {
    expect(scopedId('riyadh-talks', 'rel-rubio-meets-sergei-lavrov')).toBe(
      'riyadh-talks.rel-rubio-meets-sergei-lavrov',
    );
    expect(scopedId('a', 'rel-x')).not.toBe(scopedId('b', 'rel-x'));
  });

  it('keeps a long id within the dataset limit of 128, distinct by a digest', () => {
    const doc = 'd'.repeat(100);
    const one = scopedId(doc, `rel-${'x'.repeat(60)}-one`);
    const two = scopedId(doc, `rel-${'x'.repeat(60)}-two`);
    expect(one).toHaveLength(128);
    expect(one).toMatch(/^[a-z0-9][a-z0-9._-]{0,127}$/);
    expect(one).not.toBe(two);
  });
});
