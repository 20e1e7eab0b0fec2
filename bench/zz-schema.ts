import { createDriver } from '../src/db/driver';
import { Graph } from '../src/db/graph';
import { applySchema } from '../src/db/connect';
async function main() {
  const g = new Graph(createDriver({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: '', database: undefined }), { database: undefined, queryTimeoutMs: 60000, loadTimeoutMs: 60000 });
  await applySchema(g); await g.close();
}
void main();
