// Floor for "an actor with relations and evidence": the actor, its relations (both ways) with
// both ends, and each relation's quotes with their document, in one statement.
// :param id => 'a-0001'
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r:RELATION]-(:Actor)
  WHERE r.retractedAt IS NULL
  WITH DISTINCT r
  WITH r, startNode(r) AS s, endNode(r) AS t
  CALL (r) {
    MATCH (e:Evidence {subjectId: r.id})
    OPTIONAL MATCH (e)-[:QUOTED_IN]->(d:Document)
    RETURN collect(e {.id, .quote, .start, .end, document: d {.id, .title}}) AS evidence
  }
  RETURN collect(r {.id, .type, .polarity, .confidence, source: s {.id, .name}, target: t {.id, .name}, evidence: evidence}) AS relations
}
RETURN a {.id, .name, .kind, .aliases, relations: relations} AS actor
