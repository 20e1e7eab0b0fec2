/**
 * The docs stay true to the tree (issue 16): every relative link in README.md
 * and docs/*.md reaches an existing file (and heading, when it names one), and
 * docs/ARCHITECTURE.md's folder map lists every top-level folder and every
 * folder under src/, and nothing that does not exist; every GraphQL operation
 * the pages show is valid against schema.graphql.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import {
  fencedBlocks,
  fencedBlockUnder,
  headingAnchors,
  headingSlug,
  relativeLinks,
} from '../harness/markdown';

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** What is wrong with each relative link of `page` (`page:line target: problem`); empty when none is. */
function brokenLinks(page: string, text: string): string[] {
  const problems: string[] = [];
  for (const { target, line } of relativeLinks(text)) {
    const [path, anchor] = target.split('#', 2);
    const file = path === '' ? join(ROOT, page) : resolve(ROOT, dirname(page), decodeURI(path));
    if (!existsSync(file)) {
      problems.push(`${page}:${line} ${target}: no such file`);
    } else if (
      anchor &&
      file.endsWith('.md') &&
      !headingAnchors(readFileSync(file, 'utf8')).has(anchor)
    ) {
      problems.push(`${page}:${line} ${target}: no heading gives #${anchor}`);
    }
  }
  return problems;
}

/** Top-level folders that are not git-ignored (node_modules, dist, …) nor .git. */
function topLevelFolders(): string[] {
  const ignored = read('.gitignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[^#*/]+\/$/.test(line))
    .map((line) => line.slice(0, -1));
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== '.git' && !ignored.includes(e.name))
    .map((e) => e.name);
}

/** Every folder under `dir`, at any depth, relative to the project root. */
function foldersUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [`${dir}/${e.name}`, ...foldersUnder(`${dir}/${e.name}`)]);
}

/** The paths the folder map names: the first word of each line of its block. */
function mappedPaths(): string[] {
  return fencedBlockUnder(read('docs/ARCHITECTURE.md'), '## Folder map')
    .map((line) => line.trim().split(/\s+/)[0])
    .filter((word) => word !== '');
}

describe('links in README.md and docs/*.md', () => {
  it('finds the pages, and links in them', () => {
    expect(PAGES.flatMap((page) => relativeLinks(read(page))).length).toBeGreaterThan(50);
    expect(PAGES).toEqual(
      expect.arrayContaining(['README.md', 'docs/ARCHITECTURE.md', 'docs/API.md']),
    );
  });

  it.each(PAGES)(
    '%s: every relative link reaches a file, and a heading where it names one',
    (page) => {
      expect(brokenLinks(page, read(page))).toEqual([]);
    },
  );

  it('reports a link to a missing file and to a missing heading', () => {
    const text = [
      'See [the API](docs/API.md#errors), [gone](docs/NOPE.md)',
      'and [here](#nowhere).',
    ].join('\n');
    expect(brokenLinks('README.md', text)).toEqual([
      'README.md:1 docs/NOPE.md: no such file',
      'README.md:2 #nowhere: no heading gives #nowhere',
    ]);
  });

  it('reads no link or heading inside code', () => {
    const text = [
      '```graphql',
      '# Hegseth',
      '[x](missing.md)',
      '```',
      'Run `[y](missing.md)`.',
      '## Real',
    ].join('\n');
    expect(relativeLinks(text)).toEqual([]);
    expect([...headingAnchors(text)]).toEqual(['real']);
  });

  it.each([
    ['Limits, conformance and production', 'limits-conformance-and-production'],
    ["The explorer's browser tests", 'the-explorers-browser-tests'],
    [
      'The parse-based engine (Stanford CoreNLP, optional)',
      'the-parse-based-engine-stanford-corenlp-optional',
    ],
    ['From Python: the notebook', 'from-python-the-notebook'],
    ['The `rules` engine', 'the-rules-engine'],
  ])('gives "%s" the anchor GitHub gives it (#%s)', (heading, slug) => {
    expect(headingSlug(heading)).toBe(slug);
  });
});

describe('GraphQL in README.md and docs/*.md', () => {
  const schema = buildSchema(read('schema.graphql'));
  const operations = PAGES.flatMap((page) =>
    fencedBlocks(read(page), 'graphql')
      .map((block) => parse(block))
      .filter((doc) => doc.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION))
      .map((doc, i): [string, number, typeof doc] => [page, i + 1, doc]),
  );

  it('finds the example operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(9);
  });

  it.each(operations)('%s, operation %i, is valid against schema.graphql', (_page, _i, doc) => {
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });
});

describe("docs/ARCHITECTURE.md's folder map", () => {
  const mapped = mappedPaths();

  it.each(topLevelFolders())('lists the top-level folder %s/', (folder) => {
    expect(mapped).toContain(`${folder}/`);
  });

  it.each(foldersUnder('src'))('lists %s/', (folder) => {
    expect(mapped).toContain(`${folder}/`);
  });

  it('names only paths that exist, folders with a trailing slash', () => {
    const wrong = mapped.filter((path) => {
      const full = join(ROOT, path);
      return !existsSync(full) || statSync(full).isDirectory() !== path.endsWith('/');
    });
    expect(wrong).toEqual([]);
  });
});

describe('README.md', () => {
  const firstScreen = read('README.md').split('\n').slice(0, 20).join('\n');

  it.each(['npm ci && npm start', 'npm ci && npm test'])(
    'shows `%s` on its first screen',
    (line) => {
      expect(firstScreen).toMatch(
        new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}\\s+#`, 'm'),
      );
    },
  );

  it('opens with the pitch', () => {
    expect(firstScreen).toMatch(/^# stancegraph\n\nA knowledge graph of political actors/);
  });

  it('links every page of docs/', () => {
    const linked = new Set(relativeLinks(read('README.md')).map((l) => l.target.split('#')[0]));
    const pages = PAGES.filter((p) => p !== 'README.md');
    expect(pages.filter((p) => !linked.has(p))).toEqual([]);
  });
});
