// Retracts a relation: it stays in the graph, marked with when, by whom and why, and leaves
// every read that does not ask for retracted relations. The caller checks first that it exists
// and is not retracted yet (cypher/mutation/assertion-by-id.cypher).
// :param id => 'rel-trump-called-zelensky'
// :param by => 'Alice Example'
// :param key => 'alice'
// :param reason => 'The article says they spoke; it does not say who called.'
MATCH (s:Actor)-[r:RELATION {id: $id}]->(t:Actor)
WHERE r.retractedAt IS NULL
SET r.retractedAt = datetime(), r.retractedBy = $by, r.retractedByKey = $key,
  r.retractionReason = $reason
RETURN r {.*, source: s.id, target: t.id} AS relation
