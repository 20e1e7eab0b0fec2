/**
 * Gives the test run a real, empty Neo4j and publishes it as NEO4J_URI for
 * every test file: the one named by NEO4J_URI if set, else a testcontainers
 * Neo4j 5.26 when a Docker engine answers, else stancegraph's own local
 * Neo4j in a temporary folder.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j } from '../../src/db/localNeo4j';

export const NEO4J_IMAGE = 'neo4j:5.26-community';

type Stop = () => Promise<void>;
declare global {
  var __stancegraphStopNeo4j: Stop | undefined;
}

async function dockerNeo4j(): Promise<
  { uri: string; user: string; password: string; stop: Stop } | undefined
> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('stancegraph-test').start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    stop: async () => {
      await container.stop();
    },
  };
}

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.stderr.write(`\ntests use NEO4J_URI=${process.env.NEO4J_URI}\n`);
    return;
  }
  const docker = await dockerNeo4j();
  if (docker) {
    process.stderr.write(`\ntests use a testcontainers Neo4j at ${docker.uri}\n`);
    Object.assign(process.env, {
      NEO4J_URI: docker.uri,
      NEO4J_USER: docker.user,
      NEO4J_PASSWORD: docker.password,
    });
    globalThis.__stancegraphStopNeo4j = docker.stop;
    return;
  }
  const home = await mkdtemp(join(tmpdir(), 'stancegraph-test-neo4j-'));
  const local = await startLocalNeo4j({
    home,
    log: (line) => process.stderr.write(`neo4j-local: ${line}\n`),
  });
  process.stderr.write(
    `\nno Docker engine: tests use the local Neo4j at ${local.uri} (data in ${home})\n`,
  );
  Object.assign(process.env, {
    NEO4J_URI: local.uri,
    NEO4J_USER: local.user,
    NEO4J_PASSWORD: local.password,
  });
  globalThis.__stancegraphStopNeo4j = () => local.stop();
}
