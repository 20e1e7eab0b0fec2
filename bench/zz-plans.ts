import { createDriver } from '../src/db/driver';
import { Graph } from '../src/db/graph';
import { pickParameters, benchQueries } from './lib/queries';
import { checkPlans } from './lib/plans';
async function main() {
  const g = new Graph(createDriver({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: '', database: undefined }), { database: undefined, queryTimeoutMs: 60000, loadTimeoutMs: 60000 });
  const p = await pickParameters(g.driver);
  const qs = benchQueries(p).filter((q) => !process.argv[2] || q.key === process.argv[2]);
  const plans = await checkPlans(g, qs);
  for (const pl of plans) {
    console.log(pl.key, pl.verdict);
    for (const s of pl.statements) console.log('   ', s.statement.padEnd(28), 'dbHits', s.dbHits, 'rows', s.rows, s.findings.join(' | ').slice(0, 200));
  }
  await g.close();
}
void main();
