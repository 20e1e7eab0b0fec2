// Relations by id, retracted or not (batched).
// :param ids => ['rel-trump-called-zelensky']
MATCH (s:Actor)-[r:RELATION]->(t:Actor)
WHERE r.id IN $ids
RETURN r {.id, .type, .polarity, .confidence, .date, .validFrom, .validTo, .details, .note, .method,
    .effectiveDate, .retractedAt, .retractedBy, .retractionReason, source: s.id, target: t.id} AS relation
