// The relations and stances several evidence quotes support, by id (batched), retracted or not: a
// quote's subject is what it was quoted for. Relations have the shape of actor/relations.cypher,
// stances that of actor/stances.cypher.
// :param ids => ['rel-trump-called-zelensky', 'stance-hegseth-ukraine-nato-membership']
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Actor)-[r:RELATION {id: id}]->(t:Actor)
  RETURN r {.id, .type, .polarity, .confidence, .date, .validFrom, .validTo, .details, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, source: s.id, target: t.id} AS subject
UNION ALL
  MATCH (a:Actor)-[st:STANCE {id: id}]->(t:Topic)
  RETURN st {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, actor: a.id, topic: t.id} AS subject
}
RETURN subject
