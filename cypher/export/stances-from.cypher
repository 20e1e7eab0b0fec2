// The stances not retracted of the given actors, as export edges (actor → topic, the position as
// type) in id order, each with its first evidence quote (by document id, then start offset).
// :param ids => ['hegseth']
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[s:STANCE]->(t:Topic)
WHERE s.retractedAt IS NULL
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
