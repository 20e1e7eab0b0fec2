/**
 * The `stancegraph` command as child processes (`node --require tsx/cjs src/cli.ts …`)
 * with the local Neo4j of their own data directory: runs to completion, a `start`
 * that keeps serving, and the environment that keeps them off the test run's Neo4j.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { PROJECT_ROOT } from './graph';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The last line written to stderr: the run's summary. */
  summary: string;
}

/**
 * The test process's environment without the NEO4J_* that globalSetup sets, so the
 * command uses the local Neo4j of STANCEGRAPH_NEO4J_HOME; `extra` is added on top.
 */
export function localEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
    delete env[name];
  return { ...env, ...extra };
}

function spawnCli(args: string[], env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--require', 'tsx/cjs', 'src/cli.ts', ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Runs `stancegraph <args>` to completion with exactly `env`. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawnCli(args, env);
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => {
      const lines = stderr.trimEnd().split('\n');
      done({ status, stdout, stderr, summary: lines[lines.length - 1] ?? '' });
    });
  });
}

export interface Serving {
  child: ChildProcessWithoutNullStreams;
  /** e.g. http://127.0.0.1:4100/graphql */
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends it (SIGKILL) unless it has already exited; for afterAll. */
  kill(): Promise<void>;
}

/** Runs `stancegraph start <args>` and resolves once it serves GraphQL. */
export async function serve(args: string[], env: NodeJS.ProcessEnv): Promise<Serving> {
  const child = spawnCli(['start', ...args], env);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`start did not serve in 240 s:\n${stderr}`)),
      240_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /serving GraphQL at (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`start exited (${String(code ?? signal)}) before serving:\n${stderr}`));
    });
  });
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return { child, url, stdout: () => stdout, stderr: () => stderr, exited, kill };
}
