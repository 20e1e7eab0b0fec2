/**
 * Page furniture (src/extract/furniture.ts, lexicon/extract/furniture.yaml):
 * lines that are not article text yield no sentence and no relation.
 */
import { extractDraft } from '../../src/extract/draft';
import { isFurniture } from '../../src/extract/furniture';
import { defaultLexicon } from '../../src/extract/lexicon';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from '../../src/extract/registry';

const furniture = () => defaultLexicon().furniture;
let registry: Registry;

beforeAll(async () => {
  registry = await readRegistry([DEFAULT_REGISTRY]);
});

describe('isFurniture', () => {
  it.each([
    'Advertisement',
    '  ADVERTISEMENT  ',
    'Story continues below advertisement',
    'Read more: Trump praises Putin after call',
    'Sign up for our morning briefing',
    'Subscribe to our daily newsletter',
    'Related: How the talks unfolded',
  ])('is furniture: %s', (line) => {
    expect(isFurniture(line, furniture())).toBe(true);
  });

  it.each([
    'Trump praised Putin after the call.',
    'Advertisements for the summit filled the city.',
    'Readers sign up for more.',
    '',
  ])('is article text: %s', (line) => {
    expect(isFurniture(line, furniture())).toBe(false);
  });
});

describe('furniture in an article', () => {
  it('codes nothing from a furniture line, and the article around it as before', () => {
    const text = 'Trump praised Putin.\n\nRead more: Zelensky criticized Putin\n\nAdvertisement\n';
    const draft = extractDraft(text, { registry, meta: { id: 'doc', publishedAt: '2025-02-01' } });
    expect(draft.dataset.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`)).toEqual([
      'PRAISES trump -> putin',
    ]);
  });
});
