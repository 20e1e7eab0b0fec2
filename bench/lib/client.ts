/** The parent side of the load generator (./client-child.ts): one child, many runs. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { RunResult, RunSpec } from './client-child';
import { TSX_EXEC_ARGV } from './util';

export class LoadClient {
  private readonly child: ChildProcess;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (r: RunResult) => void; reject: (e: Error) => void }
  >();

  constructor() {
    this.child = fork(join(__dirname, 'client-child.ts'), [], {
      execArgv: TSX_EXEC_ARGV,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on(
      'message',
      (m: { id: number; ok: boolean; result?: RunResult; error?: string }) => {
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (m.ok) w?.resolve(m.result as RunResult);
        else w?.reject(new Error(m.error));
      },
    );
    this.child.on('exit', () => {
      for (const w of this.waiting.values()) w.reject(new Error('load generator exited'));
      this.waiting.clear();
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  run(spec: RunSpec): Promise<RunResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, spec });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.send({ stop: true });
    await exited;
  }
}
