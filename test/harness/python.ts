/**
 * The Python the notebook and the export tests run: the notebook's own
 * environment in .venv-notebook/ (pinned in notebooks/requirements.txt), made
 * or updated by scripts/notebook-env.sh, so what networkx and pandas read is
 * what an analyst's notebook reads, on any machine.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './graph';

export const VENV_PYTHON = join(PROJECT_ROOT, '.venv-notebook', 'bin', 'python');
const ENV_SCRIPT = join(PROJECT_ROOT, 'scripts', 'notebook-env.sh');

/** A cold machine downloads and installs about 100 MB of wheels. */
export const PYTHON_SETUP_MS = 15 * 60_000;

/** Python run by these tests leaves no __pycache__ in the checkout. */
export const PYTHON_ENV = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; never throws, so the caller can say what failed. */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeout: number },
): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: PROJECT_ROOT, maxBuffer: 256 * 1024 * 1024, ...options },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr: error && !stderr ? error.message : stderr });
      },
    );
  });
}

export const tail = (text: string, lines = 30) => text.trim().split('\n').slice(-lines).join('\n');

/** Makes or updates .venv-notebook/ (a no-op when current); fails saying what it needs. */
export async function ensureNotebookPython(): Promise<void> {
  const setup = await run('bash', [ENV_SCRIPT], { timeout: PYTHON_SETUP_MS });
  if (setup.code !== 0) {
    throw new Error(
      `scripts/notebook-env.sh could not make the notebook's Python environment in .venv-notebook/ ` +
        `(it needs python3 3.11+ with the venv module, Debian's python3-venv, and access to PyPI); ` +
        `exit ${setup.code}:\n${tail(setup.stderr || setup.stdout)}`,
    );
  }
}
