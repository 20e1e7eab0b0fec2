/**
 * `npm run loadtest` (scripts/loadtest.ts) refuses, before it starts anything,
 * a target that is not on loopback. The load itself, against the test Neo4j,
 * is in test/integration/loadtest.test.ts.
 */
import { runLoadtest as run } from '../harness/loadtest';

it('refuses a target that is not on loopback, with exit code 2', async () => {
  const { code, stderr } = await run([
    '--url',
    'http://example.org/graphql',
    '--api-key',
    'x'.repeat(20),
  ]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/loopback/);
});
