/** Runs a benchmark child (TypeScript through tsx) and waits for its one IPC answer. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { TSX_EXEC_ARGV } from './util';

export function runChild<T>(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onStart?: (child: ChildProcess) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, script), args, {
      execArgv: TSX_EXEC_ARGV,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    onStart?.(child);
    let answered = false;
    child.on('message', (m: { ok: boolean; result?: T; error?: string }) => {
      answered = true;
      if (m.ok) resolve(m.result as T);
      else reject(new Error(`${script} failed: ${m.error}`));
    });
    // 'close' comes after every IPC message has been delivered ('exit' can come before the last one).
    child.on('close', (code) => {
      if (!answered)
        reject(new Error(`${script} exited with code ${String(code)} before answering`));
    });
    child.on('error', reject);
  });
}
