import neo4j from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import { cypher } from '../src/db/cypher';
import { encodeCursor } from '../src/graphql/cursor';
async function main() {
  const d = neo4j.driver(process.env.NEO4J_URI!);
  const [rec] = (await d.executeQuery(`MATCH ()-[r:RELATION {type:'CRITICIZES'}]->() WHERE r.confidence>=0.5 WITH r ORDER BY -r.confidence, r.id SKIP 100 LIMIT 1 RETURN -r.confidence AS k, r.id AS id`)).records;
  const params = { types: ['CRITICIZES'], polarities: null, sourceIds: null, targetIds: null, actorIds: null, topicIds: null, documentIds: null, from: null, to: null, minConfidence: 0.5, methods: null, includeRetracted: false, orderField: 'CONFIDENCE', sign: -1.0, afterKey: rec!.get('k'), afterId: rec!.get('id'), limit: neo4j.int(21) };
  void encodeCursor;
  const r = await d.executeQuery('PROFILE ' + cypher('relations/page'), params);
  const walk = (p: ProfiledPlan, depth: number) => { if (p.rows > 0 || p.dbHits > 0) console.log(' '.repeat(depth*2) + p.operatorType, 'rows', p.rows, 'hits', p.dbHits, String((p.arguments as any).Details ?? '').slice(0, 120)); p.children.forEach((c) => walk(c, depth + 1)); };
  walk(r.summary.profile as ProfiledPlan, 0);
  await d.close();
}
void main();
