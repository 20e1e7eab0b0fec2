/**
 * Builds tools/corenlp-local with Maven on first use: a stamp of the sources
 * says whether the build is current, and a lock directory serialises builds
 * between processes. The same scheme as src/db/localNeo4j.ts uses for
 * tools/neo4j-local (duplicated here rather than shared, since that file is
 * owned elsewhere; the two could move to one module).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';

export const MAIN_CLASS = 'stancegraph.corenlplocal.Main';
const BUILD_LOCK_STALE_MS = 30 * 60_000;
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

export interface ToolPaths {
  toolDir: string;
  targetDir: string;
  classesDir: string;
  mainClassFile: string;
  classpathFile: string;
  stampFile: string;
  lockDir: string;
  /** Where a running server for this checkout records its address and process id. */
  recordFile: string;
}

export function toolPaths(projectRoot: string): ToolPaths {
  const toolDir = path.join(projectRoot, 'tools', 'corenlp-local');
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
    recordFile: path.join(targetDir, 'server.json'),
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

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
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

function runMaven(cwd: string): Promise<void> {
  const command = `mvn ${MVN_ARGS.join(' ')}`;
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const child = spawn('mvn', MVN_ARGS, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        const clean = line.replace(ANSI_ESCAPE, '').trimEnd();
        if (clean === '') return;
        tail.push(clean);
        if (tail.length > TAIL_LINES) tail.shift();
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
      if (code === 0) return resolve();
      const status = signal ? `signal ${signal}` : `exit code ${String(code)}`;
      reject(new Error(`\`${command}\` failed in ${cwd} (${status}):\n${tail.join('\n')}`));
    });
  });
}

/** Builds tools/corenlp-local unless the current sources were already built. */
export async function ensureCoreNlpBuilt(
  projectRoot: string,
  log?: (line: string) => void,
): Promise<void> {
  const paths = toolPaths(projectRoot);
  const stamp = await sourceStamp(paths);
  if (await isUpToDate(paths, stamp)) return;
  await withBuildLock(paths.lockDir, async () => {
    if (await isUpToDate(paths, stamp)) return;
    log?.('building the local CoreNLP server (first run only; Maven downloads about 500 MB)…');
    await fs.rm(paths.stampFile, { force: true });
    await runMaven(paths.toolDir);
    await fs.writeFile(paths.stampFile, `${stamp}\n`);
  });
}
