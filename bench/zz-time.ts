import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
async function main() {
  const d = neo4j.driver(process.env.NEO4J_URI!);
  const file = process.argv[2]!;
  const text = file.endsWith('.cypher') ? readFileSync(file, 'utf8') : file;
  const params = JSON.parse(process.argv[3] ?? '{}', (_k, v) => (v && typeof v === 'object' && '$int' in v ? neo4j.int(v.$int) : v));
  for (let i = 0; i < Number(process.argv[4] ?? 5); i++) {
    const t0 = performance.now();
    const r = await d.executeQuery(text, params);
    console.log((performance.now() - t0).toFixed(1), 'ms', r.records.length, 'rows', JSON.stringify(r.records[0]?.toObject() ?? {}).length, 'bytes');
  }
  await d.close();
}
void main();
