/**
 * The curation service's problems (src/curation): dataset paths said in the
 * service's input names, unknown references advised from the dataset's
 * structured problem, and the API's mapping of a CurationError
 * (src/graphql/curationErrors.ts). Writes are tested through the API in
 * test/integration/mutations.test.ts.
 */
import { validateDataset } from '../../src/dataset/validate';
import { parseDatasetObject } from '../../src/dataset/inline';
import { EMPTY_GRAPH } from '../../src/dataset/plan';
import { CurationError } from '../../src/curation';
import { fromDataset, inputPath } from '../../src/curation/problems';
import { invalidArgument, invalidInput, notFound } from '../../src/curation/errors';
import { apiError } from '../../src/graphql/curationErrors';

describe('inputPath', () => {
  it.each([
    ['relations[0].target', 'targetId', 'relations', { target: 'targetId' }],
    ['relations[0].evidence[1].document', 'evidence[1].documentId', 'relations', {}],
    ['stances[0].evidence[0].quote', 'evidence[0].quote', 'stances', {}],
    ['stances[0]', '', 'stances', {}],
    ['actors', '', 'actors', {}],
  ])('says %s as %j', (path, expected, section, renames) => {
    expect(inputPath(path, section, renames)).toBe(expected);
  });
});

describe('unknown references', () => {
  it.each([
    ['actor', { relations: [{ source: 'nobody', target: 'nobody-else' }] }, 'targetId'],
    ['topic', { stances: [{ actor: 'someone', topic: 'world-peace' }] }, 'topicId'],
  ])('are advised from the structured %s problem', async (kind, item, field) => {
    const section = Object.keys(item)[0] ?? '';
    const raw = withRequired(item);
    const parsed = parseDatasetObject('input', raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { problems } = await validateDataset([parsed.parsed], EMPTY_GRAPH);
    const said = fromDataset(problems, section, {
      source: 'sourceId',
      target: 'targetId',
      actor: 'actorId',
      topic: 'topicId',
    });
    const mine = said.find((p) => p.path === field);
    expect(mine?.message).toMatch(
      new RegExp(`^unknown ${kind} "[a-z-]+": no ${kind} has this id; `),
    );
    expect(said.every((p) => !p.message.includes('define it under'))).toBe(true);
  });
});

/** A one-item dataset whose only faults are the references under test. */
function withRequired(
  item: Record<string, Array<Record<string, unknown>>>,
): Record<string, unknown> {
  const text = 'They met in Geneva.';
  const evidence = [{ document: 'd1', quote: 'They met', start: 0, end: 8 }];
  const documents = [{ id: 'd1', title: 'T', publishedAt: '2025-01-01', text }];
  const [section, [fields]] = Object.entries(item)[0];
  const common = { id: 'a1', polarity: 'NEUTRAL', confidence: 0.5, evidence };
  const own = section === 'relations' ? { type: 'MEETS' } : { position: 'SUPPORTS' };
  return { documents, [section]: [{ ...common, ...own, ...fields }] };
}

describe('apiError', () => {
  it('lists an input object’s problems under its argument, in one BAD_USER_INPUT', () => {
    const error = apiError(
      invalidInput([
        { path: 'evidence[0].quote', message: 'not verbatim' },
        { path: '', message: 'whole' },
      ]),
      'input',
    );
    expect(error.message).toBe('input.evidence[0].quote: not verbatim; input: whole');
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'input',
      problems: [
        { path: 'input.evidence[0].quote', message: 'not verbatim' },
        { path: 'input', message: 'whole' },
      ],
    });
  });

  it('names one plain argument, as BAD_USER_INPUT or NOT_FOUND', () => {
    const bad = apiError(invalidArgument('reason', 'must not be empty'), null);
    expect([bad.message, bad.extensions]).toEqual([
      'reason: must not be empty',
      { code: 'BAD_USER_INPUT', argumentName: 'reason' },
    ]);
    const missing = apiError(notFound('id', 'no relation has id "x"'), null);
    expect([missing.message, missing.extensions]).toEqual([
      'id: no relation has id "x"',
      { code: 'NOT_FOUND', argumentName: 'id' },
    ]);
  });

  it('is a plain Error in the service, whose message needs no adapter', () => {
    const error = invalidInput([{ path: 'text', message: 'differs' }]);
    expect(error).toBeInstanceOf(CurationError);
    expect(error.message).toBe('text: differs');
  });
});
