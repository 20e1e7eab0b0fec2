/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, in
 * Neo4j Community; its classes are on the local launcher's classpath, built
 * from Maven Central by tools/neo4j-local) on CSV files, into the local
 * Neo4j's data folder. Neo4j must not be running there.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureLauncherBuilt, javaExecutable, launcherPaths } from '../../db/launcherBuild';
import { pushTail } from '../../javaTool/mavenBuild';
import { ARRAY_DELIMITER } from './csv';

const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';
/** The importer sizes its caches from the heap it is given. */
const JVM_ARGS = ['-Xmx2g', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8'];

export interface ImportRun {
  /** The local Neo4j's data folder (STANCEGRAPH_NEO4J_HOME). */
  home: string;
  /** `--nodes=…` and `--relationships=…` arguments (./csv.ts). */
  files: string[];
  /** Replace a database folder that exists (checked empty by the caller). */
  overwrite: boolean;
  projectRoot: string;
  log?: (line: string) => void;
}

/** Imports the CSV files; throws with the importer's last lines when it fails. */
export async function runImportTool(run: ImportRun): Promise<void> {
  await ensureLauncherBuilt(run.projectRoot, run.log);
  const paths = launcherPaths(run.projectRoot);
  const classpath = [paths.classesDir, (await readFile(paths.classpathFile, 'utf8')).trim()].join(
    path.delimiter,
  );
  // The launcher configures Neo4j in code; the importer reads a neo4j.conf: an empty one gives the
  // same layout (data under HOME/data).
  await mkdir(run.home, { recursive: true });
  const conf = await mkdtemp(path.join(tmpdir(), 'stancegraph-import-conf-'));
  await writeFile(path.join(conf, 'neo4j.conf'), '');
  const args = [
    ...JVM_ARGS,
    '-cp',
    classpath,
    ADMIN_CLASS,
    'database',
    'import',
    'full',
    'neo4j',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    '--multiline-fields=true',
    `--overwrite-destination=${run.overwrite}`,
    '--bad-tolerance=0',
    `--report-file=${path.join(conf, 'import.report')}`,
    ...run.files,
  ];
  const tail: string[] = [];
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(javaExecutable(), args, {
        env: { ...process.env, NEO4J_HOME: run.home, NEO4J_CONF: conf },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const keep = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n'))
          // Progress rows are dots; keep the rest (what it did, and why it stopped).
          if (line.trim() && !line.includes('.....')) pushTail(tail, line);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) {
      for (const line of tail) run.log?.(`neo4j-admin: ${line}`);
      throw new Error(
        `neo4j-admin database import failed (exit ${code}): ${tail.at(-1) ?? 'it printed nothing'} (its last lines are above)`,
      );
    }
  } finally {
    await rm(conf, { recursive: true, force: true });
  }
}
