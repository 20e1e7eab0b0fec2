// A page of relations (actor → actor) or stances (actor → topic, the position as type) not
// retracted, as export edges in id order after the cursor (keyset paging), each with its first
// evidence quote (by document id, then start offset) and that quote's document.
// One statement per assertion kind: src/store/kinds.ts writes in the relationship type and the
// target label (RELATION → Actor for a relation, STANCE → Topic for a stance), so it is planned on
// indexes; the two :param lines below run it here as it is, for a relation.
// :param assertionType => 'RELATION'
// :param targetLabel => 'Actor'
// :param after => ''
// :param limit => 1000
MATCH (s:Actor)-[r:$($assertionType)]->(t:$($targetLabel))
WHERE r.id > $after AND r.retractedAt IS NULL
WITH s, r, t
ORDER BY r.id
LIMIT $limit
RETURN r.id AS id, s.id AS source, t.id AS target, type(r) AS edgeType,
  CASE type(r) WHEN 'STANCE' THEN r.position ELSE r.type END AS type,
  r.polarity AS polarity, r.confidence AS confidence, r.effectiveDate AS effectiveDate,
  COLLECT {
    MATCH (e:Evidence {subjectId: r.id})
    WITH e
    ORDER BY e.documentId, e.start
    LIMIT 1
    RETURN e {.quote, .documentId}
  } AS evidence
ORDER BY id
