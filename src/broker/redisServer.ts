/**
 * Where a `redis-server` comes from on a machine without Docker or apt: the one on PATH
 * (Debian's redis-server package) when there is one, else the binary that the Maven artifact
 * com.github.codemonstur:embedded-redis:1.4.3 carries (Redis 6.2, BSD-3-Clause; the jar is
 * Apache-2.0), copied from Maven Central once and extracted into ~/.cache/stancegraph/redis.
 */
import { execFile } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const EMBEDDED_REDIS = 'com.github.codemonstur:embedded-redis:1.4.3';
const JAR = 'embedded-redis-1.4.3.jar';

/** The jar's entry for this platform, if it has one. */
function jarEntry(): string | undefined {
  const entries: Record<string, string> = {
    'linux-x64': 'redis-server-6.2.6-v5-linux-amd64',
    'linux-arm64': 'redis-server-6.2.7-linux-arm64',
    'darwin-x64': 'redis-server-6.2.6-v5-darwin-amd64',
    'darwin-arm64': 'redis-server-6.2.6-v5-darwin-arm64',
  };
  return entries[`${process.platform}-${process.arch}`];
}

export class RedisProblem extends Error {
  override name = 'RedisProblem';
}

async function executable(file: string): Promise<boolean> {
  try {
    await fs.access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `redis-server` on PATH, if any. */
async function onPath(): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, 'redis-server');
    if (await executable(file)) return file;
  }
  return undefined;
}

export function redisCacheDir(): string {
  return path.join(
    process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
    'stancegraph',
    'redis',
  );
}

async function run(command: string, args: string[], cwd: string, what: string): Promise<void> {
  try {
    await execFileAsync(command, args, { cwd, timeout: 300_000 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    const detail =
      e.code === 'ENOENT'
        ? `no ${command} on PATH`
        : `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
    throw new RedisProblem(
      `could not ${what} (${detail}): install redis-server (e.g. apt-get install redis-server) or set STANCEGRAPH_PUBSUB to a Redis you run`,
    );
  }
}

/** Copies the jar from Maven Central (through ~/.m2) and extracts this platform's binary, once. */
async function extracted(entry: string): Promise<string> {
  const dir = redisCacheDir();
  const binary = path.join(dir, entry);
  if (await executable(binary)) return binary;
  await fs.mkdir(dir, { recursive: true });
  const work = await fs.mkdtemp(path.join(dir, 'extract-'));
  try {
    const copy = [
      '-q',
      '-B',
      'dependency:copy',
      `-Dartifact=${EMBEDDED_REDIS}`,
      `-DoutputDirectory=${work}`,
    ];
    await run('mvn', copy, work, `copy ${EMBEDDED_REDIS} from Maven Central`);
    const jar = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'jar') : 'jar';
    await run(jar, ['xf', JAR, entry], work, `extract ${entry} from ${JAR}`);
    await fs.chmod(path.join(work, entry), 0o755);
    // A rename is atomic: a concurrent extraction never sees half a binary.
    await fs.rename(path.join(work, entry), binary);
    return binary;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** A runnable redis-server: PATH first, else the embedded-redis binary (extracted on first use). */
export async function findRedisServer(): Promise<string> {
  const found = await onPath();
  if (found) return found;
  const entry = jarEntry();
  if (!entry) {
    throw new RedisProblem(
      `${EMBEDDED_REDIS} has no redis-server for ${process.platform}-${process.arch}: install redis-server on PATH`,
    );
  }
  return extracted(entry);
}
