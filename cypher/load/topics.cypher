// Upserts topics and replaces the actors each concerns.
// :param rows => [{id: 'ukraine-nato-membership', concerns: ['ukraine', 'nato'], props: {name: 'Ukraine’s NATO membership', description: null}}]
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
  ON CREATE SET t.createdAt = datetime.transaction()
WITH t, row, properties(t) AS before
SET t += row.props
WITH t, row, before
CALL (t) {
  MATCH (t)-[old:CONCERNS]->()
  DELETE old
}
CALL (t, row) {
  UNWIND row.concerns AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (t)-[:CONCERNS]->(a)
}
RETURN
  count(*) AS written,
  count(CASE WHEN t.createdAt = datetime.transaction() THEN 1 END) AS created,
  count(CASE WHEN t.createdAt <> datetime.transaction() AND before <> properties(t) THEN 1 END) AS updated
