/**
 * Stops the Neo4j that globalSetup started, if it started one. Each data
 * project (jest.config.js) runs this teardown; the first one stops it.
 */
export default async function globalTeardown(): Promise<void> {
  const stop = globalThis.__stancegraphStopNeo4j;
  globalThis.__stancegraphStopNeo4j = undefined;
  await stop?.();
}
