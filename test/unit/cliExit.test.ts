/**
 * How a failed stancegraph run ends (src/cliExit.ts) and how the launcher's and
 * Maven's output is sorted into causes (src/db/problems.ts): one line, the right
 * exit code, no stack unless asked for.
 */
import { Neo4jError } from 'neo4j-driver';

const neo4jError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'general processing exception');
import { EXIT, failure } from '../../src/cliExit';
import { ConfigError } from '../../src/config';
import { DatasetError } from '../../src/dataset';
import { launcherProblem, mavenProblem, Neo4jProblem, PortInUseError } from '../../src/db/problems';

const savedLevel = process.env.LOG_LEVEL;
afterEach(() => {
  if (savedLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = savedLevel;
});

function fileError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something, open '${path}'`), { code, path });
}

describe('failure', () => {
  it.each([
    ['a bad dataset', new DatasetError([{ file: 'a.yaml', message: 'bad' }]), EXIT.REJECTED],
    ['a bad environment', new ConfigError('invalid environment'), EXIT.USAGE],
    ['refused credentials', new Neo4jProblem('unauthorized', 'refused'), EXIT.USAGE],
    ['a locked data folder', new Neo4jProblem('unavailable', 'locked'), EXIT.UNAVAILABLE],
    ['a taken port', new PortInUseError('api', '127.0.0.1', 4000), EXIT.PORT_IN_USE],
    ['no Java', new Neo4jProblem('missing-tool', 'no java'), EXIT.MISSING_TOOL],
    ['no Maven Central', new Neo4jProblem('maven-offline', 'no network'), EXIT.BUILD_FAILED],
    ['a failed build', new Neo4jProblem('build-failed', 'mvn failed'), EXIT.BUILD_FAILED],
    ['Neo4j gone mid-run', neo4jError('gone', 'ServiceUnavailable'), EXIT.UNAVAILABLE],
    [
      'a timed-out transaction',
      neo4jError('too slow', 'Neo.ClientError.Transaction.TransactionTimedOut'),
      EXIT.UNAVAILABLE,
    ],
    ['anything else', new Error('surprise'), EXIT.FAILED],
  ])('%s exits with its code', (_what, err, code) => {
    expect(failure(err).code).toBe(code);
  });

  it.each([
    ['api', 'PORT'],
    ['bolt', 'STANCEGRAPH_NEO4J_BOLT_PORT'],
    ['http', 'STANCEGRAPH_NEO4J_HTTP_PORT'],
  ] as const)('a taken %s port names %s', (role, setting) => {
    const { message } = failure(new PortInUseError(role, '127.0.0.1', 1234));
    expect(message).toMatch(/^port 1234 on 127\.0\.0\.1 \(.+\) is already in use: /);
    expect(message).toContain(`set ${setting} to a free port`);
  });

  it('says a timed-out transaction is a timeout, naming the settings that change it', () => {
    const { message } = failure(
      neo4jError('terminated', 'Neo.ClientError.Transaction.TransactionTimedOut'),
    );
    expect(message).toContain('STANCEGRAPH_LOAD_TIMEOUT_MS');
  });

  it('gives an unexpected error in one line without its stack, unless LOG_LEVEL=debug', () => {
    delete process.env.LOG_LEVEL;
    const err = new Error('surprise\nsecond line');
    expect(failure(err).message).toBe('failed: surprise (LOG_LEVEL=debug shows the stack trace)');
    process.env.LOG_LEVEL = 'debug';
    expect(failure(err).message).toBe(`failed: ${err.stack}`);
  });

  it.each([
    ['EACCES', 'is not accessible (permission denied)'],
    ['ENOSPC', 'cannot be written: the disk is full'],
    ['ENOENT', 'does not exist'],
  ])('names the file of a %s error', (code, meaning) => {
    expect(failure(fileError(code, '/out/graph.graphml')).message).toBe(
      `failed: /out/graph.graphml ${meaning} (LOG_LEVEL=debug shows the stack trace)`,
    );
  });
});

describe('mavenProblem', () => {
  it.each([
    '[ERROR] Plugin org.apache.maven.plugins:maven-jar-plugin:3.4.1 or one of its dependencies could not be resolved: Could not transfer artifact …: Connection refused',
    "[ERROR] No plugin found for prefix 'dependency' in the current project",
    '[ERROR] Failed to execute goal on project neo4j-local: Could not resolve dependencies for project …: Unknown host repo.maven.apache.org',
  ])('sorts "%s" as Maven Central not answering', (line) => {
    const problem = mavenProblem('mvn package', [line, '[ERROR] -> [Help 1]']);
    expect(problem.kind).toBe('maven-offline');
    expect(problem.message).toContain('needs the network');
    expect(problem.message).not.toContain('\n');
  });

  it('reports another build failure with its first error line', () => {
    const problem = mavenProblem('mvn package', [
      '[ERROR] COMPILATION ERROR :',
      '[ERROR] Main.java:[3,1] class, interface, enum, or record expected',
    ]);
    expect(problem.kind).toBe('build-failed');
    expect(problem.message).toBe(
      '`mvn package` failed building tools/neo4j-local (COMPILATION ERROR :); run it in tools/neo4j-local to see the whole output',
    );
  });
});

describe('launcherProblem', () => {
  const ports = { bolt: 7687, http: 7474 };

  it('recognises a held store lock', () => {
    const problem = launcherProblem(
      '/data/neo4j',
      [
        'neo4j-local: failed to start Neo4j in /data/neo4j: org.neo4j.io.locker.FileLockException: Lock file has been locked by another process: /data/neo4j/data/databases/store_lock.',
      ],
      ports,
    );
    expect(problem?.kind).toBe('unavailable');
    expect(problem?.message).toMatch(
      /^the Neo4j data directory \/data\/neo4j is locked by another process/,
    );
  });

  it.each([
    ['127.0.0.1:7474', 'http', 7474],
    ['127.0.0.1:7687', 'bolt', 7687],
  ] as const)('recognises %s taken as the %s port', (address, role, port) => {
    const problem = launcherProblem(
      '/data/neo4j',
      [
        `neo4j-local: failed to start Neo4j in /data/neo4j: java.net.BindException: Address already in use (${address})`,
      ],
      ports,
    );
    expect(problem).toBeInstanceOf(PortInUseError);
    expect(problem).toMatchObject({ role, port });
  });

  it('leaves other failures to the caller', () => {
    expect(launcherProblem('/data/neo4j', ['java.lang.OutOfMemoryError'], ports)).toBeUndefined();
  });
});
