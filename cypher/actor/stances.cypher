// Stances of several actors (batched); retracted stances are left out.
// :param ids => ['hegseth']
MATCH (a:Actor)-[s:STANCE]->(t:Topic)
WHERE a.id IN $ids AND s.retractedAt IS NULL
RETURN a.id AS actorId, s {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, actor: a.id, topic: t.id} AS stance
ORDER BY actorId, t.name, s.id
