import * as fsSync from 'node:fs';
import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { EXIT } from '../../src/cli';
import { RECORD_FILE, type LauncherRecord } from '../../src/db/launcherRecord';
import { AlreadyRunning, startLocalNeo4j, type LocalNeo4j } from '../../src/db/localNeo4j';
import { useLocalNeo4j } from '../../src/db/sharedNeo4j';
import { localEnv, runCli } from '../harness/cli';

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const execFileAsync = promisify(execFile);

// The first run builds the launcher with Maven, which downloads Neo4j's jars.
jest.setTimeout(300_000);

describe('local Neo4j launcher', () => {
  let home: string;
  let server: LocalNeo4j | undefined;

  beforeAll(async () => {
    home = await fs.mkdtemp(path.join(os.tmpdir(), 'stancegraph-neo4j-'));
  });

  afterAll(async () => {
    await server?.stop();
    await fs.rm(home, { recursive: true, force: true });
  });

  it('starts, answers reads and writes over Bolt, is shared while it runs, and stops', async () => {
    server = await startLocalNeo4j({ home });
    expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(server.uri).port);
    const recordFile = path.join(home, RECORD_FILE);
    expect(JSON.parse(await fs.readFile(recordFile, 'utf8'))).toMatchObject({
      state: 'ready',
      ownerPid: process.pid,
      pid: server.pid,
      bolt: server.uri,
    });

    // A second launcher on the same directory is refused; useLocalNeo4j uses the running one.
    await expect(startLocalNeo4j({ home })).rejects.toThrow(AlreadyRunning);
    const shared = await useLocalNeo4j({ home });
    expect(shared.uri).toBe(server.uri);
    expect(shared.sharedFrom).toBe(process.pid);
    await shared.stop();
    expect(await canConnect(port)).toBe(true);

    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
      disableLosslessIntegers: true,
    });
    try {
      const one = await driver.executeQuery('RETURN 1 AS x');
      expect(one.records[0]?.get('x')).toBe(1);

      const written = await driver.executeQuery('CREATE (n:Probe {v: 1}) RETURN n.v AS v');
      expect(written.records[0]?.get('v')).toBe(1);
      const read = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS c, sum(n.v) AS s');
      expect(read.records[0]?.get('c')).toBe(1);
      expect(read.records[0]?.get('s')).toBe(1);
    } finally {
      await driver.close();
    }

    await server.stop();
    expect(await canConnect(port)).toBe(false);
    await expect(fs.access(recordFile)).rejects.toThrow();
  });

  it('a data directory held by a launcher that does not answer gives one line, not a stack', async () => {
    const lockedHome = await fs.mkdtemp(path.join(os.tmpdir(), 'stancegraph-neo4j-locked-'));
    const holder = await startLocalNeo4j({ home: lockedHome });
    const env = localEnv({
      STANCEGRAPH_NEO4J_HOME: lockedHome,
      STANCEGRAPH_NEO4J_BOLT_PORT: '0',
      STANCEGRAPH_NEO4J_HTTP_PORT: '0',
    });
    const load = () =>
      runCli(['load', path.join(__dirname, '..', 'fixtures', 'datasets', 'shared')], env);
    const summary: unknown = expect.stringMatching(
      /^stancegraph: load failed in \d+\.\d s: exit 3, Neo4j unavailable$/,
    );
    try {
      // Its record points at a port where nothing answers, as if its Bolt were wedged.
      const recordFile = path.join(lockedHome, RECORD_FILE);
      const record = JSON.parse(await fs.readFile(recordFile, 'utf8')) as LauncherRecord;
      const wedged = JSON.stringify({ ...record, bolt: 'bolt://127.0.0.1:1' });
      await fs.writeFile(recordFile, wedged);
      const unanswering = await load();
      expect(unanswering.status).toBe(EXIT.UNAVAILABLE);
      expect(unanswering.stderr.trimEnd().split('\n')).toEqual([
        `stancegraph: the local Neo4j in ${lockedHome} (started by process ${process.pid}, launcher pid ${holder.pid}) holds its data directory but does not answer at bolt://127.0.0.1:1; stop it (kill ${process.pid}), or set STANCEGRAPH_NEO4J_HOME to another folder`,
        summary,
      ]);
      // Its record is left alone: it is not stale.
      expect(await fs.readFile(recordFile, 'utf8')).toBe(wedged);

      // No record at all: the store lock is what stops the second launcher.
      await fs.rm(recordFile);
      const locked = await load();
      expect(locked.status).toBe(EXIT.UNAVAILABLE);
      expect(locked.stderr.trimEnd().split('\n')).toEqual([
        `stancegraph: starting a local Neo4j (data in ${lockedHome})`,
        `stancegraph: the Neo4j data directory ${lockedHome} is locked by another process that does not answer as a Neo4j; stop that process (look for java …neo4jlocal.Main in \`ps ax\`), or set STANCEGRAPH_NEO4J_HOME to another folder`,
        summary,
      ]);
      expect(locked.stderr).not.toMatch(/^\s+at /m);
      // The one that holds the lock was not disturbed.
      expect(await canConnect(Number(new URL(holder.uri).port))).toBe(true);
    } finally {
      await holder.stop();
      await fs.rm(lockedHome, { recursive: true, force: true });
    }
  });
});

describe('building the launcher', () => {
  let root: string;

  /** A copy of tools/neo4j-local that has never been built. */
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'stancegraph-launcher-build-'));
    const tool = path.join(__dirname, '..', '..', 'tools', 'neo4j-local');
    const copy = path.join(root, 'tools', 'neo4j-local');
    await fs.mkdir(copy, { recursive: true });
    await fs.cp(path.join(tool, 'pom.xml'), path.join(copy, 'pom.xml'));
    await fs.cp(path.join(tool, 'src'), path.join(copy, 'src'), { recursive: true });
  });

  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  /**
   * Builds the copy in a child process with `env` (jest's process.env is the test's own
   * copy, which Maven would never see); resolves with the Neo4jProblem it failed with.
   */
  async function buildProblem(env: NodeJS.ProcessEnv): Promise<{ kind: string; message: string }> {
    const script = `require('./src/db/launcherBuild').ensureLauncherBuilt(${JSON.stringify(root)}).then(
      () => console.log(JSON.stringify({ kind: 'built', message: '' })),
      (e) => console.log(JSON.stringify({ kind: e.kind, message: e.message })))`;
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--require', 'tsx/cjs', '-e', script],
      { cwd: path.join(__dirname, '..', '..'), env },
    );
    return JSON.parse(stdout) as { kind: string; message: string };
  }

  it('without Maven, says to install it', async () => {
    const java = fsSync.realpathSync(
      execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim(),
    );
    const problem = await buildProblem({
      ...process.env,
      JAVA_HOME: path.dirname(path.dirname(java)),
      PATH: '/nonexistent',
    });
    expect(problem).toEqual({
      kind: 'missing-tool',
      message:
        'Maven was not found (no mvn on PATH); it builds the local Neo4j launcher on first use: install it (e.g. apt-get install maven), or set NEO4J_URI to a Neo4j you run yourself',
    });
  });

  it('when Maven Central does not answer, says the first run needs the network', async () => {
    // An empty local repository, and every download sent to a port where nothing listens.
    const home = path.join(root, 'home');
    await fs.mkdir(path.join(home, '.m2'), { recursive: true });
    await fs.writeFile(
      path.join(home, '.m2', 'settings.xml'),
      '<settings><mirrors><mirror><id>down</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/maven2</url></mirror></mirrors></settings>\n',
    );
    const problem = await buildProblem({ ...process.env, MAVEN_OPTS: `-Duser.home=${home}` });
    expect(problem.kind).toBe('maven-offline');
    expect(problem.message).toMatch(
      /^Maven could not download Neo4j's jars from Maven Central \(.+\); the first run of the local Neo4j needs the network: check it \(or a proxy in ~\/\.m2\/settings\.xml\) and try again, or set NEO4J_URI to a Neo4j you run yourself$/,
    );
    expect(problem.message).not.toContain('\n');
  });
});
