/**
 * Smoke test of `npm run loadtest` (scripts/loadtest.ts): three seconds of
 * load through the real script, which starts `stancegraph start` on the test
 * Neo4j as a child process. Checks the report's shape, no errors and no lost
 * writes; the numbers themselves are for docs/RELIABILITY.md, not for a test
 * on a busy machine. Its refusal of a target off loopback is in
 * test/unit/loadtest.test.ts.
 */
import type { LoadTestReport } from '../../scripts/loadtest';
import { clearGraph, openTestGraph } from '../harness/graph';
import { runLoadtest as run } from '../harness/loadtest';

jest.setTimeout(240_000);

beforeAll(async () => {
  // The script's server loads the demo corpus into the test database; start it from empty.
  const graph = await openTestGraph();
  await clearGraph(graph);
  await graph.close();
});

it('runs for 3 s and reports latency, throughput, no errors and no lost writes', async () => {
  const uri = process.env.NEO4J_URI as string;
  const { code, stdout, stderr } = await run([
    '--duration',
    '3',
    '--warmup',
    '0',
    '--connections',
    '2',
    '--write-rate',
    '5',
    '--neo4j-uri',
    uri,
    '--json',
  ]);
  if (code !== 0) throw new Error(`loadtest exited ${String(code)}:\n${stderr}`);
  const report = JSON.parse(stdout) as LoadTestReport;
  expect(report).toMatchObject({
    connections: 2,
    warmupSeconds: 0,
    writeRateTarget: 5,
    machine: {
      nproc: expect.any(Number) as number,
      cpu: expect.any(String) as string,
      loadAverageBefore: expect.any(Array) as number[],
    },
    reads: {
      non2xx: 0,
      graphqlErrors: 0,
      transportErrors: 0,
      latencyMs: {
        p50: expect.any(Number) as number,
        p95: expect.any(Number) as number,
        p99: expect.any(Number) as number,
      },
    },
    writes: { failed: 0, lost: 0 },
    errorSamples: [],
    ok: true,
  });
  expect(report.durationSeconds).toBeGreaterThanOrEqual(2);
  expect(report.reads.requests).toBeGreaterThan(0);
  expect(report.reads.requestsPerSecond).toBeGreaterThan(0);
  expect(report.reads.latencyMs.p50).toBeLessThanOrEqual(report.reads.latencyMs.p95);
  expect(report.reads.latencyMs.p95).toBeLessThanOrEqual(report.reads.latencyMs.p99);
  // The preflight ran every query of the mix once before the load; none failed under it.
  expect(Object.keys(report.reads.byQuery).length).toBeGreaterThanOrEqual(8);
  for (const [name, counts] of Object.entries(report.reads.byQuery)) {
    expect({ name, errors: counts.errors }).toEqual({ name, errors: 0 });
  }
  expect(report.writes.acknowledged).toBeGreaterThan(0);
  expect(report.writes.readBack).toBe(report.writes.acknowledged);
  expect(stderr).toContain('OK: no errors, no lost writes');
});
