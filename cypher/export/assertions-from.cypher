// The relations (actor → actor) or stances (actor → topic, the position as type) not retracted
// that start at the given actors, as export edges in id order, each with its first evidence quote
// (by document id, then start offset); a subgraph export keeps the relations whose target is in
// the subgraph.
// One statement per assertion kind: src/store/kinds.ts writes in the relationship type and the
// target label (RELATION → Actor for a relation, STANCE → Topic for a stance), so it is planned on
// indexes; the two :param lines below run it here as it is, for a relation.
// :param assertionType => 'RELATION'
// :param targetLabel => 'Actor'
// :param ids => ['zelensky']
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[r:$($assertionType)]->(t:$($targetLabel))
WHERE r.retractedAt IS NULL
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
