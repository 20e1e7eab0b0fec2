/**
 * A throwaway local Redis for tests and development: loopback only, a temporary
 * working folder, no persistence (no RDB snapshots, no AOF), stopped by `stop()`
 * and, should this process die without calling it, by a watchdog that outlives
 * neither of the two.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { freePort } from '../db/ports';
import { findRedisServer, RedisProblem } from './redisServer';

export interface LocalRedis {
  /** e.g. redis://127.0.0.1:6390, the value for STANCEGRAPH_PUBSUB. */
  url: string;
  port: number;
  pid: number | undefined;
  /** Stops the server and removes its folder; resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
}

export interface LocalRedisOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Receives what the server writes (warnings and above). */
  log?: (line: string) => void;
}

const STARTUP_MS = 15_000;

/** Ends `pid` once this process is gone, and itself once `pid` is. */
function watchdog(pid: number): void {
  const script =
    'while kill -0 "$0" 2>/dev/null && kill -0 "$1" 2>/dev/null; do sleep 1; done; kill "$1" 2>/dev/null';
  spawn('sh', ['-c', script, String(process.pid), String(pid)], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

function readyOrExit(child: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () =>
        reject(
          new RedisProblem(
            `redis-server did not start within ${STARTUP_MS} ms: ${seen.slice(-300)}`,
          ),
        ),
      STARTUP_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      seen += text;
      for (const line of text.split('\n').filter(Boolean)) log(line);
      if (seen.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new RedisProblem(
          `redis-server exited (code ${code}) before it was ready: ${seen.slice(-300)}`,
        ),
      );
    });
  });
}

export async function startLocalRedis(options: LocalRedisOptions = {}): Promise<LocalRedis> {
  const binary = await findRedisServer();
  const port = options.port || (await freePort());
  const dir = await fs.mkdtemp(path.join(tmpdir(), 'stancegraph-redis-'));
  // prettier-ignore
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'notice'];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.log ?? (() => undefined);
  child.stderr.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    await readyOrExit(child, (line) => {
      if (/#|WARNING/.test(line)) log(line);
    });
  } catch (err) {
    child.kill('SIGKILL');
    await fs.rm(dir, { recursive: true, force: true });
    throw err;
  }
  if (child.pid !== undefined) watchdog(child.pid);
  let stopping: Promise<void> | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
        await fs.rm(dir, { recursive: true, force: true });
      })()),
  };
}
