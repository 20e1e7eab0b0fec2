// Retracts a stance: it stays in the graph, marked with when, by whom and why, and leaves
// every read that does not ask for retracted stances. The caller checks first that it exists
// and is not retracted yet (cypher/mutation/assertion-by-id.cypher).
// :param id => 'stance-hegseth-ukraine-nato-membership'
// :param by => 'Alice Example'
// :param key => 'alice'
// :param reason => 'Hegseth spoke of the alliance, not of Ukraine joining it.'
MATCH (a:Actor)-[s:STANCE {id: $id}]->(t:Topic)
WHERE s.retractedAt IS NULL
SET s.retractedAt = datetime(), s.retractedBy = $by, s.retractedByKey = $key,
  s.retractionReason = $reason
RETURN s {.*, actor: a.id, topic: t.id} AS stance
