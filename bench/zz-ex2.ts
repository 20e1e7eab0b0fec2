import neo4j from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
async function main() {
  const d = neo4j.driver(process.env.NEO4J_URI!);
  const q = process.argv[2]!;
  const r = await d.executeQuery('PROFILE ' + q, { t: 'CRITICIZES', b: 0.7, types: ['CRITICIZES'] });
  const walk = (p: ProfiledPlan, depth: number) => { console.log(' '.repeat(depth*2) + p.operatorType, 'rows', p.rows, 'hits', p.dbHits, String((p.arguments as any).Details ?? '').slice(0, 140)); p.children.forEach((c) => walk(c, depth + 1)); };
  walk(r.summary.profile as ProfiledPlan, 0);
  await d.close();
}
void main();
