// Upserts actors and the lowercased names (canonical name and aliases) they are looked up by.
// :param rows => [{id: 'trump', names: ['donald trump', 'trump'], props: {name: 'Donald Trump', kind: 'PERSON', aliases: ['Trump'], wikidataId: 'Q22686', description: null}}]
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.createdAt = datetime.transaction()
WITH a, row, properties(a) AS before
SET a += row.props
WITH a, row, before
CALL (a, row) {
  MATCH (a)-[k:KNOWN_AS]->(old:ActorName)
  WHERE NOT old.key IN row.names
  DELETE k
}
CALL (a, row) {
  UNWIND row.names AS key
  MERGE (n:ActorName {key: key})
  MERGE (a)-[:KNOWN_AS]->(n)
}
RETURN
  count(*) AS written,
  count(CASE WHEN a.createdAt = datetime.transaction() THEN 1 END) AS created,
  count(CASE WHEN a.createdAt <> datetime.transaction() AND before <> properties(a) THEN 1 END) AS updated
