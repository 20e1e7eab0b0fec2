/**
 * How a stancegraph run ends: each failure becomes one line on stderr that names
 * the cause and the fix, and one of the published EXIT codes (listed by --help).
 * A stack trace is shown only with LOG_LEVEL=debug or trace.
 */
import { CommanderError } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { ConfigError } from './config';
import { DatasetError } from './dataset';
import { classifyNeo4jError } from './db/errors';
import { Neo4jProblem, PortInUseError, type Neo4jProblemKind, type PortRole } from './db/problems';

/** What `stancegraph` exits with; scripts may rely on these. */
export const EXIT = {
  OK: 0,
  REJECTED: 1,
  USAGE: 2,
  UNAVAILABLE: 3,
  FAILED: 4,
  PORT_IN_USE: 5,
  MISSING_TOOL: 6,
  BUILD_FAILED: 7,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_HELP = [
  'Exit codes:',
  '  0  done',
  '  1  input rejected: a dataset or article is invalid, and nothing was written',
  '  2  bad usage or configuration (an unknown option, a bad value, a bad environment variable,',
  '     Neo4j credentials refused)',
  '  3  Neo4j unavailable: NEO4J_URI does not answer, or the local Neo4j could not start',
  '     (its data directory locked by a process that does not answer)',
  '  4  unexpected failure (the message says what happened; LOG_LEVEL=debug shows the stack)',
  '  5  port in use: PORT (4000), STANCEGRAPH_NEO4J_BOLT_PORT (7687) or',
  '     STANCEGRAPH_NEO4J_HTTP_PORT (7474) is taken by another program',
  '  6  a required program is missing: Java 17+ or Maven, needed by the local Neo4j',
  '  7  the local Neo4j launcher could not be built (Maven Central did not answer, or Maven failed)',
  '',
  'Without NEO4J_URI, every command but bench uses the local Neo4j already running for',
  'STANCEGRAPH_NEO4J_HOME (e.g. under `stancegraph start`), and starts one only when none answers.',
  'Every command ends with a one-line summary on stderr; its output goes to stdout.',
].join('\n');

/** What each failing exit code means, for the summary line. */
export const FAILURE: Record<Exclude<ExitCode, 0>, string> = {
  [EXIT.REJECTED]: 'input rejected, nothing written',
  [EXIT.USAGE]: 'bad usage or configuration',
  [EXIT.UNAVAILABLE]: 'Neo4j unavailable',
  [EXIT.FAILED]: 'unexpected failure',
  [EXIT.PORT_IN_USE]: 'port in use',
  [EXIT.MISSING_TOOL]: 'a required program is missing',
  [EXIT.BUILD_FAILED]: 'the local Neo4j could not be built',
};

const PROBLEM_EXIT: Record<Neo4jProblemKind, ExitCode> = {
  unavailable: EXIT.UNAVAILABLE,
  unauthorized: EXIT.USAGE,
  'port-in-use': EXIT.PORT_IN_USE,
  'missing-tool': EXIT.MISSING_TOOL,
  'maven-offline': EXIT.BUILD_FAILED,
  'build-failed': EXIT.BUILD_FAILED,
};

/** The setting that moves each port, and what else frees it. */
const PORT_FIX: Record<PortRole, string> = {
  api: 'stop the program using it (another `stancegraph start`?), or set PORT to a free port',
  bolt: 'stop the program using it, or set STANCEGRAPH_NEO4J_BOLT_PORT to a free port (0 picks one)',
  http: 'stop the program using it, or set STANCEGRAPH_NEO4J_HTTP_PORT to a free port (0 turns Neo4j Browser off)',
};

/** The exit code for `err`, and the line (or lines, for a list of dataset problems) to print. */
export function failure(err: unknown): { code: ExitCode; message: string | undefined } {
  // commander has already printed its own message.
  if (err instanceof CommanderError)
    return { code: err.exitCode === 0 ? EXIT.OK : EXIT.USAGE, message: undefined };
  if (err instanceof DatasetError) return { code: EXIT.REJECTED, message: err.message };
  if (err instanceof ConfigError) return { code: EXIT.USAGE, message: err.message };
  if (err instanceof PortInUseError)
    return { code: EXIT.PORT_IN_USE, message: `${err.message}: ${PORT_FIX[err.role]}` };
  if (err instanceof Neo4jProblem) return { code: PROBLEM_EXIT[err.kind], message: err.message };
  if (err instanceof Neo4jError && classifyNeo4jError(err) === 'timed-out')
    return {
      code: EXIT.UNAVAILABLE,
      message: `Neo4j ended a transaction that ran past its timeout (${err.code}): raise STANCEGRAPH_LOAD_TIMEOUT_MS (load, export) or STANCEGRAPH_QUERY_TIMEOUT_MS, or load fewer files at once`,
    };
  if (classifyNeo4jError(err) === 'unavailable')
    return {
      code: EXIT.UNAVAILABLE,
      message: `Neo4j became unavailable (${firstLine(err)}); check that it is still running (NEO4J_URI, or the process running the local Neo4j) and try again`,
    };
  return { code: EXIT.FAILED, message: unexpected(err) };
}

/** An unexpected error in one line (a file error names the file), its stack only when debugging. */
function unexpected(err: unknown): string {
  const debug = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');
  if (debug && err instanceof Error && err.stack) return `failed: ${err.stack}`;
  const file = fileProblem(err);
  return `failed: ${file ?? firstLine(err)} (LOG_LEVEL=debug shows the stack trace)`;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'does not exist',
  EACCES: 'is not accessible (permission denied)',
  EPERM: 'is not accessible (operation not permitted)',
  ENOSPC: 'cannot be written: the disk is full',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'is not under a directory',
  EROFS: 'is on a read-only file system',
};

function fileProblem(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  const meaning = e?.code !== undefined ? FILE_ERRORS[e.code] : undefined;
  return meaning !== undefined && e.path !== undefined ? `${e.path} ${meaning}` : undefined;
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}
