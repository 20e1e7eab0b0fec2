/**
 * `stancegraph export` with a Neo4j that does not answer: exit code 3 and a
 * message that says so. Exports of a real graph are in
 * test/integration/export.test.ts.
 */
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../harness/graph';

describe('stancegraph export (the CLI)', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(
        process.execPath,
        ['--require', 'tsx/cjs', 'src/cli.ts', 'export', ...args],
        { cwd: PROJECT_ROOT, env: { ...process.env, ...env } },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  it('exits 3 when Neo4j is unavailable', async () => {
    const run = await cli(['--format', 'json'], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(run.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:9 does not answer/);
    expect(run.code).toBe(3);
  });
});
