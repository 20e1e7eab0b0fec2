/**
 * The `stancegraph` command as a script sees it: a child process
 * (`node --require tsx/cjs src/cli.ts …`) against the test Neo4j, judged by
 * its exit code, its last stderr line and its progress output.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../src/db/graph';
import { localEnv, runCli, type Run } from '../harness/cli';
import { EXIT } from '../../src/cli';
import { clearGraph, DEMO_DATA, FIXTURES, openTestGraph } from '../harness/graph';

/** Runs `stancegraph <args>` to completion with the test run's environment plus `env`. */
const stancegraph = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> =>
  runCli(args, { ...process.env, ...env });

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  await new Promise<void>((closed) => server.close(() => closed()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

const SECONDS = String.raw`in \d+\.\d s`;

let graph: Graph;
let scratch: string;

beforeAll(async () => {
  graph = await openTestGraph();
  // Suites share one Neo4j; a suite before this one may have left the demo
  // loaded, and an unchanged document is skipped rather than counted.
  await clearGraph(graph);
  scratch = await mkdtemp(join(tmpdir(), 'stancegraph-cli-test-'));
});

afterAll(async () => {
  await clearGraph(graph);
  await graph.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('--help', () => {
  it('lists every command and the exit codes', async () => {
    const run = await stancegraph(['--help']);
    expect(run.status).toBe(EXIT.OK);
    for (const command of ['start', 'load', 'export', 'gen', 'bench', 'neo4j', 'extract'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toContain('Exit codes:');
    for (const [code, meaning] of [
      [EXIT.OK, 'done'],
      [EXIT.REJECTED, 'input rejected'],
      [EXIT.USAGE, 'bad usage'],
      [EXIT.UNAVAILABLE, 'Neo4j unavailable'],
      [EXIT.FAILED, 'unexpected failure'],
      [EXIT.PORT_IN_USE, 'port in use'],
      [EXIT.MISSING_TOOL, 'a required program is missing: Java 17\\+ or Maven'],
      [EXIT.BUILD_FAILED, 'the local Neo4j launcher could not be built'],
    ] as const)
      expect(run.stdout).toMatch(new RegExp(`^  ${code}  ${meaning}`, 'm'));
  });

  it.each(['start', 'load', 'export', 'gen', 'bench', 'neo4j', 'extract', 'eval-extract'])(
    '`%s --help` shows examples of that command',
    async (command) => {
      const run = await stancegraph([command, '--help']);
      expect(run.status).toBe(EXIT.OK);
      expect(run.stdout).toContain(`Usage: stancegraph ${command}`);
      const examples = run.stdout.slice(run.stdout.search(/^Examples?:$/m));
      expect(examples).toMatch(new RegExp(`^  .*stancegraph ${command}\\b`, 'm'));
    },
  );
});

describe('load', () => {
  it('loads the demo corpus, exits 0 and ends with a one-line summary', async () => {
    const run = await stancegraph(['load', DEMO_DATA]);
    expect(run.status).toBe(EXIT.OK);
    expect(run.stdout).toMatch(/relations\s+\d+ created/);
    expect(run.summary).toMatch(
      new RegExp(
        String.raw`^stancegraph: loaded 1 document from \d+ files: 23 relations, 16 stances, 50 quotes, 20 actors, 10 topics \(\d+ created, \d+ updated, \d+ unchanged\) ${SECONDS}$`,
      ),
    );
    // The demo is far below the progress threshold: no progress lines.
    expect(run.stderr).not.toMatch(/writing documents/);
  }, 120_000);

  it('exits 1 when a dataset is bad, naming the problem, and writes nothing', async () => {
    const run = await stancegraph([
      'load',
      join(FIXTURES, 'datasets', 'bad', 'unknown-actor.yaml'),
    ]);
    expect(run.status).toBe(EXIT.REJECTED);
    expect(run.stderr).toContain('unknown actor "bobb"');
    expect(run.summary).toMatch(
      new RegExp(`^stancegraph: load failed ${SECONDS}: exit 1, input rejected, nothing written$`),
    );
  }, 120_000);

  it('refuses --bulk with NEO4J_URI, saying why, before reading anything', async () => {
    const run = await stancegraph(['load', '--bulk', DEMO_DATA], {
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect(run.status).toBe(EXIT.USAGE);
    expect(run.stderr).toContain(
      "load --bulk writes the local Neo4j's files with the offline importer, so it cannot import into NEO4J_URI=bolt://127.0.0.1:1",
    );
  });

  it('exits 2 on an unknown flag', async () => {
    const run = await stancegraph(['load', '--no-such-flag', DEMO_DATA]);
    expect(run.status).toBe(EXIT.USAGE);
    expect(run.stderr).toContain("unknown option '--no-such-flag'");
    expect(run.summary).toMatch(
      /^stancegraph: load failed .*: exit 2, bad usage or configuration$/,
    );
  });

  it('exits 3 when Neo4j does not answer', async () => {
    const port = await closedPort();
    const run = await stancegraph(['load', DEMO_DATA], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
    });
    expect(run.status).toBe(EXIT.UNAVAILABLE);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^stancegraph: Neo4j at bolt://127\.0\.0\.1:${port} does not answer \(.*ECONNREFUSED.*\): is it running\? Check NEO4J_URI, or unset it to use the local Neo4j$`,
        ),
      ),
      expect.stringMatching(/^stancegraph: load failed .*: exit 3, Neo4j unavailable$/),
    ]);
  }, 120_000);

  it('shows plain progress lines for a corpus of thousands of documents when stderr is not a terminal', async () => {
    const corpus = join(scratch, 'corpus');
    const gen = await stancegraph([
      'gen',
      '--actors',
      '40',
      '--relations',
      '2000',
      '--documents',
      '2000',
      '--seed',
      '3',
      '--out',
      corpus,
    ]);
    expect(gen.status).toBe(EXIT.OK);
    expect(gen.stderr).toContain('stancegraph: writing documents 2000/2000 (100%)\n');
    expect(gen.summary).toMatch(
      new RegExp(
        `^stancegraph: generated 2,000 documents with 2,000 relations among 40 actors in .+ ${SECONDS}$`,
      ),
    );

    const run = await stancegraph(['load', corpus]);
    expect(run.status).toBe(EXIT.OK);
    const progress = run.stderr.split('\n').filter((l) => l.includes('writing documents'));
    // Plain lines (no bar, no escape codes), counting up to the last one at 100%.
    expect(progress.length).toBeGreaterThanOrEqual(1);
    for (const line of progress)
      expect(line).toMatch(/^stancegraph: writing documents \d+\/2000 \(\d+%\)$/);
    expect(progress[progress.length - 1]).toBe('stancegraph: writing documents 2000/2000 (100%)');
    expect(run.stderr).not.toContain('\x1B[');
    expect(run.summary).toMatch(
      /^stancegraph: loaded 2,000 documents from 2,001 files: 2,000 relations/,
    );
  }, 300_000);
});

describe('the local Neo4j, when it cannot start', () => {
  /** A fresh data directory for the local Neo4j (NEO4J_URI unset), with `extra` on top. */
  const local = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
    localEnv({ STANCEGRAPH_NEO4J_HOME: join(scratch, 'neo4j-home'), ...extra });

  it.each(['load', 'export', 'neo4j'])(
    '`%s` with no Java on PATH exits 6 with one line saying to install it',
    async (command) => {
      const env = local({ PATH: '/nonexistent' });
      delete env.JAVA_HOME;
      const args =
        command === 'load' ? [DEMO_DATA] : command === 'export' ? ['--format', 'json'] : [];
      const run = await runCli([command, ...args], env);
      expect(run.status).toBe(EXIT.MISSING_TOOL);
      expect(run.stderr.trimEnd().split('\n')).toEqual([
        `stancegraph: starting a local Neo4j (data in ${join(scratch, 'neo4j-home')})`,
        'stancegraph: Java was not found (no java on PATH); the local Neo4j needs Java 17 or 21: install it (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME, or set NEO4J_URI to a Neo4j you run yourself',
        expect.stringMatching(
          new RegExp(
            `^stancegraph: ${command} failed in \\d+\\.\\d s: exit 6, a required program is missing$`,
          ),
        ),
      ]);
      expect(run.stdout).toBe('');
    },
  );

  it.each([
    ['Bolt', 'STANCEGRAPH_NEO4J_BOLT_PORT', "the local Neo4j's Bolt", '(0 picks one)'],
    [
      'HTTP',
      'STANCEGRAPH_NEO4J_HTTP_PORT',
      "the local Neo4j's HTTP and Browser",
      '(0 turns Neo4j Browser off)',
    ],
  ])(
    'a taken %s port exits 5 with one line naming %s',
    async (_name, setting, role, zero) => {
      const taken = createServer();
      await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', listening));
      const port = (taken.address() as { port: number }).port;
      try {
        const ports = { STANCEGRAPH_NEO4J_BOLT_PORT: '0', STANCEGRAPH_NEO4J_HTTP_PORT: '0' };
        const run = await runCli(['load', DEMO_DATA], local({ ...ports, [setting]: String(port) }));
        expect(run.status).toBe(EXIT.PORT_IN_USE);
        expect(run.stderr.trimEnd().split('\n')).toEqual([
          `stancegraph: starting a local Neo4j (data in ${join(scratch, 'neo4j-home')})`,
          `stancegraph: port ${port} on 127.0.0.1 (${role}) is already in use: stop the program using it, or set ${setting} to a free port ${zero}`,
          expect.stringMatching(/^stancegraph: load failed in \d+\.\d s: exit 5, port in use$/),
        ]);
      } finally {
        await new Promise<void>((closed) => taken.close(() => closed()));
      }
    },
    120_000,
  );
});
