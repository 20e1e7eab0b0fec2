// Upserts relations (actor → actor) or stances (an actor's position on a topic) by id; one whose
// ends changed since the last load is moved.
// One statement per assertion kind: src/store/kinds.ts writes in the relationship type and the
// target label (RELATION → Actor for a relation, STANCE → Topic for a stance), so it is planned on
// indexes; the two :param lines below run it here as it is, for a relation.
// :param assertionType => 'RELATION'
// :param targetLabel => 'Actor'
// :param rows => [{id: 'rel-trump-called-zelensky', source: 'trump', target: 'zelensky', props: {type: 'CALLED', polarity: 'NEUTRAL', confidence: 0.95, date: null, validFrom: null, validTo: null, details: null, method: 'CURATED', note: null, homeDocumentId: 'doc-1', documentIds: ['doc-1'], origin: 'dataset'}}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:$($targetLabel) {id: row.target})
CALL (row, s, t) {
  MATCH (s0:Actor)-[moved:$($assertionType) {id: row.id}]->(t0:$($targetLabel))
  WHERE s0 <> s OR t0 <> t
  DELETE moved
}
MERGE (s)-[r:$($assertionType) {id: row.id}]->(t)
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
