/**
 * A local Neo4j 5.26 (embedded Community, Bolt on 127.0.0.1) that stancegraph starts itself,
 * so development and tests need neither Docker nor a separately installed server.
 * The Java launcher lives in tools/neo4j-local and is built with Maven on first use
 * (src/db/launcherBuild.ts). While it runs, a record in its data directory says where it
 * answers (src/db/launcherRecord.ts), so other commands share it (src/db/sharedNeo4j.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import {
  ensureLauncherBuilt,
  javaExecutable,
  launcherPaths,
  MAIN_CLASS,
  pushTail,
} from './launcherBuild';
import {
  claimRecord,
  isAlive,
  removeRecord,
  removeRecordNow,
  updateRecord,
  type LauncherRecord,
} from './launcherRecord';
import { assertPortFree, freePort } from './ports';
import { launcherProblem, launcherSummary, Neo4jProblem } from './problems';
import { inspectHome, type Inspection } from './runningNeo4j';

export { ensureLauncherBuilt } from './launcherBuild';

export interface LocalNeo4jOptions {
  /** Data directory (created if missing); one running launcher per directory. */
  home: string;
  /** Bolt port on 127.0.0.1; a free port is picked when omitted or 0. */
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
  /**
   * The process that started it and will stop it, when that is another process
   * (src/db/sharedNeo4j.ts); `stop()` then leaves it running.
   */
  sharedFrom?: number;
  /** Stops the database cleanly if this process started it; resolves once the Java process has exited. Idempotent. */
  stop(): Promise<void>;
}

/** A live local Neo4j already runs (or is starting) in the data directory; use it instead. */
export class AlreadyRunning extends Error {
  override name = 'AlreadyRunning';
  constructor(readonly found: Extract<Inspection, { state: 'ready' | 'starting' }>) {
    super(
      `a local Neo4j already runs in ${found.record.home} (started by process ${found.record.ownerPid}${found.state === 'ready' ? `, at ${found.bolt}` : ', still starting'})`,
    );
  }
}

const DEFAULT_PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const READY_PATTERN = /^NEO4J_READY (bolt:\/\/\S+)(?: (http:\/\/\S+))?$/;
const START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
const JVM_ARGS = ['-Xmx1g', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8'];

/**
 * Makes this process the one that starts `home`'s Neo4j: creates its record, replacing
 * a stale one (after its launcher, orphaned, has had time to exit). Throws AlreadyRunning
 * when a live one holds it.
 */
async function claimHome(home: string, log?: (line: string) => void): Promise<LauncherRecord> {
  const record: LauncherRecord = {
    state: 'starting',
    ownerPid: process.pid,
    home,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await claimRecord(record)) return record;
    const found = await inspectHome(home);
    if (found.state === 'ready' || found.state === 'starting') throw new AlreadyRunning(found);
    if (found.state === 'unanswering') throw unanswering(found);
    if (found.state === 'stale') {
      log?.(`replacing the stale record of a local Neo4j in ${home}: ${found.reason}`);
      if (found.record !== 'unreadable') {
        if (!isAlive(found.record.ownerPid)) await waitForExit(found.record.pid, STOP_GRACE_MS);
        await removeRecord(found.record);
      } else {
        await removeRecord(record);
      }
    }
  }
  throw new Neo4jProblem(
    'unavailable',
    `could not claim the local Neo4j's data directory ${home}: other processes keep replacing its record (${path.join(home, 'stancegraph-neo4j.json')}); stop them or set STANCEGRAPH_NEO4J_HOME to another folder`,
  );
}

/** The one-line error for a live launcher that holds `home` but does not answer. */
export function unanswering(found: Extract<Inspection, { state: 'unanswering' }>): Neo4jProblem {
  const { ownerPid, pid, home } = found.record;
  return new Neo4jProblem(
    'unavailable',
    `the local Neo4j in ${home} (started by process ${ownerPid}, launcher pid ${pid ?? '?'}) holds its data directory but does not answer at ${found.bolt}; stop it (kill ${ownerPid}), or set STANCEGRAPH_NEO4J_HOME to another folder`,
  );
}

/** An orphaned launcher stops when its stdin closes; give it that time before taking its place. */
async function waitForExit(pid: number | undefined, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
}

/**
 * Starts Neo4j in `opts.home` and resolves once it accepts Bolt connections. Fails with
 * AlreadyRunning when a live one holds the directory (src/db/sharedNeo4j.ts uses it then),
 * and with a one-line Neo4jProblem when Java, Maven, a port or the store lock is in the way.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const projectRoot = path.resolve(opts.projectRoot ?? DEFAULT_PROJECT_ROOT);
  const log = opts.log;
  await ensureLauncherBuilt(projectRoot, log);

  const home = path.resolve(opts.home);
  await fs.mkdir(home, { recursive: true });
  const record = await claimHome(home, log);
  const removeOnExit = (): void => removeRecordNow(record);
  process.once('exit', removeOnExit);
  const forget = async (): Promise<void> => {
    process.removeListener('exit', removeOnExit);
    await removeRecord(record).catch(() => undefined);
  };
  try {
    const started = await spawnLauncher(opts, projectRoot, record);
    // Also when the launcher dies on its own: its record must not outlive it.
    void started.exited.then(forget);
    const stop = async (): Promise<void> => {
      await started.local.stop();
      await forget();
    };
    return { ...started.local, stop };
  } catch (err) {
    await forget();
    throw err;
  }
}

async function spawnLauncher(
  opts: LocalNeo4jOptions,
  projectRoot: string,
  record: LauncherRecord,
): Promise<{ local: LocalNeo4j; exited: Promise<void> }> {
  const { home } = record;
  const log = opts.log;
  const paths = launcherPaths(projectRoot);
  const logFile = path.join(home, 'logs', 'debug.log');
  const boltPort = opts.boltPort || (await freePort());
  await assertPortFree('bolt', '127.0.0.1', boltPort);
  if (opts.httpPort) await assertPortFree('http', '127.0.0.1', opts.httpPort);
  const dependencies = (await fs.readFile(paths.classpathFile, 'utf8')).trim();
  const classpath = [paths.classesDir, dependencies].join(path.delimiter);

  const args = [...JVM_ARGS, '-cp', classpath, MAIN_CLASS, '--home', home];
  args.push('--bolt-port', String(boltPort));
  if (opts.httpPort) args.push('--http-port', String(opts.httpPort));

  const java = javaExecutable();
  const child: ChildProcessWithoutNullStreams = spawn(java, args, {
    cwd: home,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // stdin stays open for the child's lifetime: its EOF tells the launcher to shut down.
  child.stdin.on('error', () => undefined);
  if (child.pid !== undefined) await updateRecord({ ...record, pid: child.pid });

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
    const known = launcherProblem(home, stderrTail, { bolt: boltPort, http: opts.httpPort });
    if (known) throw known;
    const reason =
      launcherSummary(stderrTail) ?? (err instanceof Error ? err.message : String(err));
    throw new Neo4jProblem(
      'unavailable',
      `the local Neo4j in ${home} did not start (${reason}); see ${logFile}, or set NEO4J_URI to a Neo4j you run yourself`,
      {
        cause: new Error(`${java} … ${MAIN_CLASS} stderr:\n${stderrTail.join('\n')}`, {
          cause: err,
        }),
      },
    );
  }
  await updateRecord({
    ...record,
    state: 'ready',
    pid: child.pid,
    bolt: ready.uri,
    ...(ready.httpUrl !== undefined ? { http: ready.httpUrl } : {}),
  });

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

  const local: LocalNeo4j = {
    uri: ready.uri,
    user: 'neo4j',
    password: '',
    ...(ready.httpUrl !== undefined ? { httpUrl: ready.httpUrl } : {}),
    home,
    logFile,
    pid: child.pid,
    stop,
  };
  return { local, exited };
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
