/**
 * Builds the local Neo4j launcher (tools/neo4j-local) with Maven on first use and
 * whenever its sources change (src/javaTool/mavenBuild.ts), and checks that Java
 * can run it. Failures become Neo4jProblems (src/db/problems.ts) that say what to
 * install or fix.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as path from 'node:path';
import { ensureToolBuilt, toolPaths, type ToolPaths } from '../javaTool/mavenBuild';
import { mavenProblem, Neo4jProblem } from './problems';

export { pushTail } from '../javaTool/mavenBuild';

const execFileAsync = promisify(execFile);

export const MAIN_CLASS = 'stancegraph.neo4jlocal.Main';
/** Neo4j 5.26 runs on Java 17 or 21. */
const MIN_JAVA = 17;
const BUILD_LOCK_STALE_MS = 15 * 60_000;

export type LauncherPaths = ToolPaths;

export function launcherPaths(projectRoot: string): LauncherPaths {
  return toolPaths(path.join(projectRoot, 'tools', 'neo4j-local'), MAIN_CLASS);
}

/** Builds tools/neo4j-local with Maven unless the current sources were already built. */
export async function ensureLauncherBuilt(
  projectRoot: string,
  log?: (line: string) => void,
): Promise<void> {
  await checkJava();
  await ensureToolBuilt(launcherPaths(projectRoot), {
    lockStaleMs: BUILD_LOCK_STALE_MS,
    announce: 'building the local Neo4j launcher (first run only)…',
    log,
    failures: {
      notFound: (err) =>
        new Neo4jProblem(
          'missing-tool',
          `Maven was not found (${err.code === 'ENOENT' ? 'no mvn on PATH' : err.message}); it builds the local Neo4j launcher on first use: install it (e.g. apt-get install maven), or set NEO4J_URI to a Neo4j you run yourself`,
          { cause: err },
        ),
      failed: (command, tail) => mavenProblem(command, tail),
    },
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
