/** Stops the Neo4j that globalSetup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__stancegraphStopNeo4j?.();
}
