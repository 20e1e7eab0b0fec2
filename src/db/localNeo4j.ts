/**
 * A local Neo4j 5.26 (embedded Community, Bolt on 127.0.0.1) that stancegraph starts itself,
 * so development and tests need neither Docker nor a separately installed server.
 * The Java launcher lives in tools/neo4j-local and is built with Maven on first use.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as readline from 'node:readline';

export interface LocalNeo4jOptions {
  /** Data directory (created if missing); one running launcher per directory. */
  home: string;
  /** Bolt port on 127.0.0.1; a free port is picked when omitted. */
  boltPort?: number;
  /** Also serve HTTP and Neo4j Browser on this 127.0.0.1 port. */
  httpPort?: number;
  /** Repository root holding tools/neo4j-local; defaults to this checkout. */
  projectRoot?: string;
  /** Receives progress lines and anything the launcher writes to stderr. */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  /** e.g. bolt://127.0.0.1:7687 */
  uri: string;
  /**
   * Auth is disabled (the server only listens on loopback), so any credentials work:
   * `neo4j.auth.basic(user, password)` or no auth token at all.
   */
  user: string;
  password: string;
  /** e.g. http://127.0.0.1:7474 when `httpPort` was given. */
  httpUrl?: string;
  home: string;
  /** Neo4j's debug log, the first place to look when something goes wrong. */
  logFile: string;
  /**
   * The Java process's id, for fault-injection tests that kill it without a clean
   * shutdown (test/integration/faults.test.ts); `stop()` is the way to end it otherwise.
   */
  pid: number | undefined;
  /** Stops the database cleanly; resolves once the Java process has exited. Idempotent. */
  stop(): Promise<void>;
}

const DEFAULT_PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const MAIN_CLASS = 'stancegraph.neo4jlocal.Main';
const READY_PATTERN = /^NEO4J_READY (bolt:\/\/\S+)(?: (http:\/\/\S+))?$/;
const START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
const BUILD_LOCK_STALE_MS = 15 * 60_000;
const TAIL_LINES = 40;
// eslint-disable-next-line no-control-regex -- Maven colours some lines even in batch mode.
const ANSI_ESCAPE = /\x1b\[[0-9;]*m/g;
const JVM_ARGS = ['-Xmx1g', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8'];
const MVN_ARGS = [
  '-q',
  '-B',
  'package',
  'dependency:build-classpath',
  '-Dmdep.outputFile=target/classpath.txt',
];

interface LauncherPaths {
  toolDir: string;
  targetDir: string;
  classesDir: string;
  mainClassFile: string;
  classpathFile: string;
  stampFile: string;
  lockDir: string;
}

function launcherPaths(projectRoot: string): LauncherPaths {
  const toolDir = path.join(projectRoot, 'tools', 'neo4j-local');
  const targetDir = path.join(toolDir, 'target');
  const classesDir = path.join(targetDir, 'classes');
  return {
    toolDir,
    targetDir,
    classesDir,
    mainClassFile: path.join(classesDir, ...MAIN_CLASS.split('.')) + '.class',
    classpathFile: path.join(targetDir, 'classpath.txt'),
    stampFile: path.join(targetDir, 'build-stamp.txt'),
    lockDir: path.join(targetDir, 'build.lock'),
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : Promise.resolve([full]);
    }),
  );
  return nested.flat();
}

/** Hash of everything that feeds the Maven build; a changed hash means rebuild. */
async function sourceStamp(paths: LauncherPaths): Promise<string> {
  const hash = createHash('sha256');
  const sources = await listFiles(path.join(paths.toolDir, 'src'));
  const files = [path.join(paths.toolDir, 'pom.xml'), ...sources.sort()];
  for (const file of files) {
    hash.update(path.relative(paths.toolDir, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(await fs.readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

async function isUpToDate(paths: LauncherPaths, stamp: string): Promise<boolean> {
  if (!(await exists(paths.mainClassFile)) || !(await exists(paths.classpathFile))) return false;
  try {
    if ((await fs.readFile(paths.stampFile, 'utf8')).trim() !== stamp) return false;
    // The classpath points into the local Maven repository, which may have been cleaned since.
    const jars = (await fs.readFile(paths.classpathFile, 'utf8')).trim().split(path.delimiter);
    return (await Promise.all(jars.map(exists))).every(Boolean);
  } catch {
    return false;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Serialises builds between processes (e.g. a test run and a dev server starting together). */
async function withBuildLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  await fs.mkdir(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await fs.mkdir(lockDir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const stat = await fs.stat(lockDir).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > BUILD_LOCK_STALE_MS) {
        await fs.rm(lockDir, { recursive: true, force: true });
      } else {
        await delay(500);
      }
    }
  }
  try {
    return await fn();
  } finally {
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}

function pushTail(tail: string[], line: string): void {
  tail.push(line);
  if (tail.length > TAIL_LINES) tail.shift();
}

function runMaven(cwd: string): Promise<void> {
  const command = `mvn ${MVN_ARGS.join(' ')}`;
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const child = spawn('mvn', MVN_ARGS, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        const clean = line.replace(ANSI_ESCAPE, '').trimEnd();
        if (clean !== '') pushTail(tail, clean);
      });
    }
    child.once('error', (err) => {
      reject(
        new Error(
          `\`${command}\` could not be run in ${cwd} (is Maven installed?): ${err.message}`,
        ),
      );
    });
    child.once('close', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      const status = signal ? `signal ${signal}` : `exit code ${String(code)}`;
      reject(new Error(`\`${command}\` failed in ${cwd} (${status}):\n${tail.join('\n')}`));
    });
  });
}

/** Builds tools/neo4j-local with Maven unless the current sources were already built. */
export async function ensureLauncherBuilt(
  projectRoot: string,
  log?: (line: string) => void,
): Promise<void> {
  const paths = launcherPaths(projectRoot);
  const stamp = await sourceStamp(paths);
  if (await isUpToDate(paths, stamp)) return;
  await withBuildLock(paths.lockDir, async () => {
    // Another process may have finished the build while we waited for the lock.
    if (await isUpToDate(paths, stamp)) return;
    log?.('building the local Neo4j launcher (first run only)…');
    await fs.rm(paths.stampFile, { force: true });
    await runMaven(paths.toolDir);
    await fs.writeFile(paths.stampFile, `${stamp}\n`);
  });
}

/** A port that was free a moment ago; good enough for a loopback dev server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}

function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  const name = process.platform === 'win32' ? 'java.exe' : 'java';
  return javaHome ? path.join(javaHome, 'bin', name) : name;
}

/** Starts Neo4j in `opts.home` and resolves once it accepts Bolt connections. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const projectRoot = path.resolve(opts.projectRoot ?? DEFAULT_PROJECT_ROOT);
  const log = opts.log;
  await ensureLauncherBuilt(projectRoot, log);

  const paths = launcherPaths(projectRoot);
  const home = path.resolve(opts.home);
  await fs.mkdir(home, { recursive: true });
  const logFile = path.join(home, 'logs', 'debug.log');
  const boltPort = opts.boltPort ?? (await freePort());
  const dependencies = (await fs.readFile(paths.classpathFile, 'utf8')).trim();
  const classpath = [paths.classesDir, dependencies].join(path.delimiter);

  const args = [...JVM_ARGS, '-cp', classpath, MAIN_CLASS, '--home', home];
  args.push('--bolt-port', String(boltPort));
  if (opts.httpPort !== undefined) args.push('--http-port', String(opts.httpPort));

  const java = javaExecutable();
  const child: ChildProcessWithoutNullStreams = spawn(java, args, {
    cwd: home,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // stdin stays open for the child's lifetime: its EOF tells the launcher to shut down.
  child.stdin.on('error', () => undefined);

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    pushTail(stderrTail, line);
    log?.(`neo4j: ${line}`);
  });

  // A failed spawn (e.g. no java on PATH) emits 'error' and never 'exit'.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const running = (): boolean =>
    child.pid !== undefined && child.exitCode === null && child.signalCode === null;
  // Node cannot wait here; SIGTERM still lets the launcher shut Neo4j down cleanly.
  const killOnExit = (): void => {
    if (running()) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  let ready: { uri: string; httpUrl?: string };
  try {
    ready = await waitForReady(child, log);
  } catch (err) {
    if (running()) child.kill('SIGKILL');
    await exited;
    const reason = err instanceof Error ? err.message : String(err);
    const tail = stderrTail.length > 0 ? `\nstderr:\n${stderrTail.join('\n')}` : '';
    throw new Error(
      `local Neo4j in ${home} did not start: ${reason} (command: ${java} … ${MAIN_CLASS}; log: ${logFile})${tail}`,
      { cause: err },
    );
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (!running()) return;
      child.stdin.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (running()) child.kill('SIGKILL');
      }, STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };

  return {
    uri: ready.uri,
    user: 'neo4j',
    password: '',
    ...(ready.httpUrl !== undefined ? { httpUrl: ready.httpUrl } : {}),
    home,
    logFile,
    pid: child.pid,
    stop,
  };
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  log: ((line: string) => void) | undefined,
): Promise<{ uri: string; httpUrl?: string }> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`no ready signal after ${START_TIMEOUT_MS / 1000} s`))),
      START_TIMEOUT_MS,
    );
    // Keep reading stdout after the ready line so the pipe never fills up.
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_PATTERN.exec(line.trim());
      if (match?.[1] !== undefined) {
        const uri = match[1];
        const httpUrl = match[2];
        finish(() => resolve(httpUrl !== undefined ? { uri, httpUrl } : { uri }));
      } else if (line.trim() !== '') {
        log?.(`neo4j: ${line}`);
      }
    });
    child.once('error', (err) => finish(() => reject(err)));
    // 'close' comes after stdout/stderr are drained, so the stderr tail is complete by then.
    child.once('close', (code, signal) => {
      const status = signal ? `signal ${signal}` : `exit code ${String(code)}`;
      finish(() => reject(new Error(`launcher exited early (${status})`)));
    });
  });
}
