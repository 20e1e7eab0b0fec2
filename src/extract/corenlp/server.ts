/**
 * A local Stanford CoreNLP server (GPL-3, a separate optional process) that
 * the parse-based extractor talks to over HTTP on 127.0.0.1. Built by Maven on
 * first use (./build.ts), started once per run and kept warm across articles.
 * While it runs it writes tools/corenlp-local/target/server.json, so another
 * process in the same checkout reuses it instead of loading the models again.
 * The server stops when its parent closes its standard input or exits.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { z } from 'zod';
import { ensureCoreNlpBuilt, MAIN_CLASS, toolPaths } from './build';

export type CorefAlgorithm = 'statistical' | 'neural';

export interface CoreNlpServerOptions {
  /** Repository root holding tools/corenlp-local; defaults to this checkout. */
  projectRoot?: string;
  coref?: CorefAlgorithm;
  /** Java heap, e.g. "5g". */
  heap?: string;
  /** Reuse a server this checkout already runs (default true). */
  reuse?: boolean;
  log?: (line: string) => void;
}

export interface CoreNlpServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  pid: number | undefined;
  /** Whether this process started it (and so stops it). */
  owned: boolean;
  /** Stops the server if this process started it; idempotent. */
  stop(): Promise<void>;
}

const DEFAULT_PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const READY_PATTERN = /^CORENLP_READY (http:\/\/127\.0\.0\.1:\d+)$/;
const START_TIMEOUT_MS = 300_000;
const STOP_GRACE_MS = 10_000;
const TAIL_LINES = 40;

const Record = z.object({ url: z.string(), pid: z.number(), coref: z.string() });

function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

/** Whether a CoreNLP server answers at this address. */
export async function ping(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/ping`, { signal: AbortSignal.timeout(2000) });
    return res.ok && (await res.text()) === 'ok';
  } catch {
    return false;
  }
}

async function reusable(recordFile: string, coref: CorefAlgorithm): Promise<string | undefined> {
  const raw = await fs.readFile(recordFile, 'utf8').catch(() => undefined);
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const record = Record.safeParse(parsed);
  if (!record.success || record.data.coref !== coref) return undefined;
  return (await ping(record.data.url)) ? record.data.url : undefined;
}

/** Starts CoreNLP (building it first if needed), or reuses this checkout's running one. */
export async function startCoreNlp(opts: CoreNlpServerOptions = {}): Promise<CoreNlpServer> {
  const projectRoot = path.resolve(opts.projectRoot ?? DEFAULT_PROJECT_ROOT);
  const coref = opts.coref ?? 'statistical';
  const log = opts.log;
  const paths = toolPaths(projectRoot);
  if (opts.reuse !== false) {
    const url = await reusable(paths.recordFile, coref);
    if (url) {
      log?.(`corenlp: reusing the server at ${url}`);
      return { url, pid: undefined, owned: false, stop: () => Promise.resolve() };
    }
  }
  await ensureCoreNlpBuilt(projectRoot, log);
  const dependencies = (await fs.readFile(paths.classpathFile, 'utf8')).trim();
  const classpath = [paths.classesDir, dependencies].join(path.delimiter);
  const jvm = [`-Xmx${opts.heap ?? '5g'}`, '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8'];
  const args = [...jvm, '-cp', classpath, MAIN_CLASS, '--coref', coref];
  log?.('corenlp: starting the server (loading models takes a minute)…');
  const child = spawn(javaExecutable(), args, {
    cwd: paths.toolDir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // stdin stays open for the child's lifetime: its EOF tells the server to stop.
  child.stdin.on('error', () => undefined);
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > TAIL_LINES) stderrTail.shift();
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const running = () => child.pid !== undefined && child.exitCode === null && !child.signalCode;
  const killOnExit = () => {
    if (running()) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  let url: string;
  try {
    url = await waitForReady(child);
  } catch (err) {
    if (running()) child.kill('SIGKILL');
    await exited;
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`the local CoreNLP server did not start: ${reason}\n${stderrTail.join('\n')}`, {
      cause: err,
    });
  }
  const record = JSON.stringify({ url, pid: child.pid, coref });
  await fs.writeFile(paths.recordFile, `${record}\n`);
  log?.(`corenlp: ready at ${url}`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const current = await fs.readFile(paths.recordFile, 'utf8').catch(() => '');
      if (current.trim() === record) await fs.rm(paths.recordFile, { force: true });
      if (!running()) return;
      child.stdin.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => running() && child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { url, pid: child.pid, owned: true, stop };
}

function waitForReady(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`no ready line after ${START_TIMEOUT_MS / 1000} s`))),
      START_TIMEOUT_MS,
    );
    // Keep reading stdout after the ready line so the pipe never fills up.
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_PATTERN.exec(line.trim());
      if (match?.[1] !== undefined) {
        const url = match[1];
        finish(() => resolve(url));
      }
    });
    child.once('error', (err) => finish(() => reject(err)));
    child.once('close', (code, signal) => {
      const status = signal ? `signal ${signal}` : `exit code ${String(code)}`;
      finish(() => reject(new Error(`server exited early (${status})`)));
    });
  });
}
