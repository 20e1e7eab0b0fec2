/** `npm run loadtest` (scripts/loadtest.ts) as a child process, as a user runs it. */
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from './graph';

export function runLoadtest(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/loadtest.ts', ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'warn' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
