import neo4j from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import { cypher } from '../src/db/cypher';
async function main() {
  const d = neo4j.driver(process.env.NEO4J_URI!);
  const r = await d.executeQuery('EXPLAIN ' + cypher(process.argv[2]!), { rows: [] });
  const walk = (p: ProfiledPlan, depth: number) => { console.log(' '.repeat(depth*2) + p.operatorType, String((p.arguments as any).Details ?? '').slice(0, 150)); p.children.forEach((c) => walk(c, depth + 1)); };
  walk(r.summary.plan as unknown as ProfiledPlan, 0);
  await d.close();
}
void main();
