/**
 * Builds a Java tool of tools/ (the local Neo4j launcher, the local CoreNLP
 * server) with Maven on first use and whenever its sources change: a stamp of
 * the sources says whether the build is current, and a lock directory
 * serialises builds between processes (e.g. a test run and a dev server
 * starting together). Each caller turns Maven's failures into its own errors.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';

const TAIL_LINES = 40;
// eslint-disable-next-line no-control-regex -- Maven colours some lines even in batch mode.
const ANSI_ESCAPE = /\x1b\[[0-9;]*m/g;
const MVN_ARGS = [
  '-q',
  '-B',
  'package',
  'dependency:build-classpath',
  '-Dmdep.outputFile=target/classpath.txt',
];

/** Where a tool's sources and build output live. */
export interface ToolPaths {
  toolDir: string;
  targetDir: string;
  classesDir: string;
  mainClassFile: string;
  /** The runtime classpath Maven resolved, `path.delimiter`-separated. */
  classpathFile: string;
  stampFile: string;
  lockDir: string;
}

export function toolPaths(toolDir: string, mainClass: string): ToolPaths {
  const targetDir = path.join(toolDir, 'target');
  const classesDir = path.join(targetDir, 'classes');
  return {
    toolDir,
    targetDir,
    classesDir,
    mainClassFile: path.join(classesDir, ...mainClass.split('.')) + '.class',
    classpathFile: path.join(targetDir, 'classpath.txt'),
    stampFile: path.join(targetDir, 'build-stamp.txt'),
    lockDir: path.join(targetDir, 'build.lock'),
  };
}

/** How a caller words Maven's failures. */
export interface MavenFailures {
  /** `mvn` could not be run at all (not installed: `err.code` is ENOENT). */
  notFound(err: NodeJS.ErrnoException): Error;
  /** `mvn` ran and failed; `tail` holds its last output lines. */
  failed(command: string, tail: string[]): Error;
}

export interface BuildOptions {
  /** A lock older than this is taken to be left by a crashed build. */
  lockStaleMs: number;
  /** Logged once when a build actually starts. */
  announce: string;
  failures: MavenFailures;
  log?: (line: string) => void;
}

/** Builds the tool unless its current sources were already built. */
export async function ensureToolBuilt(paths: ToolPaths, options: BuildOptions): Promise<void> {
  const stamp = await sourceStamp(paths);
  if (await isUpToDate(paths, stamp)) return;
  await withBuildLock(paths.lockDir, options.lockStaleMs, async () => {
    // Another process may have finished the build while we waited for the lock.
    if (await isUpToDate(paths, stamp)) return;
    options.log?.(options.announce);
    await fs.rm(paths.stampFile, { force: true });
    await runMaven(paths.toolDir, options.failures);
    await fs.writeFile(paths.stampFile, `${stamp}\n`);
  });
}

/** Keeps the last lines of a process's output, for an error message. */
export function pushTail(tail: string[], line: string): void {
  tail.push(line);
  if (tail.length > TAIL_LINES) tail.shift();
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
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
async function sourceStamp(paths: ToolPaths): Promise<string> {
  const hash = createHash('sha256');
  const sources = await listFiles(path.join(paths.toolDir, 'src'));
  for (const file of [path.join(paths.toolDir, 'pom.xml'), ...sources.sort()]) {
    hash.update(path.relative(paths.toolDir, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(await fs.readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function isUpToDate(paths: ToolPaths, stamp: string): Promise<boolean> {
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

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function withBuildLock<T>(
  lockDir: string,
  staleMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  await fs.mkdir(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await fs.mkdir(lockDir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const stat = await fs.stat(lockDir).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > staleMs) {
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

function runMaven(cwd: string, failures: MavenFailures): Promise<void> {
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
    child.once('error', (err: NodeJS.ErrnoException) => reject(failures.notFound(err)));
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      if (signal) tail.push(`stopped by signal ${signal}`);
      reject(failures.failed(command, tail));
    });
  });
}
