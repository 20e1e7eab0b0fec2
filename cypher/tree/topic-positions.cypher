// One topic and where its actors stand, in one statement: each stance on it (retracted ones never)
// as its position and its holder's id, in the order topic/stances.cypher lists them, and the holders.
// What supporters, opponents, worried and counts are made of, for a request that selects nothing
// else of the stances (src/graphql/tree/topic.ts); tree/topic.cypher reads whole stances.
// No row when no topic has the id.
// :param id => 'ukraine-nato-membership'
MATCH (t:Topic {id: $id})
CALL (t) {
  MATCH (a:Actor)-[s:STANCE]->(t)
  WHERE s.retractedAt IS NULL
  WITH a, s
  ORDER BY s.position, a.name, s.id
  RETURN collect({position: s.position, actor: a.id}) AS positions, collect(DISTINCT a) AS nodes
}
RETURN t {.id, .name, .description} AS topic, positions,
  [a IN nodes | a {.id, .name, .kind, .aliases, .wikidataId, .description}] AS holders
