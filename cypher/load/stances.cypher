// Upserts stances (an actor’s position on a topic) by id; a stance whose actor or topic changed since the last load is moved.
// :param rows => [{id: 'stance-hegseth-ukraine-nato-membership', source: 'hegseth', target: 'ukraine-nato-membership', props: {position: 'OPPOSES', summary: null, polarity: 'NEUTRAL', confidence: 0.95, validFrom: null, validTo: null, method: 'CURATED', note: null, homeDocumentId: 'doc-1', documentIds: ['doc-1'], origin: 'dataset'}}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Topic {id: row.target})
CALL (row, s, t) {
  MATCH (s0:Actor)-[moved:STANCE {id: row.id}]->(t0:Topic)
  WHERE s0 <> s OR t0 <> t
  DELETE moved
}
MERGE (s)-[r:STANCE {id: row.id}]->(t)
  ON CREATE SET r.createdAt = datetime.transaction()
WITH r, row, properties(r) AS before
SET r += row.props
WITH r, before
OPTIONAL MATCH (home:Document {id: r.homeDocumentId})
SET r.effectiveDate = coalesce(r.date, home.publishedAt)
RETURN
  count(*) AS written,
  count(CASE WHEN r.createdAt = datetime.transaction() THEN 1 END) AS created,
  count(CASE WHEN r.createdAt <> datetime.transaction() AND before <> properties(r) THEN 1 END) AS updated
