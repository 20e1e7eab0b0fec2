// Stances by id, retracted or not (batched).
// :param ids => ['stance-hegseth-ukraine-nato-membership']
MATCH (a:Actor)-[s:STANCE]->(t:Topic)
WHERE s.id IN $ids
RETURN s {.id, .position, .polarity, .confidence, .summary, .validFrom, .validTo, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, actor: a.id, topic: t.id} AS stance
