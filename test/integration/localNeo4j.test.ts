import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/localNeo4j';

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// The first run builds the launcher with Maven, which downloads Neo4j's jars.
jest.setTimeout(300_000);

describe('local Neo4j launcher', () => {
  let home: string;
  let server: LocalNeo4j | undefined;

  beforeAll(async () => {
    home = await fs.mkdtemp(path.join(os.tmpdir(), 'stancegraph-neo4j-'));
  });

  afterAll(async () => {
    await server?.stop();
    await fs.rm(home, { recursive: true, force: true });
  });

  it('starts, answers reads and writes over Bolt, and stops', async () => {
    server = await startLocalNeo4j({ home });
    expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(server.uri).port);

    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
      disableLosslessIntegers: true,
    });
    try {
      const one = await driver.executeQuery('RETURN 1 AS x');
      expect(one.records[0]?.get('x')).toBe(1);

      const written = await driver.executeQuery('CREATE (n:Probe {v: 1}) RETURN n.v AS v');
      expect(written.records[0]?.get('v')).toBe(1);
      const read = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS c, sum(n.v) AS s');
      expect(read.records[0]?.get('c')).toBe(1);
      expect(read.records[0]?.get('s')).toBe(1);
    } finally {
      await driver.close();
    }

    await server.stop();
    expect(await canConnect(port)).toBe(false);
  });
});
