/**
 * Builds tools/corenlp-local with Maven on first use (src/javaTool/mavenBuild.ts:
 * a stamp of the sources says whether the build is current, a lock directory
 * serialises builds between processes).
 */
import * as path from 'node:path';
import {
  ensureToolBuilt,
  toolPaths as builtToolPaths,
  type ToolPaths as BuiltToolPaths,
} from '../../javaTool/mavenBuild';

export const MAIN_CLASS = 'stancegraph.corenlplocal.Main';
const BUILD_LOCK_STALE_MS = 30 * 60_000;

export interface ToolPaths extends BuiltToolPaths {
  /** Where a running server for this checkout records its address and process id. */
  recordFile: string;
}

export function toolPaths(projectRoot: string): ToolPaths {
  const paths = builtToolPaths(path.join(projectRoot, 'tools', 'corenlp-local'), MAIN_CLASS);
  return { ...paths, recordFile: path.join(paths.targetDir, 'server.json') };
}

/** Builds tools/corenlp-local unless the current sources were already built. */
export async function ensureCoreNlpBuilt(
  projectRoot: string,
  log?: (line: string) => void,
): Promise<void> {
  await ensureToolBuilt(toolPaths(projectRoot), {
    lockStaleMs: BUILD_LOCK_STALE_MS,
    announce: 'building the local CoreNLP server (first run only; Maven downloads about 500 MB)…',
    log,
    failures: {
      notFound: (err) =>
        new Error(
          `Maven was not found (${err.code === 'ENOENT' ? 'no mvn on PATH' : err.message}); it builds the local CoreNLP server on first use: install it (e.g. apt-get install maven), or use another engine (--engine rules)`,
          { cause: err },
        ),
      failed: (command, tail) =>
        new Error(`\`${command}\` failed in tools/corenlp-local:\n${tail.join('\n')}`),
    },
  });
}
