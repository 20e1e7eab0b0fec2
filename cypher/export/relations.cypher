// A page of relations not retracted, as export edges in id order after the cursor (keyset paging),
// each with its first evidence quote (by document id, then start offset) and that quote's document.
// :param after => ''
// :param limit => 1000
MATCH (s:Actor)-[r:RELATION]->(t:Actor)
WHERE r.id > $after AND r.retractedAt IS NULL
WITH s, r, t
ORDER BY r.id
LIMIT $limit
RETURN r.id AS id, s.id AS source, t.id AS target, 'RELATION' AS edgeType, r.type AS type,
  r.polarity AS polarity, r.confidence AS confidence, r.effectiveDate AS effectiveDate,
  COLLECT {
    MATCH (e:Evidence {subjectId: r.id})
    WITH e
    ORDER BY e.documentId, e.start
    LIMIT 1
    RETURN e {.quote, .documentId}
  } AS evidence
ORDER BY id
