/**
 * `stancegraph export` with a Neo4j that does not answer: exit code 3 and a
 * message that says so. Exports of a real graph are in
 * test/integration/export.test.ts.
 */
import { runCli } from '../harness/cli';

describe('stancegraph export (the CLI)', () => {
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    runCli(['export', ...args], { ...process.env, ...env });

  it('exits 3 when Neo4j is unavailable', async () => {
    const run = await cli(['--format', 'json'], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(run.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:9 does not answer/);
    expect(run.status).toBe(3);
  });
});
