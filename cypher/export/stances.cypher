// A page of stances not retracted, as export edges (actor → topic, the position as type) in id
// order after the cursor (keyset paging), each with its first evidence quote (by document id, then
// start offset) and that quote's document.
// :param after => ''
// :param limit => 1000
MATCH (a:Actor)-[s:STANCE]->(t:Topic)
WHERE s.id > $after AND s.retractedAt IS NULL
WITH a, s, t
ORDER BY s.id
LIMIT $limit
RETURN s.id AS id, a.id AS source, t.id AS target, 'STANCE' AS edgeType, s.position AS type,
  s.polarity AS polarity, s.confidence AS confidence, s.effectiveDate AS effectiveDate,
  COLLECT {
    MATCH (e:Evidence {subjectId: s.id})
    WITH e
    ORDER BY e.documentId, e.start
    LIMIT 1
    RETURN e {.quote, .documentId}
  } AS evidence
ORDER BY id
