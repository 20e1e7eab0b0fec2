// The relations not retracted that start at the given actors, as export edges in id order, each
// with its first evidence quote (by document id, then start offset); a subgraph export keeps those
// whose target is in the subgraph.
// :param ids => ['zelensky']
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[r:RELATION]->(t:Actor)
WHERE r.retractedAt IS NULL
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
