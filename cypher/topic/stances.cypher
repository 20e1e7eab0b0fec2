// Stances on several topics (batched); retracted stances are left out.
// :param ids => ['ukraine-nato-membership']
MATCH (a:Actor)-[s:STANCE]->(t:Topic)
WHERE t.id IN $ids AND s.retractedAt IS NULL
// The actor comes along, so a request for who holds the stances costs no second statement.
RETURN t.id AS topicId, s {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, actor: a.id, topic: t.id} AS stance,
  a {.id, .name, .kind, .aliases, .wikidataId, .description} AS holder
ORDER BY topicId, s.position, a.name, s.id
