/**
 * Builds the local Neo4j launcher (tools/neo4j-local) with Maven on first use and
 * whenever its sources change, and checks that Java can run it. Failures become
 * Neo4jProblems (src/db/problems.ts) that say what to install or fix.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { mavenProblem, Neo4jProblem } from './problems';

const execFileAsync = promisify(execFile);

export const MAIN_CLASS = 'stancegraph.neo4jlocal.Main';
/** Neo4j 5.26 runs on Java 17 or 21. */
const MIN_JAVA = 17;
const BUILD_LOCK_STALE_MS = 15 * 60_000;
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

export interface LauncherPaths {
  toolDir: string;
  targetDir: string;
  classesDir: string;
  mainClassFile: string;
  classpathFile: string;
  stampFile: string;
  lockDir: string;
}

export function launcherPaths(projectRoot: string): LauncherPaths {
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

export function pushTail(tail: string[], line: string): void {
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
    child.once('error', (err: NodeJS.ErrnoException) => {
      const reason = err.code === 'ENOENT' ? 'no mvn on PATH' : err.message;
      reject(
        new Neo4jProblem(
          'missing-tool',
          `Maven was not found (${reason}); it builds the local Neo4j launcher on first use: install it (e.g. apt-get install maven), or set NEO4J_URI to a Neo4j you run yourself`,
          { cause: err },
        ),
      );
    });
    child.once('close', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      if (signal) tail.push(`stopped by signal ${signal}`);
      reject(mavenProblem(command, tail));
    });
  });
}

/** Builds tools/neo4j-local with Maven unless the current sources were already built. */
export async function ensureLauncherBuilt(
  projectRoot: string,
  log?: (line: string) => void,
): Promise<void> {
  const paths = launcherPaths(projectRoot);
  await checkJava();
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

export function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  const name = process.platform === 'win32' ? 'java.exe' : 'java';
  return javaHome ? path.join(javaHome, 'bin', name) : name;
}

/** Fails with a one-line Neo4jProblem unless `java` runs and is Java 17 or later. */
export async function checkJava(): Promise<void> {
  const java = javaExecutable();
  const where = process.env.JAVA_HOME ? `JAVA_HOME=${process.env.JAVA_HOME}` : 'PATH';
  let output: string;
  try {
    const { stdout, stderr } = await execFileAsync(java, ['-version'], { timeout: 30_000 });
    output = `${stderr}\n${stdout}`;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e.code === 'ENOENT' ? `no ${java} on ${where}` : e.message.split('\n')[0];
    throw new Neo4jProblem(
      'missing-tool',
      `Java was not found (${reason}); the local Neo4j needs Java ${MIN_JAVA} or 21: install it (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME, or set NEO4J_URI to a Neo4j you run yourself`,
      { cause: err },
    );
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = version ? Number(version[1] === '1' ? version[2] : version[1]) : undefined;
  if (major !== undefined && major < MIN_JAVA)
    throw new Neo4jProblem(
      'missing-tool',
      `Java ${major} found on ${where}, but Neo4j 5.26 needs Java ${MIN_JAVA} or 21: install it and put it first on PATH or in JAVA_HOME`,
    );
}
