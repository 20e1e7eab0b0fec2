// Retracts a relation or a stance: it stays in the graph, marked with when, by whom and why, and
// leaves every read that does not ask for retracted ones. The caller checks first that it exists
// and is not retracted yet (cypher/mutation/assertion-by-id.cypher), and reads it back by id.
// One statement per assertion kind: src/store/kinds.ts writes in the relationship type and the
// target label (RELATION → Actor for a relation, STANCE → Topic for a stance), so it is planned on
// indexes; the two :param lines below run it here as it is, for a relation.
// :param assertionType => 'RELATION'
// :param targetLabel => 'Actor'
// :param id => 'rel-trump-called-zelensky'
// :param by => 'Alice Example'
// :param key => 'alice'
// :param reason => 'The article says they spoke; it does not say who called.'
MATCH (:Actor)-[r:$($assertionType) {id: $id}]->(:$($targetLabel))
WHERE r.retractedAt IS NULL
SET r.retractedAt = datetime(), r.retractedBy = $by, r.retractedByKey = $key,
  r.retractionReason = $reason
RETURN r.id AS id
